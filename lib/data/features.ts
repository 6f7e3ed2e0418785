import type { Feature, LabeledPoint } from '../protocol';

/** Engineered input features: each maps a point (x1, x2) of the plane to one network input. */
export const FEATURE_FUNCTIONS: Record<Feature, (x1: number, x2: number) => number> = {
  x1: (x1) => x1,
  x2: (_x1, x2) => x2,
  x1sq: (x1) => x1 * x1,
  x2sq: (_x1, x2) => x2 * x2,
  x1x2: (x1, x2) => x1 * x2,
  sinx1: (x1) => Math.sin(x1),
  sinx2: (_x1, x2) => Math.sin(x2),
};

/**
 * The course's input matrix X of shape (features, m), row-major: row f holds feature f of every example.
 */
export function featureMatrix(
  xs: ArrayLike<number>,
  ys: ArrayLike<number>,
  features: readonly Feature[],
): Float32Array {
  const m = xs.length;
  const out = new Float32Array(features.length * m);
  features.forEach((feature, row) => {
    const fn = FEATURE_FUNCTIONS[feature];
    for (let i = 0; i < m; i++) out[row * m + i] = fn(xs[i]!, ys[i]!);
  });
  return out;
}

/** X (features × m) and Y (1 × m) for the given points. */
export function pointsToMatrices(
  points: readonly LabeledPoint[],
  features: readonly Feature[],
): { X: Float32Array; Y: Float32Array; m: number } {
  const xs = points.map((p) => p.x1);
  const ys = points.map((p) => p.x2);
  return {
    X: featureMatrix(xs, ys, features),
    Y: Float32Array.from(points, (p) => p.label),
    m: points.length,
  };
}
