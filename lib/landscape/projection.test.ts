import { describe, expect, it } from 'vitest';
import { costRange, DEFAULT_VIEW_3D, project, surfaceAt, surfaceQuads } from './projection';

// A bowl J = u² + v² on a 5 × 5 grid over [−1, 1]².
const resolution = 5;
const range = { x0: -1, x1: 1, y0: -1, y1: 1 };
const bowl = Float32Array.from({ length: resolution * resolution }, (_, k) => {
  const u = -1 + (2 * (k % resolution)) / (resolution - 1);
  const v = -1 + (2 * Math.floor(k / resolution)) / (resolution - 1);
  return u * u + v * v;
});

describe('the 3-D surface', () => {
  it('reads J at the grid points exactly and between them bilinearly; NaN outside', () => {
    expect(surfaceAt(bowl, resolution, range, 0, 0)).toBeCloseTo(0);
    expect(surfaceAt(bowl, resolution, range, 1, 1)).toBeCloseTo(2);
    expect(surfaceAt(bowl, resolution, range, 0.25, 0)).toBeCloseTo(0.125);
    expect(surfaceAt(bowl, resolution, range, 1.5, 0)).toBeNaN();
  });

  it('paints back to front, skips cells with a missing J, and levels run 0 … 1', () => {
    const quads = surfaceQuads(bowl, resolution, DEFAULT_VIEW_3D);
    expect(quads).toHaveLength(16);
    for (let i = 1; i < quads.length; i++) expect(quads[i]!.depth).toBeGreaterThanOrEqual(quads[i - 1]!.depth);
    for (const q of quads) expect(q.level).toBeGreaterThanOrEqual(0);
    for (const q of quads) expect(q.level).toBeLessThanOrEqual(1);
    const holed = bowl.slice();
    holed[12] = NaN;
    expect(surfaceQuads(holed, resolution, DEFAULT_VIEW_3D)).toHaveLength(12);
    expect(costRange(new Float32Array([NaN]))).toBeNull();
  });

  it('seen from above (pitch π/2) the plane maps to the screen as a rotation, and higher J is nearer', () => {
    const top = { yaw: 0, pitch: Math.PI / 2 };
    const a = project(1, 0, 0.5, top);
    expect(a.x).toBeCloseTo(1);
    expect(a.y).toBeCloseTo(0);
    expect(project(0, 1, 0.5, top).y).toBeCloseTo(-1);
    expect(project(0, 0, 1, top).depth).toBeGreaterThan(project(0, 0, 0, top).depth);
    // From the side (pitch 0) a higher J is higher on the screen (smaller y).
    const side = { yaw: 0, pitch: 0 };
    expect(project(0, 0, 1, side).y).toBeLessThan(project(0, 0, 0, side).y);
  });
});
