/**
 * The cost surface seen in 3-D, as the course draws J(w, b): a grid of quads lifted by J, turned by a yaw
 * about the vertical and tilted by a pitch, projected orthographically and painted back to front.
 */
import type { LandscapeRange } from './surface';

export interface View3d {
  /** Turn about the vertical (J) axis, radians. */
  yaw: number;
  /** Tilt towards the viewer, radians (0: from the side, π/2: from above). */
  pitch: number;
}

export const DEFAULT_VIEW_3D: View3d = { yaw: -0.6, pitch: 0.55 };
export const PITCH_LIMITS = [0.05, 1.45] as const;
/** The height of the surface relative to its width. */
const HEIGHT = 0.8;

export interface Quad {
  /** Screen corners (x, y) × 4, in [-1.5, 1.5]-ish units (the caller scales them). */
  corners: number[];
  /** Mean J of the quad, scaled to [0, 1] over the surface. */
  level: number;
  depth: number;
}

/** The range of finite costs, or null when there is none. */
export function costRange(costs: Float32Array): [number, number] | null {
  let lo = Infinity;
  let hi = -Infinity;
  for (const c of costs) {
    if (!Number.isFinite(c)) continue;
    lo = Math.min(lo, c);
    hi = Math.max(hi, c);
  }
  return Number.isFinite(lo) ? [lo, hi > lo ? hi : lo + 1] : null;
}

/** A point of the surface's box (u, v ∈ [−1, 1] across the range, h ∈ [0, 1] up) on the screen, with its depth (larger: nearer). */
export function project(u: number, v: number, h: number, view: View3d): { x: number; y: number; depth: number } {
  const cy = Math.cos(view.yaw);
  const sy = Math.sin(view.yaw);
  const rx = u * cy - v * sy;
  const ry = u * sy + v * cy;
  const z = (h - 0.5) * HEIGHT;
  const cp = Math.cos(view.pitch);
  const sp = Math.sin(view.pitch);
  // ry runs away from the viewer; tilting shows it going up the screen.
  return { x: rx, y: -(z * cp + ry * sp), depth: -ry * cp + z * sp };
}

/** The surface as quads, sorted back to front (the painter's order). */
export function surfaceQuads(costs: Float32Array, resolution: number, view: View3d): Quad[] {
  const range = costRange(costs);
  if (!range) return [];
  const [lo, hi] = range;
  const level = (c: number) => (c - lo) / (hi - lo);
  const coord = (i: number) => -1 + (2 * i) / (resolution - 1);
  const quads: Quad[] = [];
  for (let r = 0; r < resolution - 1; r++) {
    for (let c = 0; c < resolution - 1; c++) {
      const cells = [
        [r, c],
        [r, c + 1],
        [r + 1, c + 1],
        [r + 1, c],
      ] as const;
      const values = cells.map(([rr, cc]) => costs[rr * resolution + cc]!);
      if (!values.every(Number.isFinite)) continue;
      const corners: number[] = [];
      let depth = 0;
      cells.forEach(([rr, cc], k) => {
        const p = project(coord(cc), coord(rr), level(values[k]!), view);
        corners.push(p.x, p.y);
        depth += p.depth / 4;
      });
      quads.push({ corners, level: level((values[0]! + values[1]! + values[2]! + values[3]!) / 4), depth });
    }
  }
  return quads.sort((a, b) => a.depth - b.depth);
}

/** J at (x, y) of the range by bilinear interpolation of the grid (rows from range.y0); NaN outside it. */
export function surfaceAt(costs: Float32Array, resolution: number, range: LandscapeRange, x: number, y: number): number {
  const fx = ((x - range.x0) / (range.x1 - range.x0)) * (resolution - 1);
  const fy = ((y - range.y0) / (range.y1 - range.y0)) * (resolution - 1);
  if (!(fx >= 0 && fy >= 0 && fx <= resolution - 1 && fy <= resolution - 1)) return NaN;
  const c0 = Math.min(Math.floor(fx), resolution - 2);
  const r0 = Math.min(Math.floor(fy), resolution - 2);
  const tx = fx - c0;
  const ty = fy - r0;
  const at = (r: number, c: number) => costs[r * resolution + c]!;
  return (at(r0, c0) * (1 - tx) + at(r0, c0 + 1) * tx) * (1 - ty) + (at(r0 + 1, c0) * (1 - tx) + at(r0 + 1, c0 + 1) * tx) * ty;
}
