import * as tf from '@tensorflow/tfjs-core';
import type { Regularization } from '../../protocol';

export interface Regularizer {
  /** This layer's share of the cost penalty for m examples, or null for none. */
  penalty(W: tf.Tensor2D, lambda: number, m: number): tf.Scalar | null;
  /** ∂penalty/∂W, added to dW, or null for none. */
  gradient(W: tf.Tensor2D, lambda: number, m: number): tf.Tensor2D | null;
}

export const REGULARIZERS: Record<Regularization, Regularizer> = {
  none: { penalty: () => null, gradient: () => null },
  /** (λ/2m) Σ‖W‖², gradient (λ/m) W */
  l2: {
    penalty: (W, lambda, m) => tf.mul<tf.Scalar>(lambda / (2 * m), tf.sum<tf.Scalar>(tf.square(W))),
    gradient: (W, lambda, m) => tf.mul<tf.Tensor2D>(lambda / m, W),
  },
  /** (λ/m) Σ|W|, gradient (λ/m) sign(W) (sign 0 at W = 0) */
  l1: {
    penalty: (W, lambda, m) => tf.mul<tf.Scalar>(lambda / m, tf.sum<tf.Scalar>(tf.abs(W))),
    gradient: (W, lambda, m) => tf.mul<tf.Tensor2D>(lambda / m, tf.sign(W)),
  },
};
