/** The course's cross-entropy cost J and the accuracy, from blocked forward passes. */
import { COST_EPSILON } from '../../math/cost';
import { penaltyOf, type Regularization } from '../../math/regularizations';
import type { DataSplit } from '../engine';
import { forEachBlock, forwardBlock } from './forward-backward';
import type { JsNetwork, JsParams } from './network';

const COST_LOW = Math.fround(COST_EPSILON);
const COST_HIGH = Math.fround(1 - COST_EPSILON);

/** y log aᴸ + (1 − y) log(1 − aᴸ), aᴸ clipped to [ε, 1 − ε] as the tfjs engine's cost does. */
export function logLikelihoodOf(out: number, y: number): number {
  const a = out < COST_LOW ? COST_LOW : out > COST_HIGH ? COST_HIGH : out;
  // y ∈ {0, 1} needs one log; other labels take both terms.
  return y === 1 ? Math.log(a) : y === 0 ? Math.log(1 - a) : y * Math.log(a) + (1 - y) * Math.log(1 - a);
}

/**
 * J = −(1/m) Σ [y log aᴸ + (1 − y) log(1 − aᴸ)] plus the penalty of `regularization`, and the
 * accuracy (aᴸ ≥ 0.5 counts as class 1). NaN for both without data.
 */
export function evaluateSplit(
  net: JsNetwork,
  params: JsParams,
  data: DataSplit | null,
  regularization: Regularization,
  lambda: number,
): { cost: number; accuracy: number } {
  if (!data || data.m === 0) return { cost: NaN, accuracy: NaN };
  const { X, Y, m } = data;
  let logLikelihood = 0;
  let correct = 0;
  forEachBlock(net, 0, m, (start, end) => {
    forwardBlock(net, params, X, m, null, start, end, net.apply);
    const aL = net.a[net.L]!;
    for (let j = start; j < end; j++) {
      const out = aL[j - start]!;
      const y = Y[j]!;
      logLikelihood += logLikelihoodOf(out, y);
      if ((out >= 0.5 ? 1 : 0) === y) correct += 1;
    }
  });
  return { cost: -logLikelihood / m + penaltyOf(regularization, params.W, lambda, m), accuracy: correct / m };
}
