/**
 * What the tfjs engine answers besides training: the snapshot's evaluation, a forward pass with its cache,
 * the gradients of given examples and the cost at many parameter settings. Each runs its ops in one
 * tf.tidy and reads every result back into Float32Arrays, disposing the tensors.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { Activation } from '../../math/activations';
import { paramsOfSetting, type Evaluation, type EvaluationRequest, type LayerBackward, type LayerForward, type StepSettings } from '../engine';
import { metricsOf, type EvaluationSettings } from './evaluate';
import { backward, computeCost, forward, forwardActivations, type ForwardMode, type LayerTensors } from './forward-backward';
import { readAll } from './grid';
import type { LayerVariables } from './layer-variables';
import type { DataTensors } from './training-data';

/** The engine's network and data as the queries read them (the current variables and splits). */
export interface TfjsModel {
  sizes: readonly number[];
  activations: readonly Activation[];
  mode: ForwardMode;
  layers: LayerVariables[];
  train: DataTensors | null;
  test: DataTensors | null;
}

export async function readAndDispose(tensors: tf.Tensor[]): Promise<Float32Array[]> {
  try {
    return await readAll(tensors);
  } finally {
    tf.dispose(tensors);
  }
}

export const evaluationSettings = (model: TfjsModel, s: StepSettings): EvaluationSettings => ({
  activations: model.activations,
  regularization: s.regularization,
  lambda: s.lambda,
  mode: model.mode,
});

/** dWˡ, dbˡ of J over the whole training set (the course's backward pass); call inside tf.tidy. */
function fullBatchGradients(model: TfjsModel, data: DataTensors, s: StepSettings): tf.Tensor[] {
  const { caches } = forward(model.layers, data.X, model.activations, 'plain');
  return backward(caches, data.Y, model.layers, s.regularization, s.lambda).flatMap((g) => [g.dW, g.db]);
}

/**
 * The snapshot's numbers at the current parameters. `knownMetrics`, when given, are [train J, test J,
 * train accuracy, test accuracy] already computed at these parameters (by the last training step), and
 * their forward passes are not repeated.
 */
export async function evaluateModel(
  model: TfjsModel,
  request: EvaluationRequest,
  s: StepSettings,
  knownMetrics: Promise<Float32Array> | null = null,
): Promise<Evaluation> {
  const { layers, train, test, sizes } = model;
  const hasGradients = train !== null && request.withGradients;
  const n0 = sizes[0]!;
  const tensors = tf.tidy(() => {
    const settings = evaluationSettings(model, s);
    const trainMetrics = knownMetrics ? null : metricsOf(layers, train, settings, true);
    const testMetrics = knownMetrics ? null : metricsOf(layers, test, settings, false);
    const metrics =
      trainMetrics && testMetrics
        ? tf.stack([trainMetrics.cost, testMetrics.cost, trainMetrics.accuracy, testMetrics.accuracy])
        : tf.zeros([0]);
    const gradients = hasGradients && train ? fullBatchGradients(model, train, s) : [];
    const gridX = request.gridX;
    const grid = gridX ? forwardActivations(layers, tf.tensor2d(gridX, [n0, gridX.length / n0]), model.activations, model.mode) : [];
    return [metrics, ...gradients, ...grid];
  });
  const [computed = new Float32Array(4), ...rest] = await readAndDispose(tensors);
  const metrics = knownMetrics ? await knownMetrics : computed;
  const gradientCount = hasGradients ? 2 * layers.length : 0;
  const [trainCost = NaN, testCost = NaN, trainAccuracy = NaN, testAccuracy = NaN] = metrics;
  const gradients = rest.slice(0, gradientCount);
  const shapeOf = (l: number) => ({ rows: sizes[l + 1]!, cols: sizes[l]! });
  return {
    trainCost,
    testCost,
    trainAccuracy,
    testAccuracy,
    gradients: gradientCount ? layers.map((_, l) => ({ ...shapeOf(l), W: gradients[2 * l]!, b: gradients[2 * l + 1]! })) : [],
    layerGrids: rest.slice(gradientCount),
  };
}

/** Zˡ and Aˡ of every layer for the N columns of X. */
export async function forwardWithCache(model: TfjsModel, X: Float32Array, N: number): Promise<LayerForward[]> {
  const tensors = tf.tidy(() =>
    forward(model.layers, tf.tensor2d(X, [model.sizes[0]!, N]), model.activations, 'plain').caches.flatMap((c) => [c.Z, c.A]),
  );
  const values = await readAndDispose(tensors);
  return model.layers.map((_, l) => ({ Z: values[2 * l]!, A: values[2 * l + 1]! }));
}

/** The backward pass of the m columns of X with labels Y, the penalty's term of dWˡ apart. */
export async function exampleGradients(model: TfjsModel, X: Float32Array, Y: Float32Array, m: number, s: StepSettings): Promise<LayerBackward[]> {
  const tensors = tf.tidy(() => {
    const { caches } = forward(model.layers, tf.tensor2d(X, [model.sizes[0]!, m]), model.activations, 'plain');
    const grads = backward(caches, tf.tensor2d(Y, [1, m]), model.layers, s.regularization, s.lambda);
    return grads.flatMap((g) => {
      const penalty = g.dWPenalty ?? tf.zerosLike(g.dW);
      return [g.dZ, tf.sub(g.dW, penalty), g.db, penalty];
    });
  });
  const values = await readAndDispose(tensors);
  return model.layers.map((_, l) => ({ dZ: values[4 * l]!, dW: values[4 * l + 1]!, db: values[4 * l + 2]!, dWPenalty: values[4 * l + 3]! }));
}

/** The training J (penalty included) at `count` flat parameter settings; NaN without training points. */
export async function costsAt(model: TfjsModel, settingsFlat: Float32Array, count: number, s: StepSettings): Promise<Float32Array> {
  const data = model.train;
  if (!data) return new Float32Array(count).fill(NaN);
  const costs = tf.tidy(() => {
    const out: tf.Scalar[] = [];
    for (let i = 0; i < count; i++) {
      const at: LayerTensors[] = paramsOfSetting(model.sizes, settingsFlat, i).map((p) => ({
        W: tf.tensor2d(p.W, [p.rows, p.cols]),
        b: tf.tensor2d(p.b, [p.rows, 1]),
      }));
      const all = forwardActivations(at, data.X, model.activations, 'plain');
      out.push(computeCost(all[all.length - 1]!, data.Y, at, s.regularization, s.lambda));
    }
    return tf.stack(out);
  });
  const [values = new Float32Array(count)] = await readAndDispose([costs]);
  return values;
}
