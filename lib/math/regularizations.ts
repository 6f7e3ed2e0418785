/**
 * The regularisers, one entry each. A regulariser adds scale(λ, m) · Σ over every weight of
 * penaltyTerm(w) to J, and gradientScale(λ, m) · gradientTerm(w) to each dW (biases are not
 * regularised). `Regularization` is the table's keys.
 */

export interface RegularizationEntry {
  /** Whether it changes J at all ('none' does not; engines skip its work). */
  isActive: boolean;
  penaltyTerm(w: number): number;
  /** The factor of Σ penaltyTerm in J, for m examples. */
  penaltyScale(lambda: number, m: number): number;
  /** ∂penaltyTerm/∂w, up to gradientScale / penaltyScale. */
  gradientTerm(w: number): number;
  /** The factor of gradientTerm in dW. */
  gradientScale(lambda: number, m: number): number;
}

const regularizationTable = <K extends string>(table: Record<K, RegularizationEntry>): Record<K, RegularizationEntry> => table;

export const REGULARIZATION_TABLE = regularizationTable({
  none: {
    isActive: false,
    penaltyTerm: () => 0,
    penaltyScale: () => 0,
    gradientTerm: () => 0,
    gradientScale: () => 0,
  },
  /** (λ/m) Σ|W|, gradient (λ/m) sign(W) (sign 0 at W = 0) */
  l1: {
    isActive: true,
    penaltyTerm: (w) => Math.abs(w),
    penaltyScale: (lambda, m) => lambda / m,
    gradientTerm: (w) => (w > 0 ? 1 : w < 0 ? -1 : 0),
    gradientScale: (lambda, m) => lambda / m,
  },
  /** (λ/2m) Σ‖W‖², gradient (λ/m) W */
  l2: {
    isActive: true,
    penaltyTerm: (w) => w * w,
    penaltyScale: (lambda, m) => lambda / (2 * m),
    gradientTerm: (w) => w,
    gradientScale: (lambda, m) => lambda / m,
  },
});

export type Regularization = keyof typeof REGULARIZATION_TABLE;

export const REGULARIZATIONS = Object.keys(REGULARIZATION_TABLE) as readonly Regularization[] as readonly [Regularization, ...Regularization[]];

/** The penalty of J over the weight matrices `weights` for m examples. */
export function penaltyOf(regularization: Regularization, weights: readonly ArrayLike<number>[], lambda: number, m: number): number {
  const entry = REGULARIZATION_TABLE[regularization];
  if (!entry.isActive) return 0;
  let sum = 0;
  for (const W of weights) for (let i = 0; i < W.length; i++) sum += entry.penaltyTerm(W[i]!);
  return entry.penaltyScale(lambda, m) * sum;
}
