/** K gradient steps of the whole network in plain loops: no allocation per step. */
import { OPTIMIZER_TABLE, type Optimizer } from '../../math/optimizers';
import { REGULARIZATION_TABLE, penaltyOf } from '../../math/regularizations';
import type { DataSplit, StepPlan, StepSettings } from '../engine';
import { evaluateSplit, logLikelihoodOf } from './cost';
import { backwardBlock, clearGradientSums, forEachBlock, forwardBlock } from './forward-backward';
import type { JsNetwork, JsParams } from './network';

/** The optimizer's state: its slots per parameter in W¹, b¹, W², b², … order, and the steps taken. */
export interface JsOptimizerState {
  optimizer: Optimizer;
  slots: Float32Array[][];
  stepCount: number;
}

/** J and accuracy of the training set (with the penalty) and of the test set (without) at some parameters. */
export interface EndMetrics {
  train: { cost: number; accuracy: number };
  test: { cost: number; accuracy: number };
}

/** Scratch for one parameter array's gradient dθ (float64), grown as needed. */
let gradScratch = new Float64Array(256);

/**
 * Sums of dzˡ aˡ⁻¹ᵀ and dzˡ over examples [start, end) of `indices` (or columns start … end − 1).
 * With `isCostWanted`, also returns Σ [y log aᴸ + (1 − y) log(1 − aᴸ)] of the forward passes (else 0).
 */
export function accumulateBatch(
  net: JsNetwork,
  params: JsParams,
  data: DataSplit,
  indices: Int32Array | null,
  start: number,
  end: number,
  isCostWanted: boolean,
): number {
  clearGradientSums(net);
  const { X, Y, m } = data;
  let logLikelihood = 0;
  forEachBlock(net, start, end, (blockStart, blockEnd) => {
    forwardBlock(net, params, X, m, indices, blockStart, blockEnd, net.apply);
    if (isCostWanted) {
      const aL = net.a[net.L]!;
      for (let e = blockStart; e < blockEnd; e++) logLikelihood += logLikelihoodOf(aL[e - blockStart]!, Y[indices ? indices[e]! : e]!);
    }
    backwardBlock(net, params, Y, indices, blockStart, blockEnd);
  });
  return logLikelihood;
}

/**
 * One optimizer update of a parameter array from its gradient sum over m examples:
 * dθ = sum / m, plus the regulariser's term when `isWeight`, then the optimizer table's rule.
 */
function updateParameter(
  param: Float32Array,
  gradSum: Float64Array,
  slots: readonly Float32Array[],
  m: number,
  isWeight: boolean,
  s: StepSettings,
  state: JsOptimizerState,
): void {
  const n = param.length;
  if (gradScratch.length < n) gradScratch = new Float64Array(n);
  const grad = gradScratch;
  const invM = 1 / m;
  const reg = REGULARIZATION_TABLE[s.regularization];
  if (isWeight && reg.isActive) {
    const scale = reg.gradientScale(s.lambda, m);
    for (let i = 0; i < n; i++) grad[i] = Math.fround(gradSum[i]! * invM) + scale * reg.gradientTerm(param[i]!);
  } else {
    for (let i = 0; i < n; i++) grad[i] = Math.fround(gradSum[i]! * invM);
  }
  OPTIMIZER_TABLE[state.optimizer].update(param, grad, slots, s.learningRate, state.stepCount);
}

/** Applies the optimizer to every Wˡ and bˡ from the gradient sums of a batch of m examples. */
function applyUpdate(net: JsNetwork, params: JsParams, state: JsOptimizerState, m: number, s: StepSettings): void {
  state.stepCount += 1;
  for (let l = 0; l < net.L; l++) {
    updateParameter(params.W[l]!, net.gW[l]!, state.slots[2 * l]!, m, true, s, state);
    updateParameter(params.b[l]!, net.gb[l]!, state.slots[2 * l + 1]!, m, false, s, state);
  }
}

/**
 * Runs plan.steps gradient steps on `train`, updating params and the optimizer state in place. Returns
 * [train J (with the penalty), test J (without; NaN when test is null)] of every epoch completed.
 * In full batch, the train J after step k is taken from the forward pass of step k + 1 (the same
 * parameters and examples in the same order, so the same number), which saves a third of the work.
 * When the plan ends on an epoch, `end` is given the metrics of both splits at the final parameters,
 * as evaluateSplit computes them (an evaluate right after need not repeat their forward passes).
 */
export function trainSteps(
  net: JsNetwork,
  params: JsParams,
  state: JsOptimizerState,
  s: StepSettings,
  train: DataSplit,
  test: DataSplit | null,
  plan: StepPlan,
  end?: (metrics: EndMetrics) => void,
): Float32Array {
  let epochs = 0;
  for (let k = 0; k < plan.steps; k++) if (plan.epochEnds[k]) epochs += 1;
  const costs = new Float32Array(2 * epochs);
  let recorded = 0;
  let start = 0;
  /** Index of the epoch whose train J the next full-batch forward pass supplies, or −1. */
  let pending = -1;
  for (let k = 0; k < plan.steps; k++) {
    const stop = plan.indices ? plan.batchEnds[k]! : train.m;
    const logLikelihood = accumulateBatch(net, params, train, plan.indices, start, stop, pending >= 0);
    if (pending >= 0) {
      costs[2 * pending] = -logLikelihood / train.m + penaltyOf(s.regularization, params.W, s.lambda, train.m);
      pending = -1;
    }
    applyUpdate(net, params, state, stop - start, s);
    start = plan.indices ? stop : 0;
    if (plan.epochEnds[k]) {
      if (!plan.indices && k + 1 < plan.steps) pending = recorded;
      const trainMetrics = pending >= 0 ? null : evaluateSplit(net, params, train, s.regularization, s.lambda);
      const testMetrics = evaluateSplit(net, params, test, 'none', 0);
      if (trainMetrics) costs[2 * recorded] = trainMetrics.cost;
      costs[2 * recorded + 1] = testMetrics.cost;
      recorded += 1;
      if (trainMetrics && k + 1 === plan.steps) end?.({ train: trainMetrics, test: testMetrics });
    }
  }
  return costs;
}
