/**
 * The tfjs engine: the course's algorithm as TensorFlow.js ops (forward-backward.ts, optimizers.ts) on
 * whatever backend is current (webgl, wasm or cpu). Parameters and optimizer slots are tf.Variables it
 * owns; every result is read back into Float32Arrays before it leaves.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { Optimizer } from '../../math/optimizers';
import type { LayerParams, OptimizerCheckpoint } from '../../protocol';
import { paramsOfSetting, type DataSplit, type Engine, type EngineSpec, type StepPlan, type StepSettings } from '../engine';
import { costOf, metricsOf, type EvaluationSettings } from './evaluate';
import { backward, computeCost, forward, forwardActivations, type ForwardMode, type LayerTensors } from './forward-backward';
import { readAll } from './grid';
import {
  assignLayerParams,
  cloneLayerTensors,
  createLayerVariables,
  disposeLayerVariables,
  flattenVariables,
  toLayerParams,
  type LayerVariables,
} from './layer-variables';
import {
  applyOptimizerStep,
  cloneOptimizerSlots,
  createOptimizerState,
  disposeOptimizerState,
  optimizerCheckpoint,
  restoreOptimizerState,
  type OptimizerState,
} from './optimizers';
import { disposeData, gatherBatch, type DataTensors } from './training-data';

export interface TfjsEngineOptions {
  /** How Zˡ = Wˡ Aˡ⁻¹ + bˡ is computed in training; see ForwardMode. Defaults to 'plain'. */
  forwardMode?: ForwardMode;
}

function toTensors(split: DataSplit | null): DataTensors | null {
  if (!split || split.m === 0) return null;
  const n0 = split.X.length / split.m;
  return { X: tf.tensor2d(split.X, [n0, split.m]), Y: tf.tensor2d(split.Y, [1, split.m]), m: split.m };
}

async function readAndDispose(tensors: tf.Tensor[]): Promise<Float32Array[]> {
  try {
    return await readAll(tensors);
  } finally {
    tf.dispose(tensors);
  }
}

export function createTfjsEngine(spec: EngineSpec, options: TfjsEngineOptions = {}): Engine {
  const mode = options.forwardMode ?? 'plain';
  const sizes = [...spec.sizes];
  const activations = [...spec.activations];
  let layers: LayerVariables[] = createLayerVariables(spec.params);
  let optimizer: OptimizerState = createOptimizerState(spec.optimizer, flattenVariables(layers));
  let train: DataTensors | null = null;
  let test: DataTensors | null = null;

  const evaluation = (s: StepSettings, forwardMode: ForwardMode = mode): EvaluationSettings => ({
    activations,
    regularization: s.regularization,
    lambda: s.lambda,
    mode: forwardMode,
  });

  /** One gradient step on examples [start, end) of the plan; call inside tf.tidy. */
  function gradientStep(data: DataTensors, plan: StepPlan, start: number, end: number, s: StepSettings): void {
    const batch = plan.indices ? gatherBatch(data, Uint32Array.from(plan.indices.subarray(start, end))) : data;
    const { caches } = forward(layers, batch.X, activations, mode);
    const grads = backward(caches, batch.Y, layers, s.regularization, s.lambda);
    applyOptimizerStep(optimizer, flattenVariables(layers), grads.flatMap((g) => [g.dW, g.db]), s.learningRate);
  }

  function runPlan(plan: StepPlan, s: StepSettings): tf.Tensor | null {
    const data = train;
    if (!data || plan.steps === 0) return null;
    const stacked = tf.tidy(() => {
      const costs: tf.Scalar[] = [];
      let start = 0;
      for (let k = 0; k < plan.steps; k++) {
        const end = plan.indices ? plan.batchEnds[k]! : data.m;
        gradientStep(data, plan, start, end, s);
        start = plan.indices ? end : 0;
        if (plan.epochEnds[k]) {
          const settings = evaluation(s);
          costs.push(costOf(layers, train, settings, true), costOf(layers, test, settings, false));
        }
      }
      return costs.length ? tf.stack(costs) : tf.zeros([0]);
    });
    if (stacked.size > 0) return stacked;
    stacked.dispose();
    return null;
  }

  /** dWˡ, dbˡ of J over the whole training set (the course's backward pass); call inside tf.tidy. */
  function fullBatchGradients(data: DataTensors, s: StepSettings): tf.Tensor[] {
    const { caches } = forward(layers, data.X, activations, 'plain');
    return backward(caches, data.Y, layers, s.regularization, s.lambda).flatMap((g) => [g.dW, g.db]);
  }

  const shapeOf = (l: number): { rows: number; cols: number } => ({ rows: sizes[l + 1]!, cols: sizes[l]! });

  return {
    kind: 'tfjs',
    setData(nextTrain, nextTest) {
      disposeData(train);
      disposeData(test);
      train = toTensors(nextTrain);
      test = toTensors(nextTest);
    },
    train(plan, s) {
      const costs = runPlan(plan, s);
      if (!costs) return Promise.resolve(new Float32Array(0));
      // The read starts now, so the tensor can go at once (webgl defers the disposal until it is read):
      // nothing is left behind if the engine is disposed before anyone awaits the costs.
      const values = costs.data<'float32'>();
      costs.dispose();
      return values.then((v) => new Float32Array(v));
    },
    async evaluate(request, s) {
      const hasGradients = train !== null && request.withGradients;
      const n0 = sizes[0]!;
      const tensors = tf.tidy(() => {
        const settings = evaluation(s);
        const trainMetrics = metricsOf(layers, train, settings, true);
        const testMetrics = metricsOf(layers, test, settings, false);
        const metrics = tf.stack([trainMetrics.cost, testMetrics.cost, trainMetrics.accuracy, testMetrics.accuracy]);
        const gradients = hasGradients && train ? fullBatchGradients(train, s) : [];
        const gridX = request.gridX;
        const grid = gridX ? forwardActivations(layers, tf.tensor2d(gridX, [n0, gridX.length / n0]), activations, mode) : [];
        return [metrics, ...gradients, ...grid];
      });
      const [metrics = new Float32Array(4), ...rest] = await readAndDispose(tensors);
      const gradientCount = hasGradients ? 2 * layers.length : 0;
      const [trainCost = NaN, testCost = NaN, trainAccuracy = NaN, testAccuracy = NaN] = metrics;
      const gradients = rest.slice(0, gradientCount);
      return {
        trainCost,
        testCost,
        trainAccuracy,
        testAccuracy,
        gradients: gradientCount ? layers.map((_, l) => ({ ...shapeOf(l), W: gradients[2 * l]!, b: gradients[2 * l + 1]! })) : [],
        layerGrids: rest.slice(gradientCount),
      };
    },
    async forward(X, N) {
      const tensors = tf.tidy(() =>
        forward(layers, tf.tensor2d(X, [sizes[0]!, N]), activations, 'plain').caches.flatMap((c) => [c.Z, c.A]),
      );
      const values = await readAndDispose(tensors);
      return layers.map((_, l) => ({ Z: values[2 * l]!, A: values[2 * l + 1]! }));
    },
    async gradients(X, Y, m, s) {
      const tensors = tf.tidy(() => {
        const { caches } = forward(layers, tf.tensor2d(X, [sizes[0]!, m]), activations, 'plain');
        const grads = backward(caches, tf.tensor2d(Y, [1, m]), layers, s.regularization, s.lambda);
        return grads.flatMap((g) => {
          const penalty = g.dWPenalty ?? tf.zerosLike(g.dW);
          return [g.dZ, tf.sub(g.dW, penalty), g.db, penalty];
        });
      });
      const values = await readAndDispose(tensors);
      return layers.map((_, l) => ({
        dZ: values[4 * l]!,
        dW: values[4 * l + 1]!,
        db: values[4 * l + 2]!,
        dWPenalty: values[4 * l + 3]!,
      }));
    },
    async costAt(settingsFlat, count, s) {
      const data = train;
      if (!data) return new Float32Array(count).fill(NaN);
      const costs = tf.tidy(() => {
        const out: tf.Scalar[] = [];
        for (let i = 0; i < count; i++) {
          const at: LayerTensors[] = paramsOfSetting(sizes, settingsFlat, i).map((p) => ({
            W: tf.tensor2d(p.W, [p.rows, p.cols]),
            b: tf.tensor2d(p.b, [p.rows, 1]),
          }));
          const all = forwardActivations(at, data.X, activations, 'plain');
          out.push(computeCost(all[all.length - 1]!, data.Y, at, s.regularization, s.lambda));
        }
        return tf.stack(out);
      });
      const [values = new Float32Array(count)] = await readAndDispose([costs]);
      return values;
    },
    async getParams(): Promise<LayerParams[]> {
      return toLayerParams(layers, await readAndDispose(tf.tidy(() => cloneLayerTensors(layers))));
    },
    setParams(params) {
      assignLayerParams(layers, params);
    },
    resetOptimizer(next: Optimizer) {
      disposeOptimizerState(optimizer);
      optimizer = createOptimizerState(next, flattenVariables(layers));
    },
    async getOptimizerState(): Promise<OptimizerCheckpoint | null> {
      const now = { optimizer: optimizer.optimizer, stepCount: optimizer.stepCount };
      return optimizerCheckpoint(now, await readAndDispose(tf.tidy(() => cloneOptimizerSlots(optimizer))));
    },
    setOptimizerState(checkpoint) {
      return restoreOptimizerState(optimizer, checkpoint);
    },
    stepCount: () => optimizer.stepCount,
    dispose() {
      disposeLayerVariables(layers);
      disposeOptimizerState(optimizer);
      disposeData(train);
      disposeData(test);
      layers = [];
      train = null;
      test = null;
    },
  };
}

/** The name of tfjs's current backend ('cpu', 'wasm', 'webgl', …). */
export function currentBackend(): string {
  return tf.getBackend();
}
