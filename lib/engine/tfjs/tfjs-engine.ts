/**
 * The tfjs engine: the course's algorithm as TensorFlow.js ops (forward-backward.ts, optimizers.ts) on
 * whatever backend is current (webgl, wasm or cpu). Parameters and optimizer slots are tf.Variables it
 * owns; every result is read back into Float32Arrays before it leaves.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { Optimizer } from '../../math/optimizers';
import type { LayerParams, OptimizerCheckpoint } from '../../protocol';
import type { DataSplit, Engine, EngineSpec, StepPlan, StepSettings } from '../engine';
import { costOf } from './evaluate';
import { backward, forward, type ForwardMode } from './forward-backward';
import {
  assignLayerParams,
  cloneLayerTensors,
  createLayerVariables,
  disposeLayerVariables,
  flattenVariables,
  toLayerParams,
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
import { costsAt, evaluateModel, evaluationSettings, exampleGradients, forwardWithCache, readAndDispose, type TfjsModel } from './queries';
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

/** One gradient step on examples [start, end) of the plan; call inside tf.tidy. */
function gradientStep(model: TfjsModel, optimizer: OptimizerState, data: DataTensors, plan: StepPlan, start: number, end: number, s: StepSettings): void {
  const batch = plan.indices ? gatherBatch(data, Uint32Array.from(plan.indices.subarray(start, end))) : data;
  const { caches } = forward(model.layers, batch.X, model.activations, model.mode);
  const grads = backward(caches, batch.Y, model.layers, s.regularization, s.lambda);
  applyOptimizerStep(optimizer, flattenVariables(model.layers), grads.flatMap((g) => [g.dW, g.db]), s.learningRate);
}

/** The plan's steps in one tf.tidy; the stacked [train J, test J] of each completed epoch, or null for none. */
function runPlan(model: TfjsModel, optimizer: OptimizerState, plan: StepPlan, s: StepSettings): tf.Tensor | null {
  const data = model.train;
  if (!data || plan.steps === 0) return null;
  const stacked = tf.tidy(() => {
    const costs: tf.Scalar[] = [];
    let start = 0;
    for (let k = 0; k < plan.steps; k++) {
      const end = plan.indices ? plan.batchEnds[k]! : data.m;
      gradientStep(model, optimizer, data, plan, start, end, s);
      start = plan.indices ? end : 0;
      if (plan.epochEnds[k]) {
        const settings = evaluationSettings(model, s);
        costs.push(costOf(model.layers, model.train, settings, true), costOf(model.layers, model.test, settings, false));
      }
    }
    return costs.length ? tf.stack(costs) : tf.zeros([0]);
  });
  if (stacked.size > 0) return stacked;
  stacked.dispose();
  return null;
}

export function createTfjsEngine(spec: EngineSpec, options: TfjsEngineOptions = {}): Engine {
  const model: TfjsModel = {
    sizes: [...spec.sizes],
    activations: [...spec.activations],
    mode: options.forwardMode ?? 'plain',
    layers: createLayerVariables(spec.params),
    train: null,
    test: null,
  };
  let optimizer: OptimizerState = createOptimizerState(spec.optimizer, flattenVariables(model.layers));

  return {
    kind: 'tfjs',
    setData(nextTrain, nextTest) {
      disposeData(model.train);
      disposeData(model.test);
      model.train = toTensors(nextTrain);
      model.test = toTensors(nextTest);
    },
    train(plan, s) {
      const costs = runPlan(model, optimizer, plan, s);
      if (!costs) return Promise.resolve(new Float32Array(0));
      // The read starts now, so the tensor can go at once (webgl defers the disposal until it is read):
      // nothing is left behind if the engine is disposed before anyone awaits the costs.
      const values = costs.data<'float32'>();
      costs.dispose();
      return values.then((v) => new Float32Array(v));
    },
    evaluate: (request, s) => evaluateModel(model, request, s),
    forward: (X, N) => forwardWithCache(model, X, N),
    gradients: (X, Y, m, s) => exampleGradients(model, X, Y, m, s),
    costAt: (settingsFlat, count, s) => costsAt(model, settingsFlat, count, s),
    async getParams(): Promise<LayerParams[]> {
      return toLayerParams(model.layers, await readAndDispose(tf.tidy(() => cloneLayerTensors(model.layers))));
    },
    setParams(params) {
      assignLayerParams(model.layers, params);
    },
    resetOptimizer(next: Optimizer) {
      disposeOptimizerState(optimizer);
      optimizer = createOptimizerState(next, flattenVariables(model.layers));
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
      disposeLayerVariables(model.layers);
      disposeOptimizerState(optimizer);
      disposeData(model.train);
      disposeData(model.test);
      model.layers = [];
      model.train = null;
      model.test = null;
    },
  };
}

/** The name of tfjs's current backend ('cpu', 'wasm', 'webgl', …). */
export function currentBackend(): string {
  return tf.getBackend();
}
