/**
 * The data as each layer sees it (ConvNetJS's "transformed space", colah's "Neural Networks, Manifolds,
 * and Topology"): the training points and the input plane's grid lines carried forward through the
 * network, read off at two units of a layer. Layer 0 is the plane (x₁, x₂) itself; layer L, the output,
 * has one unit, ŷ.
 */
import { featureMatrix } from '../data/features';
import { createJsNetwork, copyParams } from '../engine/js/network';
import { forwardColumns } from '../engine/js/forward-backward';
import { DOMAIN_MAX, DOMAIN_MIN, type Activation, type Feature, type LayerParams } from '../protocol';

/** Samples along each grid line, and lines per direction. */
export const GRID_LINE_SAMPLES = 41;
export const GRID_LINES = 13;
/** Inputs × parameters one computation may cost (≈ 10 ms on the main thread): wide networks get fewer points. */
export const LAYER_SPACE_BUDGET = 1e7;
/** Points drawn at most (evenly spread over the training points). */
export const MAX_LAYER_SPACE_POINTS = 800;
const MIN_SAMPLES = { lines: 5, points: 50, perLine: 9 };

export interface LayerSpaceInputs {
  params: readonly LayerParams[];
  activations: readonly Activation[];
  features: readonly Feature[];
  /** The points' (x₁, x₂), interleaved. */
  points: Float32Array;
}

export interface LayerSpace {
  /** Inputs carried through: the points first, then the grid lines' samples. */
  pointCount: number;
  /** Indices of the points used (evenly spread when there were too many to carry). */
  pointIndices: Int32Array;
  lines: number;
  samplesPerLine: number;
  /** aˡ of every input, l = 0 … L: layer l is (nˡ × N) row-major; layer 0 holds x₁, x₂ (not the features). */
  activations: Float32Array[];
  sizes: number[];
}

/** How many points, grid lines and samples per line fit the budget for a network of `parameterCount` parameters. */
export function sampleSizes(pointTotal: number, parameterCount: number): { points: number; lines: number; perLine: number } {
  pointTotal = Math.min(pointTotal, MAX_LAYER_SPACE_POINTS);
  const inputs = Math.max(1, Math.floor(LAYER_SPACE_BUDGET / Math.max(1, parameterCount)));
  const full = pointTotal + 2 * GRID_LINES * GRID_LINE_SAMPLES;
  if (full <= inputs) return { points: pointTotal, lines: GRID_LINES, perLine: GRID_LINE_SAMPLES };
  const share = inputs / full;
  return {
    points: Math.min(pointTotal, Math.max(MIN_SAMPLES.points, Math.floor(pointTotal * share))),
    lines: Math.max(MIN_SAMPLES.lines, Math.floor(GRID_LINES * Math.sqrt(share))),
    perLine: Math.max(MIN_SAMPLES.perLine, Math.floor(GRID_LINE_SAMPLES * Math.sqrt(share))),
  };
}

/** The grid lines of the plane: `lines` at x₁ = c (vertical), then `lines` at x₂ = c, each sampled `perLine` times; interleaved (x₁, x₂). */
export function gridLinePoints(lines: number, perLine: number): Float32Array {
  const out = new Float32Array(2 * 2 * lines * perLine);
  const at = (i: number, n: number) => DOMAIN_MIN + ((DOMAIN_MAX - DOMAIN_MIN) * i) / (n - 1);
  let k = 0;
  for (let direction = 0; direction < 2; direction++) {
    for (let line = 0; line < lines; line++) {
      for (let s = 0; s < perLine; s++) {
        const c = at(line, lines);
        const along = at(s, perLine);
        out[k++] = direction === 0 ? c : along;
        out[k++] = direction === 0 ? along : c;
      }
    }
  }
  return out;
}

/** Carries the points (sampled to the budget) and the grid lines through the network: every layer's activations. */
export function layerSpaceOf({ params, activations, features, points }: LayerSpaceInputs): LayerSpace {
  const parameterCount = params.reduce((n, p) => n + p.W.length + p.b.length, 0);
  const total = points.length / 2;
  const sizes = sampleSizes(total, parameterCount);
  const pointIndices = Int32Array.from({ length: sizes.points }, (_, j) => Math.floor((j * total) / sizes.points));
  const line = gridLinePoints(sizes.lines, sizes.perLine);
  const N = sizes.points + line.length / 2;
  const xs = new Float32Array(N);
  const ys = new Float32Array(N);
  pointIndices.forEach((source, j) => {
    xs[j] = points[2 * source]!;
    ys[j] = points[2 * source + 1]!;
  });
  for (let j = sizes.points; j < N; j++) {
    xs[j] = line[2 * (j - sizes.points)]!;
    ys[j] = line[2 * (j - sizes.points) + 1]!;
  }
  const layerSizes = [features.length, ...params.map((p) => p.rows)];
  const net = createJsNetwork(layerSizes, activations);
  const jsParams = copyParams(params);
  const X = featureMatrix(xs, ys, features);
  const out: Float32Array[] = layerSizes.map((n, l) => new Float32Array((l === 0 ? 2 : n) * N));
  out[0]!.set(xs, 0);
  out[0]!.set(ys, N);
  forwardColumns(net, jsParams, X, N, net.apply, out.slice(1), null);
  return { pointCount: sizes.points, pointIndices, lines: sizes.lines, samplesPerLine: sizes.perLine, activations: out, sizes: [2, ...layerSizes.slice(1)] };
}

/**
 * Where input j sits in layer l's space, read at units (u, v); the output layer (one unit) is a strip:
 * x = ŷ, y = the input's x₂ on the plane, scaled to [0, 1] (so the classes stay apart only by ŷ).
 */
export function positionOf(space: LayerSpace, l: number, units: readonly [number, number], j: number): [number, number] {
  const N = space.activations[0]!.length / 2;
  const a = space.activations[l]!;
  if (space.sizes[l] === 1) return [a[j]!, (space.activations[0]![N + j]! - DOMAIN_MIN) / (DOMAIN_MAX - DOMAIN_MIN)];
  return [a[units[0] * N + j]!, a[units[1] * N + j]!];
}

/**
 * The output's decision line w₁a₁ + w₂a₂ + b = 0 in layer l's space, as the coefficients [w₁, w₂, b], when
 * it is a line there: l = L − 1 with exactly two values (two units, or the plane x₁, x₂ as the only features).
 */
export function decisionLineIn(params: readonly LayerParams[], features: readonly Feature[], l: number): [number, number, number] | null {
  const L = params.length;
  if (l !== L - 1) return null;
  const out = params[L - 1]!;
  if (out.cols !== 2) return null;
  if (l === 0 && !(features.length === 2 && features[0] === 'x1' && features[1] === 'x2')) return null;
  return [out.W[0]!, out.W[1]!, out.b[0]!];
}

export interface SpaceExtent {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

/** The box around every input in layer l's space at units (u, v), padded by 5 % (a flat side gets a width of its own). */
export function extentOf(space: LayerSpace, l: number, units: readonly [number, number]): SpaceExtent {
  const N = space.activations[0]!.length / 2;
  let [x0, x1, y0, y1] = [Infinity, -Infinity, Infinity, -Infinity];
  for (let j = 0; j < N; j++) {
    const [x, y] = positionOf(space, l, units, j);
    if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
    x0 = Math.min(x0, x);
    x1 = Math.max(x1, x);
    y0 = Math.min(y0, y);
    y1 = Math.max(y1, y);
  }
  if (!Number.isFinite(x0)) return { x0: -1, x1: 1, y0: -1, y1: 1 };
  const pad = (lo: number, hi: number): [number, number] => {
    const margin = Math.max((hi - lo) * 0.05, 1e-3);
    return [lo - margin, hi + margin];
  };
  const [px0, px1] = pad(x0, x1);
  const [py0, py1] = pad(y0, y1);
  return { x0: px0, x1: px1, y0: py0, y1: py1 };
}

/** The part of the line c₀x + c₁y + c₂ = 0 inside the box, as its two ends; null when it misses the box. */
export function lineInBox([c0, c1, c2]: readonly [number, number, number], box: SpaceExtent): [[number, number], [number, number]] | null {
  const ends: [number, number][] = [];
  const add = (x: number, y: number) => {
    if (x >= box.x0 - 1e-9 && x <= box.x1 + 1e-9 && y >= box.y0 - 1e-9 && y <= box.y1 + 1e-9 && !ends.some(([ex, ey]) => Math.abs(ex - x) < 1e-9 && Math.abs(ey - y) < 1e-9)) ends.push([x, y]);
  };
  if (c1 !== 0) for (const x of [box.x0, box.x1]) add(x, -(c0 * x + c2) / c1);
  if (c0 !== 0) for (const y of [box.y0, box.y1]) add(-(c1 * y + c2) / c0, y);
  return ends.length >= 2 ? [ends[0]!, ends[1]!] : null;
}
