/**
 * The cost landscape: J over a plane through the current parameters, spanned by two directions in
 * parameter space: two single parameters (a weight W^l[row, col] or a bias b^l[row], as in the course's
 * J(w, b)), or two random directions normalised per unit as in Li et al., "Visualizing the Loss Landscape
 * of Neural Nets" (NeurIPS 2018). A parameter vector is flat, in the engines' order: W¹ (row-major), b¹,
 * W², b², … (lib/engine/engine.ts's costAt).
 */
import { createRng } from '../data/random';
import type { LayerParams } from '../protocol';

/** One axis of the map: a single parameter, or random direction 1 or 2. */
export type LandscapeAxis = { kind: 'param'; layer: number; row: number; col: number | null } | { kind: 'direction'; index: 1 | 2 };

/** The flat vector of a network's parameters. */
export function flatten(params: readonly LayerParams[]): Float32Array {
  const out = new Float32Array(params.reduce((n, p) => n + p.W.length + p.b.length, 0));
  let offset = 0;
  for (const p of params) {
    out.set(p.W, offset);
    offset += p.W.length;
    out.set(p.b, offset);
    offset += p.b.length;
  }
  return out;
}

/** The parameters of a flat vector shaped like `like`. */
export function unflatten(flat: ArrayLike<number>, like: readonly LayerParams[]): LayerParams[] {
  let offset = 0;
  return like.map((p) => {
    const W = Float32Array.from({ length: p.W.length }, (_, i) => flat[offset + i]!);
    offset += p.W.length;
    const b = Float32Array.from({ length: p.b.length }, (_, i) => flat[offset + i]!);
    offset += p.b.length;
    return { rows: p.rows, cols: p.cols, W, b };
  });
}

/** Where a single parameter sits in the flat vector; null when the network has no such parameter. */
export function flatIndexOf(params: readonly LayerParams[], axis: Extract<LandscapeAxis, { kind: 'param' }>): number | null {
  const layer = params[axis.layer - 1];
  if (!layer || axis.row < 0 || axis.row >= layer.rows) return null;
  if (axis.col !== null && (axis.col < 0 || axis.col >= layer.cols)) return null;
  let offset = 0;
  for (let l = 0; l < axis.layer - 1; l++) offset += params[l]!.W.length + params[l]!.b.length;
  return axis.col === null ? offset + layer.W.length + axis.row : offset + axis.row * layer.cols + axis.col;
}

/**
 * A random direction with the shape of the parameters, each unit's incoming weights scaled to the norm of
 * that unit's weights (Li et al.'s filter normalisation; a dense unit is a filter) and the biases 0.
 */
export function normalisedDirection(params: readonly LayerParams[], seed: number): Float32Array {
  const rng = createRng(seed);
  const direction = new Float32Array(flatten(params).length);
  let offset = 0;
  for (const p of params) {
    for (let r = 0; r < p.rows; r++) {
      const row = Array.from({ length: p.cols }, () => rng.normal());
      const rowNorm = Math.hypot(...row);
      const weightNorm = Math.hypot(...p.W.subarray(r * p.cols, (r + 1) * p.cols));
      const scale = rowNorm > 0 ? weightNorm / rowNorm : 0;
      row.forEach((d, c) => (direction[offset + r * p.cols + c] = d * scale));
    }
    offset += p.W.length + p.b.length;
  }
  return direction;
}

/** The two axes as directions u, v in parameter space, and each axis's coordinate at `params`. */
export interface LandscapePlane {
  u: Float32Array;
  v: Float32Array;
  /** The coordinates of the centre: the parameter's value for a parameter axis, 0 for a direction. */
  origin: [number, number];
}

export function planeOf(params: readonly LayerParams[], axes: readonly [LandscapeAxis, LandscapeAxis], seed: number): LandscapePlane | null {
  const flat = flatten(params);
  const directionOf = (axis: LandscapeAxis): { d: Float32Array; origin: number } | null => {
    if (axis.kind === 'direction') return { d: normalisedDirection(params, seed + axis.index), origin: 0 };
    const index = flatIndexOf(params, axis);
    if (index === null) return null;
    const d = new Float32Array(flat.length);
    d[index] = 1;
    return { d, origin: flat[index]! };
  };
  const x = directionOf(axes[0]);
  const y = directionOf(axes[1]);
  return x && y ? { u: x.d, v: y.d, origin: [x.origin, y.origin] } : null;
}

/** The parameters at coordinates (x, y) of the plane through `center`. */
export function pointOnPlane(center: ArrayLike<number>, plane: LandscapePlane, x: number, y: number, out = new Float32Array(center.length)): Float32Array {
  const dx = x - plane.origin[0];
  const dy = y - plane.origin[1];
  for (let i = 0; i < out.length; i++) out[i] = center[i]! + dx * plane.u[i]! + dy * plane.v[i]!;
  return out;
}

/** The settings of a resolution × resolution grid over [x0, x1] × [y0, y1], row by row from y0, laid end to end. */
export function gridSettings(center: ArrayLike<number>, plane: LandscapePlane, range: LandscapeRange, resolution: number): Float32Array {
  const P = center.length;
  const out = new Float32Array(resolution * resolution * P);
  for (let j = 0; j < resolution; j++) {
    const y = range.y0 + ((range.y1 - range.y0) * j) / (resolution - 1);
    for (let i = 0; i < resolution; i++) {
      const x = range.x0 + ((range.x1 - range.x0) * i) / (resolution - 1);
      pointOnPlane(center, plane, x, y, out.subarray((j * resolution + i) * P, (j * resolution + i + 1) * P));
    }
  }
  return out;
}

/** Coordinates of a parameter vector on the plane through `center`: its offset projected on u and v (least squares, so a point of the plane gets its own coordinates back). */
export function coordinatesOf(flat: ArrayLike<number>, center: ArrayLike<number>, plane: LandscapePlane): [number, number] {
  let du = 0;
  let dv = 0;
  let uu = 0;
  let vv = 0;
  let uv = 0;
  for (let i = 0; i < flat.length; i++) {
    const d = flat[i]! - center[i]!;
    const u = plane.u[i]!;
    const v = plane.v[i]!;
    du += d * u;
    dv += d * v;
    uu += u * u;
    vv += v * v;
    uv += u * v;
  }
  const det = uu * vv - uv * uv;
  if (!(det > 0)) return [plane.origin[0] + (uu > 0 ? du / uu : 0), plane.origin[1] + (vv > 0 ? dv / vv : 0)];
  return [plane.origin[0] + (du * vv - dv * uv) / det, plane.origin[1] + (dv * uu - du * uv) / det];
}

/** −∇J along the plane: the gradient's components on u and v (exact partial derivatives for parameter axes). */
export function descentOnPlane(gradient: ArrayLike<number>, plane: LandscapePlane): [number, number] {
  const along = (d: Float32Array) => {
    let dot = 0;
    let norm = 0;
    for (let i = 0; i < d.length; i++) {
      dot += gradient[i]! * d[i]!;
      norm += d[i]! ** 2;
    }
    return norm > 0 ? -dot / Math.sqrt(norm) : 0;
  };
  return [along(plane.u), along(plane.v)];
}

export interface LandscapeRange {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

/** Margin around the trail, as a share of its extent, and the smallest half-width of the map. */
export const RANGE_MARGIN = 0.3;
export const MIN_HALF_WIDTH = 1;

/** A square-ish range that holds every point with a margin, at least ±MIN_HALF_WIDTH around the newest. */
export function rangeAround(points: readonly (readonly [number, number])[]): LandscapeRange {
  const last = points[points.length - 1] ?? [0, 0];
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const span = (values: number[], centre: number): [number, number] => {
    const lo = Math.min(centre - MIN_HALF_WIDTH, ...values);
    const hi = Math.max(centre + MIN_HALF_WIDTH, ...values);
    const pad = (hi - lo) * RANGE_MARGIN * 0.5;
    return [lo - pad, hi + pad];
  };
  const [x0, x1] = span(xs, last[0]);
  const [y0, y1] = span(ys, last[1]);
  return { x0, x1, y0, y1 };
}

/** At most `max` points of a trail, evenly thinned, always with its first and last. */
/**
 * A trail built one point at a time and kept short: the points whose number (from 0) is a multiple of
 * `stride`, and the newest. When the kept points reach the limit, every other one goes and the stride
 * doubles, so they stay evenly spread along the whole trail. (Re-thinning the whole trail after each new
 * point instead drops a middle point each time and leaves only its two ends.)
 */
export interface GrowingTrail<T> {
  kept: T[];
  stride: number;
  /** Points seen. */
  count: number;
  newest: T | null;
}

export const emptyTrail = <T>(): GrowingTrail<T> => ({ kept: [], stride: 1, count: 0, newest: null });

/** The trail with `point` added, keeping at most `max` points (the first and the newest among them). */
export function appendToTrail<T>(trail: GrowingTrail<T>, point: T, max: number): GrowingTrail<T> {
  let { kept, stride } = trail;
  if (trail.count % stride === 0) {
    kept = [...kept, point];
    if (kept.length >= Math.max(2, max)) {
      kept = kept.filter((_, k) => k % 2 === 0);
      stride *= 2;
    }
  }
  return { kept, stride, count: trail.count + 1, newest: point };
}

/** The trail's points in order: the kept ones and the newest (once). */
export function trailPoints<T>(trail: GrowingTrail<T>): T[] {
  const last = trail.kept[trail.kept.length - 1];
  return trail.newest === null || last === trail.newest ? [...trail.kept] : [...trail.kept, trail.newest];
}

export function thinTrail<T>(trail: readonly T[], max: number): T[] {
  if (trail.length <= max) return [...trail];
  const out: T[] = [];
  for (let k = 0; k < max; k++) out.push(trail[Math.round((k * (trail.length - 1)) / (max - 1))]!);
  return out;
}
