/**
 * The tfjs engine: the course's algorithm as TensorFlow.js ops (forward-backward.ts, optimizers.ts) on
 * whatever backend is current (webgl, wasm or cpu). Parameters and optimizer slots are tf.Variables it
 * owns; every result is read back into Float32Arrays before it leaves.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { Optimizer } from '../../math/optimizers';
import type { LayerParams, OptimizerCheckpoint } from '../../protocol';
import type { DataSplit, Engine, EngineSpec, StepPlan, StepSettings } from '../engine';
import { costOf, metricsOf } from './evaluate';
import { backward, computeCost, forward, type ForwardMode } from './forward-backward';
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

/**
 * One gradient step on examples [start, end) of the plan; call inside tf.tidy. With `isCostWanted`,
 * returns the train J (penalty included) from the step's own forward pass, at the parameters before
 * its update; else null.
 */
function gradientStep(
  model: TfjsModel,
  optimizer: OptimizerState,
  data: DataTensors,
  plan: StepPlan,
  start: number,
  end: number,
  s: StepSettings,
  isCostWanted: boolean,
): tf.Scalar | null {
  const batch = plan.indices ? gatherBatch(data, Uint32Array.from(plan.indices.subarray(start, end))) : data;
  const { caches, AL } = forward(model.layers, batch.X, model.activations, model.mode);
  // Ops run in order, so the cost reads Wˡ before the update below assigns new values.
  const cost = isCostWanted ? computeCost(AL, batch.Y, model.layers, s.regularization, s.lambda) : null;
  const grads = backward(caches, batch.Y, model.layers, s.regularization, s.lambda);
  applyOptimizerStep(optimizer, flattenVariables(model.layers), grads.flatMap((g) => [g.dW, g.db]), s.learningRate);
  return cost;
}

/** Values a plan leaves behind: [train J, test J] per completed epoch, then END_METRICS when `hasEndMetrics`. */
interface PlanResult {
  stacked: tf.Tensor;
  hasEndMetrics: boolean;
}

/** [train J, test J, train accuracy, test accuracy] at the parameters a plan ends with, as evaluate reports them. */
const END_METRICS = 4;

/**
 * The plan's steps in one tf.tidy. Each completed epoch records J at the parameters after its last step
 * (the course's J of that epoch). In full batch the train J after step k is taken from the forward pass
 * of step k + 1 (the same parameters and examples, so the same number), which saves a third of the
 * work; when the plan ends on an epoch, the metrics at its final parameters come from one forward pass
 * per split, which the next evaluate reuses while nothing changes (see createTfjsEngine).
 */
function runPlan(model: TfjsModel, optimizer: OptimizerState, plan: StepPlan, s: StepSettings): PlanResult | null {
  const data = model.train;
  if (!data || plan.steps === 0) return null;
  const hasEndMetrics = plan.epochEnds[plan.steps - 1] !== 0;
  const stacked = tf.tidy(() => {
    const settings = evaluationSettings(model, s);
    const costs: (tf.Scalar | null)[] = [];
    const endMetrics: tf.Scalar[] = [];
    /** Index in costs of the train J that the next full-batch forward pass supplies, or −1. */
    let pending = -1;
    let start = 0;
    for (let k = 0; k < plan.steps; k++) {
      const end = plan.indices ? plan.batchEnds[k]! : data.m;
      const cost = gradientStep(model, optimizer, data, plan, start, end, s, pending >= 0);
      if (cost) costs[pending] = cost;
      pending = -1;
      start = plan.indices ? end : 0;
      if (!plan.epochEnds[k]) continue;
      if (k + 1 === plan.steps) {
        const train = metricsOf(model.layers, model.train, settings, true);
        const test = metricsOf(model.layers, model.test, settings, false);
        costs.push(train.cost, test.cost);
        endMetrics.push(train.cost, test.cost, train.accuracy, test.accuracy);
      } else if (!plan.indices) {
        pending = costs.length;
        costs.push(null, costOf(model.layers, model.test, settings, false));
      } else {
        costs.push(costOf(model.layers, model.train, settings, true), costOf(model.layers, model.test, settings, false));
      }
    }
    const all = [...costs, ...endMetrics].map((c) => c ?? tf.scalar(NaN));
    return all.length ? tf.stack(all) : tf.zeros([0]);
  });
  return { stacked, hasEndMetrics };
}

/** The train and test metrics a plan ended with, valid while the parameters, data and settings stay. */
interface KnownMetrics {
  version: number;
  regularization: StepSettings['regularization'];
  lambda: number;
  values: Promise<Float32Array>;
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
  /** Bumped whenever the parameters or the data change. */
  let version = 0;
  let known: KnownMetrics | null = null;

  return {
    kind: 'tfjs',
    setData(nextTrain, nextTest) {
      version += 1;
      disposeData(model.train);
      disposeData(model.test);
      model.train = toTensors(nextTrain);
      model.test = toTensors(nextTest);
    },
    train(plan, s) {
      version += 1;
      known = null;
      const result = runPlan(model, optimizer, plan, s);
      if (!result) return Promise.resolve(new Float32Array(0));
      // The read starts now, so the tensor can go at once (webgl defers the disposal until it is read):
      // nothing is left behind if the engine is disposed before anyone awaits the costs.
      const values = result.stacked.data<'float32'>().then((v) => new Float32Array(v));
      result.stacked.dispose();
      if (!result.hasEndMetrics) return values;
      const { regularization, lambda } = s;
      known = { version, regularization, lambda, values: values.then((v) => v.slice(v.length - END_METRICS)) };
      return values.then((v) => v.slice(0, v.length - END_METRICS));
    },
    evaluate(request, s) {
      const k = known;
      const isKnown = k !== null && k.version === version && k.regularization === s.regularization && k.lambda === s.lambda;
      return evaluateModel(model, request, s, isKnown ? k.values : null);
    },
    forward: (X, N) => forwardWithCache(model, X, N),
    gradients: (X, Y, m, s) => exampleGradients(model, X, Y, m, s),
    costAt: (settingsFlat, count, s) => costsAt(model, settingsFlat, count, s),
    async getParams(): Promise<LayerParams[]> {
      return toLayerParams(model.layers, await readAndDispose(tf.tidy(() => cloneLayerTensors(model.layers))));
    },
    setParams(params) {
      version += 1;
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
      version += 1;
      known = null;
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
