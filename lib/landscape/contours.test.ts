import { describe, expect, it } from 'vitest';
import { contourBands, fromPx, toPx } from './contours';

const range = { x0: -2, x1: 2, y0: -1, y1: 3 };

describe('contourBands', () => {
  it('draws nested bands of a bowl, lowest level first, with NaN settings at the top', () => {
    const resolution = 21;
    const costs = Array.from({ length: resolution * resolution }, (_, k) => {
      const x = range.x0 + ((k % resolution) * 4) / 20;
      const y = range.y0 + (Math.floor(k / resolution) * 4) / 20;
      return 0.1 + x * x + (y - 1) ** 2;
    });
    costs[0] = NaN;
    const bands = contourBands(costs, resolution, range, 200, 8);
    expect(bands).toHaveLength(8);
    expect(bands[0]!.value).toBeCloseTo(0.1, 2);
    expect(bands.map((b) => b.value)).toEqual([...bands.map((b) => b.value)].sort((a, b) => a - b));
    for (const band of bands) expect(band.d).toMatch(/^M[-\d.]+,[-\d.]+L/);
    expect(contourBands([NaN, NaN, NaN, NaN], 2, range, 100)).toEqual([]);
  });

  it('toPx and fromPx are inverses, y up', () => {
    expect(toPx(range, 100, -2, -1)).toEqual([0, 100]);
    expect(toPx(range, 100, 2, 3)).toEqual([100, 0]);
    const [x, y] = fromPx(range, 100, 25, 75);
    expect([x, y]).toEqual([-1, 0]);
  });
});
