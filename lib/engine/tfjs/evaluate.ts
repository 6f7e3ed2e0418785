import * as tf from '@tensorflow/tfjs-core';
import type { Activation, Regularization } from '../../protocol';
import { computeCost, forwardActivations, type ForwardMode, type LayerTensors } from './forward-backward';
import type { DataTensors } from './training-data';

export interface EvaluationSettings {
  activations: readonly Activation[];
  regularization: Regularization;
  lambda: number;
  mode: ForwardMode;
}

function outputActivations(params: readonly LayerTensors[], data: DataTensors, s: EvaluationSettings): tf.Tensor2D {
  const all = forwardActivations(params, data.X, s.activations, s.mode);
  const AL = all[all.length - 1];
  if (!AL) throw new Error('A network needs at least the output layer');
  return AL;
}

/**
 * J over every point of a split and the accuracy (aᴸ ≥ 0.5 counts as class 1), from one forward pass;
 * NaN for both when the split is empty. The penalty term is included when `withPenalty` (the train
 * cost J when regularisation is on); the test cost is plain cross-entropy. Call inside tf.tidy.
 */
export function metricsOf(
  params: readonly LayerTensors[],
  data: DataTensors | null,
  s: EvaluationSettings,
  withPenalty: boolean,
): { cost: tf.Scalar; accuracy: tf.Scalar } {
  if (!data) return { cost: tf.scalar(NaN), accuracy: tf.scalar(NaN) };
  const AL = outputActivations(params, data, s);
  const reg = withPenalty ? s.regularization : 'none';
  const cost = computeCost(AL, data.Y, params, reg, s.lambda);
  const predicted = tf.cast(tf.greaterEqual(AL, 0.5), 'float32');
  return { cost, accuracy: tf.mean<tf.Scalar>(tf.cast(tf.equal(predicted, data.Y), 'float32')) };
}

/** J over every point of a split, as in metricsOf, without the accuracy. Call inside tf.tidy. */
export function costOf(
  params: readonly LayerTensors[],
  data: DataTensors | null,
  s: EvaluationSettings,
  withPenalty: boolean,
): tf.Scalar {
  if (!data) return tf.scalar(NaN);
  const reg = withPenalty ? s.regularization : 'none';
  return computeCost(outputActivations(params, data, s), data.Y, params, reg, s.lambda);
}
