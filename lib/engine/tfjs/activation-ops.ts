import * as tf from '@tensorflow/tfjs-core';
import { LEAKY_SLOPE } from '../../math/activations';
import type { Activation } from '../../protocol';

export interface ActivationOp {
  /** A = g(Z), elementwise. */
  apply(z: tf.Tensor2D): tf.Tensor2D;
  /** g′(Z) as the course writes it, given Z and A = g(Z). */
  derivative(z: tf.Tensor2D, a: tf.Tensor2D): tf.Tensor2D;
  /** The same g as a tf.fused activation, when tfjs has one. */
  fused: { activation: tf.fused.Activation; leakyreluAlpha?: number } | null;
}

/** Every activation as tensor ops, with the course's derivative. */
export const ACTIVATION_OPS: Record<Activation, ActivationOp> = {
  sigmoid: {
    apply: (z) => tf.sigmoid<tf.Tensor2D>(z),
    /** σ′ = a(1 − a) */
    derivative: (_z, a) => tf.mul<tf.Tensor2D>(a, tf.sub<tf.Tensor2D>(1, a)),
    fused: { activation: 'sigmoid' },
  },
  tanh: {
    apply: (z) => tf.tanh<tf.Tensor2D>(z),
    /** tanh′ = 1 − a² */
    derivative: (_z, a) => tf.sub<tf.Tensor2D>(1, tf.square<tf.Tensor2D>(a)),
    fused: null,
  },
  relu: {
    apply: (z) => tf.relu<tf.Tensor2D>(z),
    /** ReLU′ = 1 for z > 0, else 0 */
    derivative: (z) => tf.step<tf.Tensor2D>(z, 0),
    fused: { activation: 'relu' },
  },
  leakyRelu: {
    apply: (z) => tf.leakyRelu<tf.Tensor2D>(z, LEAKY_SLOPE),
    /** leaky ReLU′ = 1 for z > 0, else 0.01 */
    derivative: (z) => tf.step<tf.Tensor2D>(z, LEAKY_SLOPE),
    fused: { activation: 'leakyrelu', leakyreluAlpha: LEAKY_SLOPE },
  },
  linear: {
    apply: (z) => z,
    derivative: (z) => tf.onesLike<tf.Tensor2D>(z),
    fused: { activation: 'linear' },
  },
};
