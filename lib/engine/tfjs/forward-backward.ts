import * as tf from '@tensorflow/tfjs-core';
import type { Activation, Regularization } from '../../protocol';
import { ACTIVATION_OPS } from './activation-ops';
import { COST_EPSILON } from '../../math/cost';
import { REGULARIZERS } from './regularizers';

/** Wˡ (nˡ, nˡ⁻¹) and bˡ (nˡ, 1) of one layer; tf.Variables in the trainer. */
export interface LayerTensors {
  W: tf.Tensor2D;
  b: tf.Tensor2D;
}

/** What backward needs from layer l: Zˡ, Aˡ⁻¹ and Aˡ, each (units, m). */
export interface LayerCache {
  Z: tf.Tensor2D;
  APrev: tf.Tensor2D;
  A: tf.Tensor2D;
  activation: Activation;
}

/** dWˡ (penalty included), dbˡ, and for the step-through views dZˡ and the penalty's term of dWˡ. */
export interface LayerGradients {
  dW: tf.Tensor2D;
  db: tf.Tensor2D;
  dZ: tf.Tensor2D;
  /** null for 'none'. */
  dWPenalty: tf.Tensor2D | null;
}

/**
 * 'plain': Zˡ = matMul(Wˡ, Aˡ⁻¹) + bˡ as separate ops. 'fused': one tf.fused.matMul with the
 * bias (and, where no cache is needed, the activation). The fused bias is added per row, which the
 * wasm backend does not support (it needs a rank-1 bias along the last axis): see supportsFusedRowBias.
 */
export type ForwardMode = 'plain' | 'fused';

/** Zˡ = Wˡ Aˡ⁻¹ + bˡ */
function linearPart(layer: LayerTensors, APrev: tf.Tensor2D, mode: ForwardMode): tf.Tensor2D {
  if (mode === 'fused') return tf.fused.matMul({ a: layer.W, b: APrev, bias: layer.b }) as tf.Tensor2D;
  return tf.add<tf.Tensor2D>(tf.matMul(layer.W, APrev), layer.b);
}

/**
 * The forward pass A⁰ = X, Zˡ = Wˡ Aˡ⁻¹ + bˡ, Aˡ = gˡ(Zˡ) for l = 1 … L.
 * `activations` has one entry per layer, the output layer's ('sigmoid') last.
 */
export function forward(
  params: readonly LayerTensors[],
  X: tf.Tensor2D,
  activations: readonly Activation[],
  mode: ForwardMode = 'plain',
): { caches: LayerCache[]; AL: tf.Tensor2D } {
  const caches: LayerCache[] = [];
  let A = X;
  params.forEach((layer, l) => {
    const Z = linearPart(layer, A, mode);
    const activation = activationAt(activations, l);
    const next = ACTIVATION_OPS[activation].apply(Z);
    caches.push({ Z, APrev: A, A: next, activation });
    A = next;
  });
  return { caches, AL: A };
}

/**
 * Every layer's activations A¹ … Aᴸ without caches (for costs, accuracy and the grid).
 * In 'fused' mode each layer whose g tfjs can fuse is a single op.
 */
export function forwardActivations(
  params: readonly LayerTensors[],
  X: tf.Tensor2D,
  activations: readonly Activation[],
  mode: ForwardMode = 'plain',
): tf.Tensor2D[] {
  const out: tf.Tensor2D[] = [];
  let A = X;
  params.forEach((layer, l) => {
    const op = ACTIVATION_OPS[activationAt(activations, l)];
    A =
      mode === 'fused' && op.fused
        ? (tf.fused.matMul({ a: layer.W, b: A, bias: layer.b, ...op.fused }) as tf.Tensor2D)
        : op.apply(linearPart(layer, A, mode));
    out.push(A);
  });
  return out;
}

function activationAt(activations: readonly Activation[], l: number): Activation {
  const activation = activations[l];
  if (activation === undefined) throw new Error(`No activation for layer ${l + 1}`);
  return activation;
}

/**
 * J = −(1/m) Σ [y log aᴸ + (1 − y) log(1 − aᴸ)], with aᴸ clipped to [ε, 1 − ε] inside the logs
 * (ε = 1e-7), plus (λ/2m) Σ‖Wˡ‖² for L2 or (λ/m) Σ|Wˡ| for L1. m = number of columns of Y.
 */
export function computeCost(
  AL: tf.Tensor2D,
  Y: tf.Tensor2D,
  params: readonly LayerTensors[],
  regularization: Regularization,
  lambda: number,
): tf.Scalar {
  const m = Y.shape[1];
  const a = tf.clipByValue(AL, COST_EPSILON, 1 - COST_EPSILON);
  const logLikelihood = tf.add(tf.mul(Y, tf.log(a)), tf.mul(tf.sub(1, Y), tf.log(tf.sub(1, a))));
  let cost = tf.mul<tf.Scalar>(-1 / m, tf.sum<tf.Scalar>(logLikelihood));
  for (const layer of params) {
    const penalty = REGULARIZERS[regularization].penalty(layer.W, lambda, m);
    if (penalty) cost = tf.add<tf.Scalar>(cost, penalty);
  }
  return cost;
}

/**
 * The explicit backward pass of the course, from the caches of forward:
 * dZᴸ = Aᴸ − Y; dWˡ = (1/m) dZˡ Aˡ⁻¹ᵀ (+ regularisation); dbˡ = (1/m) Σ dZˡ over examples;
 * dAˡ⁻¹ = Wˡᵀ dZˡ; dZˡ⁻¹ = dAˡ⁻¹ ⊙ gˡ⁻¹′(Zˡ⁻¹). Returns [{dW, db}] in layer order 1 … L.
 */
export function backward(
  caches: readonly LayerCache[],
  Y: tf.Tensor2D,
  params: readonly LayerTensors[],
  regularization: Regularization,
  lambda: number,
): LayerGradients[] {
  const m = Y.shape[1];
  const L = caches.length;
  const grads: LayerGradients[] = new Array<LayerGradients>(L);
  const transposeFirst = transposesFirst();
  const last = caches[L - 1];
  if (!last) return [];
  let dZ = tf.sub<tf.Tensor2D>(last.A, Y);
  for (let l = L - 1; l >= 0; l--) {
    const cache = caches[l]!;
    const W = params[l]!.W;
    let dW = tf.mul<tf.Tensor2D>(1 / m, transposeFirst ? tf.matMul(dZ, tf.transpose(cache.APrev)) : tf.matMul(dZ, cache.APrev, false, true));
    const dWPenalty = REGULARIZERS[regularization].gradient(W, lambda, m);
    if (dWPenalty) dW = tf.add<tf.Tensor2D>(dW, dWPenalty);
    const db = tf.mul<tf.Tensor2D>(1 / m, tf.sum<tf.Tensor2D>(dZ, 1, true));
    grads[l] = { dW, db, dZ, dWPenalty };
    if (l > 0) {
      const dAPrev = transposeFirst ? tf.matMul(tf.transpose(W), dZ) : tf.matMul(W, dZ, true, false);
      const prev = caches[l - 1]!;
      dZ = tf.mul<tf.Tensor2D>(dAPrev, ACTIVATION_OPS[prev.activation].derivative(prev.Z, prev.A));
    }
  }
  return grads;
}

/**
 * Whether a product with a transposed operand is faster as an explicit tf.transpose and then a plain
 * matMul: on tfjs-backend-wasm 4.22 it is, by far (dZ Aᵀ with 64 × 5,000 operands: 30 ms with the
 * transpose flag, 2.2 + 1.8 ms this way, measured in Node); webgl transposes for free in its shader.
 */
function transposesFirst(): boolean {
  return tf.getBackend() !== 'webgl';
}

/**
 * Whether tf.fused.matMul adds a (n, 1) bias per row on the current backend and matches the plain path.
 * (tfjs-backend-wasm 4.22 throws: "_FusedMatMul only supports rank-1 bias".)
 */
export async function supportsFusedRowBias(): Promise<boolean> {
  try {
    const maxDiff = tf.tidy(() => {
      const W = tf.tensor2d([1, 2, 3, 4], [2, 2]);
      const A = tf.tensor2d([1, -1, 0.5, 2], [2, 2]);
      const b = tf.tensor2d([10, -10], [2, 1]);
      const fused = tf.fused.matMul({ a: W, b: A, bias: b });
      return tf.max(tf.abs(tf.sub(fused, tf.add(tf.matMul(W, A), b))));
    });
    const [diff] = await maxDiff.data();
    maxDiff.dispose();
    return diff !== undefined && diff < 1e-5;
  } catch {
    return false;
  }
}

/**
 * The forward mode to train with: on cpu the fused path is slower, wasm cannot add a per-row bias;
 * only webgl, where every op is a separate dispatch, stands to gain from fewer ops.
 */
export async function preferredForwardMode(backend: string): Promise<ForwardMode> {
  return backend === 'webgl' && (await supportsFusedRowBias()) ? 'fused' : 'plain';
}
