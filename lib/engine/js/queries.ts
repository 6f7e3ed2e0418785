/** What the plain-JS engine answers besides training: gradients, the grid, forward and backward passes. */
import { REGULARIZATION_TABLE } from '../../math/regularizations';
import type { LayerParams } from '../../protocol';
import type { DataSplit, LayerBackward, LayerForward, StepSettings } from '../engine';
import { backwardBlock, clearGradientSums, copyBlock, forEachBlock, forwardBlock, forwardColumns } from './forward-backward';
import type { JsNetwork, JsParams } from './network';
import { accumulateBatch } from './train-steps';

/** Full-batch dWˡ (penalty included), dbˡ of J over `data`, as LayerParams. */
export function fullBatchGradients(net: JsNetwork, params: JsParams, data: DataSplit, s: StepSettings): LayerParams[] {
  accumulateBatch(net, params, data, null, 0, data.m, false);
  const m = data.m;
  const reg = REGULARIZATION_TABLE[s.regularization];
  const scale = reg.gradientScale(s.lambda, m);
  return params.W.map((W, l) => {
    const rows = net.sizes[l + 1]!;
    const gW = net.gW[l]!;
    const dW = new Float32Array(W.length);
    if (reg.isActive) for (let i = 0; i < W.length; i++) dW[i] = gW[i]! / m + scale * reg.gradientTerm(W[i]!);
    else for (let i = 0; i < W.length; i++) dW[i] = gW[i]! / m;
    const gb = net.gb[l]!;
    const db = new Float32Array(rows);
    for (let i = 0; i < rows; i++) db[i] = gb[i]! / m;
    return { rows, cols: net.sizes[l]!, W: dW, b: db };
  });
}

/**
 * Aˡ for the N columns of X (n⁰ × N), l = 1 … L, unit-major (unit u at [u·N, (u + 1)·N)). For the
 * grid pictures: tanh is fastTanh.
 */
export function gridActivations(net: JsNetwork, params: JsParams, X: Float32Array, N: number): Float32Array[] {
  const out = Array.from({ length: net.L }, (_, l) => new Float32Array(net.sizes[l + 1]! * N));
  forwardColumns(net, params, X, N, net.applyForGrid, out, null);
  return out;
}

/** Zˡ and Aˡ (nˡ × N, one column per example) of the N columns of X, l = 1 … L. */
export function forwardWithCache(net: JsNetwork, params: JsParams, X: Float32Array, N: number): LayerForward[] {
  const Z = Array.from({ length: net.L }, (_, l) => new Float32Array(net.sizes[l + 1]! * N));
  const A = Array.from({ length: net.L }, (_, l) => new Float32Array(net.sizes[l + 1]! * N));
  forwardColumns(net, params, X, N, net.apply, A, Z);
  return A.map((Al, l) => ({ Z: Z[l]!, A: Al }));
}

/** dZˡ, dWˡ, dbˡ and the penalty's term of dWˡ over the m columns of X with labels Y, l = 1 … L. */
export function exampleGradients(
  net: JsNetwork,
  params: JsParams,
  X: Float32Array,
  Y: Float32Array,
  m: number,
  s: StepSettings,
): LayerBackward[] {
  const { sizes, dz, L } = net;
  const dZs = Array.from({ length: L }, (_, l) => new Float32Array(sizes[l + 1]! * m));
  clearGradientSums(net);
  forEachBlock(net, 0, m, (start, end) => {
    forwardBlock(net, params, X, m, null, start, end, net.apply);
    backwardBlock(net, params, Y, null, start, end);
    for (let l = 1; l <= L; l++) copyBlock(dz[l]!, dZs[l - 1]!, sizes[l]!, end - start, m, start);
  });
  const reg = REGULARIZATION_TABLE[s.regularization];
  const scale = reg.gradientScale(s.lambda, m);
  return params.W.map((W, l) => {
    const dWPenalty = new Float32Array(W.length);
    if (reg.isActive) for (let i = 0; i < W.length; i++) dWPenalty[i] = scale * reg.gradientTerm(W[i]!);
    return {
      dZ: dZs[l]!,
      dW: Float32Array.from(net.gW[l]!, (v) => v / m),
      db: Float32Array.from(net.gb[l]!, (v) => v / m),
      dWPenalty,
    };
  });
}
