/**
 * The numbers step-through shows beyond what the engine returns, each from the course's formula:
 * L(a, y) per example, J, the penalty, dAˡ⁻¹ = Wˡᵀ dZˡ, gˡ′(Zˡ), and Adam's bias correction.
 * Matrices are row-major in the course's orientation.
 */
import { ACTIVATION_TABLE, type Activation } from '../math/activations';
import { COST_EPSILON } from '../math/cost';
import { OPTIMIZER_TABLE } from '../math/optimizers';
import { REGULARIZATION_TABLE, type Regularization } from '../math/regularizations';
import type { LayerParams } from '../protocol';

/** A flat row-major matrix as an array of rows. */
export function rowsOf(data: ArrayLike<number>, rows: number, cols: number): number[][] {
  return Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => data[r * cols + c]!));
}

/** L(a, y) = −(y log a + (1 − y) log(1 − a)) of each example, a clipped to [ε, 1 − ε] as the engines do. */
export function lossesOf(AL: ArrayLike<number>, Y: ArrayLike<number>): number[] {
  return Array.from(Y, (y, j) => {
    const a = Math.min(Math.max(AL[j]!, COST_EPSILON), 1 - COST_EPSILON);
    return -(y * Math.log(a) + (1 - y) * Math.log(1 - a));
  });
}

export function meanOf(values: readonly number[]): number {
  return values.length ? values.reduce((sum, v) => sum + v, 0) / values.length : NaN;
}

/** The regulariser's term of J for m examples (0 for none). */
export function penaltyOf(params: readonly LayerParams[], regularization: Regularization, lambda: number, m: number): number {
  const reg = REGULARIZATION_TABLE[regularization];
  if (!reg.isActive) return 0;
  let sum = 0;
  for (const p of params) for (const w of p.W) sum += reg.penaltyTerm(w);
  return reg.penaltyScale(lambda, m) * sum;
}

/** dAˡ⁻¹ = Wˡᵀ dZˡ ((nˡ⁻¹ × m) from Wˡ (nˡ × nˡ⁻¹) and dZˡ (nˡ × m)). */
export function dAPrevOf(W: LayerParams, dZ: ArrayLike<number>, m: number): number[] {
  const out = new Array<number>(W.cols * m).fill(0);
  for (let k = 0; k < W.cols; k++) {
    for (let j = 0; j < m; j++) {
      let sum = 0;
      for (let i = 0; i < W.rows; i++) sum += W.W[i * W.cols + k]! * dZ[i * m + j]!;
      out[k * m + j] = sum;
    }
  }
  return out;
}

/** gˡ′(Zˡ), element by element. */
export function slopesOf(activation: Activation, Z: ArrayLike<number>): number[] {
  const { dg } = ACTIVATION_TABLE[activation];
  return Array.from(Z, (z) => dg(z));
}

/** The gradient of J the update uses: dWˡ plus the penalty's term. */
export function totalGradient(dW: ArrayLike<number>, dWPenalty: ArrayLike<number>): number[] {
  return Array.from(dW, (d, i) => d + dWPenalty[i]!);
}

/**
 * Adam's bias-corrected v̂ = v / (1 − β₁ᵗ) and ŝ = s / (1 − β₂ᵗ) of one parameter's slots after step t;
 * null for the other optimizers, which have no correction.
 */
export function adamCorrected(v: ArrayLike<number>, s: ArrayLike<number>, t: number): { vHat: number[]; sHat: number[] } {
  const { beta1 = 0.9, beta2 = 0.999 } = OPTIMIZER_TABLE.adam.defaults;
  return { vHat: Array.from(v, (x) => x / (1 - beta1 ** t)), sHat: Array.from(s, (x) => x / (1 - beta2 ** t)) };
}

/** The slot arrays of parameter tensor `index` (W¹, b¹, W², … order) of a checkpoint with `slotCount` slots each. */
export function slotsOfParam(slots: readonly Float32Array[], slotCount: number, index: number): Float32Array[] {
  return slots.slice(index * slotCount, index * slotCount + slotCount);
}
