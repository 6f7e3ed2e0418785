import * as tf from '@tensorflow/tfjs-core';
import type {
  BackendName,
  CostPoint,
  EngineKind,
  LabeledPoint,
  LayerParams,
  NetworkSpec,
  OptimizerCheckpoint,
  TrainConfig,
  TrainerNotice,
  TrainingProgress,
  TrainingSnapshot,
} from '../protocol';
import { createPlanBuffers, isFullBatch, planSteps, type BatchCursor } from './batch-plan';
import { costOf, metricsOf, type EvaluationSettings } from './evaluate';
import { backward, forward, type ForwardMode } from './forward-backward';
import { gridActivationTensors, readAll } from './grid';
import { hasFusedKernel, runFusedSteps } from './fused-kernel';
import { createHostEvaluator, evaluateWithCore, type HostEvaluator } from './host-evaluation';
import { initialParams } from './init';
import {
  assignLayerParams,
  cloneLayerTensors,
  createLayerVariables,
  disposeLayerVariables,
  flattenVariables,
  toLayerParams,
  type LayerVariables,
} from './layer-variables';
import { layerActivations, layerSizes } from './network';
import {
  applyOptimizerStep,
  cloneOptimizerSlots,
  createOptimizerState,
  disposeOptimizerState,
  optimizerCheckpoint,
  restoreOptimizerState,
  type OptimizerState,
} from './optimizers';
import {
  disposeData,
  gatherBatch,
  splitTensors,
  stepsPerEpoch,
  type DataTensors,
} from './training-data';

export interface TrainBudget {
  /** Upper bound on gradient steps in this call. */
  maxSteps: number;
  /** Stop starting new chunks of steps once now() ≥ deadlineMs. */
  deadlineMs?: number;
  now?: () => number;
  /** Stop once this many epochs are complete (at the epoch boundary). */
  stopAtEpoch?: number;
}

export interface TrainResult {
  steps: number;
  epochsCompleted: number;
}

/** The parts of a snapshot only the caller knows. A diverged snapshot never says isTraining. */
export interface TrainerStatus {
  isTraining: boolean;
  stepsPerSecond: number;
  epochsPerSecond: number;
  /** The version of the points the snapshot reflects (setPoints'); 0 when absent. */
  pointsVersion?: number;
  notice?: TrainerNotice;
}

/** The engine to train with on a backend (until the engine is chosen per workload by measurement). */
export function preferredEngine(backend: string): EngineKind {
  return hasFusedKernel(backend) ? 'js' : 'tfjs';
}

export type GridEngine = 'core' | 'tfjs';

/**
 * The grid pass defaults to 'core'. Measured in Node (100 × 100 grid, cpu time, shared 2-core machine):
 * 4-2 / 8-8 / 6 × 8 tanh took 2.6–2.9 / 7.2–7.6 / 22–23 ms in the core, 2.9–4.9 / 8.5–12 / 22–23 ms with
 * tfjs on wasm and 18–29 / 55–56 / 134–147 ms with tfjs on cpu.
 */

export interface TrainerOptions {
  spec: NetworkSpec;
  trainConfig: TrainConfig;
  points?: readonly LabeledPoint[];
  forwardMode?: ForwardMode;
  /** Defaults to preferredEngine(tf.getBackend()). */
  engine?: EngineKind;
  /**
   * On the 'fused' path, where the snapshot's grid pass runs: 'core' (JavaScript, fused-core.ts) or
   * 'tfjs' (one batched tfjs forward pass). Defaults to 'core'.
   */
  gridEngine?: GridEngine;
  /** Reported in snapshots; defaults to tf.getBackend(). */
  backend?: BackendName;
}

export interface Trainer {
  setNetwork(spec: NetworkSpec): void;
  setTrainConfig(config: TrainConfig): void;
  setPoints(points: readonly LabeledPoint[]): void;
  reset(): void;
  train(budget: TrainBudget): TrainResult;
  /** With `withGradients` false the snapshot's gradients are empty (a backward pass over every point saved). */
  snapshot(gridSize: number, status?: TrainerStatus, withGradients?: boolean): Promise<TrainingSnapshot>;
  getParams(): Promise<LayerParams[]>;
  /**
   * Replaces the weights. The optimizer starts afresh unless `optimizerState` (from a snapshot of the
   * same weights) fits the current optimizer and network; then it goes on from that state.
   */
  setParams(params: readonly LayerParams[], optimizerState?: OptimizerCheckpoint): void;
  /**
   * Continues the count of an earlier trainer (a restarted worker, another backend): the epoch, steps and
   * run id given, at the start of an epoch; costs not yet published are dropped. Weights are unchanged.
   */
  restoreProgress(progress: TrainingProgress): void;
  /** runId, completed epochs, steps since the last reset, and steps in one epoch (0 without training points). */
  progress(): { runId: number; epoch: number; step: number; stepsPerEpoch: number };
  dispose(): void;
}

/** Steps per tf.tidy chunk on the 'ops' path; the clock is checked between chunks. */
const MAX_STEPS_PER_CHUNK = 50;
/** Bounds of one fused kernel call: steps, and examples visited (the plan holds one index per example). */
const MAX_FUSED_STEPS_PER_CHUNK = 20_000;
const MAX_FUSED_EXAMPLES_PER_CHUNK = 1 << 17;

const IDLE: TrainerStatus = { isTraining: false, stepsPerSecond: 0, epochsPerSecond: 0 };

export function createTrainer(options: TrainerOptions): Trainer {
  const mode = options.forwardMode ?? 'plain';
  const path = (options.engine ?? preferredEngine(tf.getBackend())) === 'js' ? 'fused' : 'ops';
  const gridEngine = options.gridEngine ?? 'core';
  let spec = options.spec;
  let config = options.trainConfig;
  let points: readonly LabeledPoint[] = options.points ?? [];
  let runId = 0;
  let step = 0;
  /** Completed epochs, examples visited in the current one, and its order. */
  const cursor: BatchCursor = { epoch: 0, position: 0, order: null };
  const planBuffers = createPlanBuffers();
  let layers: LayerVariables[] = createLayerVariables(initialParams(spec));
  let optimizer: OptimizerState = createOptimizerState(config.optimizer, flattenVariables(layers));
  let trainData: DataTensors | null = null;
  /** The same data and scratch space as plain arrays, for the fused core's snapshot figures. */
  let host: HostEvaluator = createHostEvaluator(spec, points);
  let testData: DataTensors | null = null;
  /** [train J, test J] for every epoch completed since the last snapshot, read only by snapshot(). */
  let pendingCosts: tf.Tensor1D = tf.zeros([0]);
  let pendingEpochs: number[] = [];
  let msPerStep = 1;

  const settings = (): EvaluationSettings => ({
    activations: layerActivations(spec),
    regularization: config.regularization,
    lambda: config.lambda,
    mode,
  });

  function rebuildData(): void {
    disposeData(trainData);
    disposeData(testData);
    trainData = splitTensors(points, spec.features, 'train');
    testData = splitTensors(points, spec.features, 'test');
    host = createHostEvaluator(spec, points);
    cursor.position = 0;
    cursor.order = null;
  }

  function resetOptimizer(): void {
    disposeOptimizerState(optimizer);
    optimizer = createOptimizerState(config.optimizer, flattenVariables(layers));
  }

  function clearPendingCosts(): void {
    pendingCosts.dispose();
    pendingCosts = tf.zeros([0]);
    pendingEpochs = [];
  }

  function reinitialise(): void {
    disposeLayerVariables(layers);
    layers = createLayerVariables(initialParams(spec));
    resetOptimizer();
    runId += 1;
    cursor.epoch = 0;
    cursor.position = 0;
    cursor.order = null;
    step = 0;
    clearPendingCosts();
  }

  /** The next minibatch (or the whole set), advancing position; call inside tf.tidy. */
  function nextBatch(data: DataTensors): { X: tf.Tensor2D; Y: tf.Tensor2D } {
    const plan = planSteps(cursor, data.m, config.batchSize, config.seed, 1, Infinity, planBuffers);
    if (!plan.indices) return data;
    return gatherBatch(data, Uint32Array.from(plan.indices));
  }

  /** Costs after the epoch just completed, appended to pendingCosts; call inside tf.tidy. */
  function recordEpochCosts(): void {
    const s = settings();
    const costs = tf.stack([costOf(layers, trainData, s, true), costOf(layers, testData, s, false)]);
    const next = tf.keep(tf.concat([pendingCosts, costs]) as tf.Tensor1D);
    pendingCosts.dispose();
    pendingCosts = next;
    pendingEpochs.push(cursor.epoch);
  }

  /** One gradient step: forward, explicit backward, optimizer update; call inside tf.tidy. */
  function gradientStep(data: DataTensors): void {
    const startEpoch = cursor.epoch;
    const batch = nextBatch(data);
    const { caches } = forward(layers, batch.X, layerActivations(spec), mode);
    const grads = backward(caches, batch.Y, layers, config.regularization, config.lambda);
    applyOptimizerStep(
      optimizer,
      flattenVariables(layers),
      grads.flatMap((g) => [g.dW, g.db]),
      config.learningRate,
    );
    step += 1;
    if (cursor.epoch > startEpoch) recordEpochCosts();
  }

  /** Up to `count` steps in one tf.tidy, stopping early at stopAtEpoch. */
  function runOpsChunk(data: DataTensors, count: number, stopAtEpoch: number): TrainResult {
    const startEpoch = cursor.epoch;
    let steps = 0;
    tf.tidy(() => {
      while (steps < count && cursor.epoch < stopAtEpoch) {
        gradientStep(data);
        steps += 1;
      }
    });
    return { steps, epochsCompleted: cursor.epoch - startEpoch };
  }

  /** Up to `count` steps in one call of the fused kernel, stopping early at stopAtEpoch. */
  function runFusedChunk(data: DataTensors, count: number, stopAtEpoch: number): TrainResult {
    const startEpoch = cursor.epoch;
    let steps = 0;
    tf.tidy(() => {
      const plan = planSteps(cursor, data.m, config.batchSize, config.seed, count, stopAtEpoch, planBuffers);
      steps = plan.steps;
      if (steps === 0) return;
      const variables = flattenVariables(layers);
      const result = runFusedSteps({
        params: variables,
        slots: optimizer.slots,
        train: data,
        test: testData,
        plan,
        sizes: layerSizes(spec),
        activations: layerActivations(spec),
        optimizer: optimizer.optimizer,
        learningRate: config.learningRate,
        regularization: config.regularization,
        lambda: config.lambda,
        t: optimizer.t,
      });
      variables.forEach((v, i) => v.assign(result.params[i]!));
      optimizer.slots.forEach((slots, p) => slots.forEach((s, k) => s.assign(result.slots[p]![k]!)));
      optimizer.t += steps;
      step += steps;
      let epochNumber = startEpoch;
      for (let k = 0; k < steps; k++) if (plan.epochEnds[k]) pendingEpochs.push(++epochNumber);
      if (result.costs.size > 0) {
        const next = tf.keep(tf.concat([pendingCosts, result.costs]));
        pendingCosts.dispose();
        pendingCosts = next;
      }
    });
    return { steps, epochsCompleted: cursor.epoch - startEpoch };
  }

  function runChunk(data: DataTensors, count: number, stopAtEpoch: number): TrainResult {
    return path === 'fused' ? runFusedChunk(data, count, stopAtEpoch) : runOpsChunk(data, count, stopAtEpoch);
  }

  function maxChunkSize(m: number): number {
    if (path === 'ops') return MAX_STEPS_PER_CHUNK;
    const examplesPerStep = isFullBatch(m, config.batchSize) ? m : Math.max(1, Math.floor(config.batchSize as number));
    return Math.max(1, Math.min(MAX_FUSED_STEPS_PER_CHUNK, Math.floor(MAX_FUSED_EXAMPLES_PER_CHUNK / examplesPerStep)));
  }

  function chunkSize(budget: TrainBudget, stepsLeft: number, now: () => number, m: number): number {
    let size = Math.min(stepsLeft, maxChunkSize(m));
    if (budget.deadlineMs !== undefined) {
      const msLeft = budget.deadlineMs - now();
      size = Math.min(size, Math.max(1, Math.floor(msLeft / msPerStep)));
    }
    return size;
  }

  function train(budget: TrainBudget): TrainResult {
    const data = trainData;
    const total: TrainResult = { steps: 0, epochsCompleted: 0 };
    if (!data) return total;
    const now = budget.now ?? (() => performance.now());
    const stopAtEpoch = budget.stopAtEpoch ?? Infinity;
    while (total.steps < budget.maxSteps && cursor.epoch < stopAtEpoch) {
      if (budget.deadlineMs !== undefined && now() >= budget.deadlineMs) break;
      const size = chunkSize(budget, budget.maxSteps - total.steps, now, data.m);
      const startMs = now();
      const done = runChunk(data, size, stopAtEpoch);
      if (done.steps > 0) msPerStep = 0.7 * msPerStep + (0.3 * Math.max(now() - startMs, 0)) / done.steps;
      total.steps += done.steps;
      total.epochsCompleted += done.epochsCompleted;
    }
    return total;
  }

  /** dWˡ, dbˡ of J over the whole training set at the current parameters (the course's backward pass). */
  function fullBatchGradients(s: EvaluationSettings): tf.Tensor[] {
    if (!trainData) return [];
    const { caches } = forward(layers, trainData.X, s.activations, 'plain');
    return backward(caches, trainData.Y, layers, s.regularization, s.lambda).flatMap((g) => [g.dW, g.db]);
  }

  /**
   * The snapshot's figures from the fused core: the parameters are read once, then costs, accuracy,
   * full-batch gradients and the grid are computed in JavaScript (cheaper than ≈ 60 tfjs ops on cpu/wasm).
   */
  async function coreSnapshot(gridSize: number, withGradients: boolean): Promise<Omit<TrainingSnapshot, keyof TrainerStatus | 'runId' | 'epoch' | 'step' | 'pointsVersion'>> {
    const costEpochs = pendingEpochs;
    const costs = pendingCosts;
    pendingCosts = tf.zeros([0]);
    pendingEpochs = [];
    const isGridOnTfjs = gridEngine === 'tfjs';
    const optimizerNow = { optimizer: optimizer.optimizer, t: optimizer.t };
    const slotCount = optimizer.slots.flat().length;
    const tensors = [
      costs,
      ...tf.tidy(() => [
        ...cloneLayerTensors(layers),
        ...(isGridOnTfjs ? gridActivationTensors(layers, layerActivations(spec), spec.features, gridSize, mode) : []),
        ...cloneOptimizerSlots(optimizer),
      ]),
    ];
    const values = await readAll(tensors);
    tf.dispose(tensors);
    const [costValues = new Float32Array(0), ...read] = values;
    const rest = read.slice(0, read.length - slotCount);
    const params = toLayerParams(layers, rest.slice(0, 2 * layers.length));
    const optimizerState = optimizerCheckpoint(optimizerNow, read.slice(read.length - slotCount));
    const evaluation = evaluateWithCore(host, params, isGridOnTfjs ? 0 : gridSize, config, withGradients);
    return {
      ...evaluation,
      layerGrids: isGridOnTfjs ? rest.slice(2 * layers.length) : evaluation.layerGrids,
      hasDiverged: host.train !== null && !Number.isFinite(evaluation.trainCost),
      backend: options.backend ?? (tf.getBackend() as BackendName),
      engine: 'js',
      newCosts: costEpochs.map(
        (e, i): CostPoint => ({ epoch: e, trainCost: costValues[2 * i] ?? NaN, testCost: costValues[2 * i + 1] ?? NaN }),
      ),
      gridSize,
      params,
      ...(optimizerState ? { optimizerState } : {}),
    };
  }

  async function snapshot(gridSize: number, status: TrainerStatus = IDLE, withGradients = true): Promise<TrainingSnapshot> {
    const built = await buildSnapshot(gridSize, status, withGradients);
    return { ...built, isTraining: built.isTraining && !built.hasDiverged };
  }

  async function buildSnapshot(gridSize: number, status: TrainerStatus, withGradients: boolean): Promise<TrainingSnapshot> {
    const header = { runId, epoch: cursor.epoch, step, pointsVersion: 0 };
    if (path === 'fused') return { ...header, ...status, ...(await coreSnapshot(gridSize, withGradients)) };
    const costEpochs = pendingEpochs;
    const costs = pendingCosts;
    pendingCosts = tf.zeros([0]);
    pendingEpochs = [];
    const s = settings();
    // Counted before the await: setPoints may replace the training data while the values are read.
    const hasTrainData = trainData !== null;
    const hasGradients = hasTrainData && withGradients;
    const optimizerNow = { optimizer: optimizer.optimizer, t: optimizer.t };
    const slotCount = optimizer.slots.flat().length;
    const tensors = tf.tidy(() => {
      const train = metricsOf(layers, trainData, s, true);
      const test = metricsOf(layers, testData, s, false);
      const metrics = tf.stack([train.cost, test.cost, train.accuracy, test.accuracy]);
      const grid = gridActivationTensors(layers, s.activations, spec.features, gridSize, mode);
      return [metrics, costs, ...cloneLayerTensors(layers), ...(hasGradients ? fullBatchGradients(s) : []), ...cloneOptimizerSlots(optimizer), ...grid];
    });
    const values = await readAll(tensors);
    tf.dispose(tensors);
    const [metrics = new Float32Array(4), costValues = new Float32Array(0)] = values;
    const paramCount = 2 * layers.length;
    const gradientCount = hasGradients ? paramCount : 0;
    const slotsFrom = 2 + paramCount + gradientCount;
    const optimizerState = optimizerCheckpoint(optimizerNow, values.slice(slotsFrom, slotsFrom + slotCount));
    const [trainCost = NaN, testCost = NaN, trainAccuracy = NaN, testAccuracy = NaN] = metrics;
    return {
      ...header,
      ...status,
      hasDiverged: hasTrainData && !Number.isFinite(trainCost),
      trainCost,
      testCost,
      trainAccuracy,
      testAccuracy,
      backend: options.backend ?? (tf.getBackend() as BackendName),
      engine: 'tfjs',
      newCosts: costEpochs.map(
        (e, i): CostPoint => ({ epoch: e, trainCost: costValues[2 * i] ?? NaN, testCost: costValues[2 * i + 1] ?? NaN }),
      ),
      gridSize,
      layerGrids: values.slice(slotsFrom + slotCount),
      params: toLayerParams(layers, values.slice(2, 2 + paramCount)),
      gradients: gradientCount ? toLayerParams(layers, values.slice(2 + paramCount, 2 + paramCount + gradientCount)) : [],
      ...(optimizerState ? { optimizerState } : {}),
    };
  }

  async function getParams(): Promise<LayerParams[]> {
    const tensors = tf.tidy(() => cloneLayerTensors(layers));
    const values = await readAll(tensors);
    tf.dispose(tensors);
    return toLayerParams(layers, values);
  }

  rebuildData();

  return {
    setNetwork(next) {
      spec = next;
      reinitialise();
      rebuildData();
    },
    setTrainConfig(next) {
      const isNewOptimizer = next.optimizer !== config.optimizer;
      config = next;
      if (isNewOptimizer) resetOptimizer();
    },
    setPoints(next) {
      points = next;
      rebuildData();
    },
    reset: reinitialise,
    train,
    snapshot,
    getParams,
    setParams(params, optimizerState) {
      assignLayerParams(layers, params);
      resetOptimizer();
      if (optimizerState) restoreOptimizerState(optimizer, optimizerState);
    },
    restoreProgress(progress) {
      runId = progress.runId;
      step = progress.step;
      cursor.epoch = progress.epoch;
      cursor.position = 0;
      cursor.order = null;
      clearPendingCosts();
    },
    progress: () => ({ runId, epoch: cursor.epoch, step, stepsPerEpoch: stepsPerEpoch(trainData?.m ?? 0, config.batchSize) }),
    dispose() {
      disposeLayerVariables(layers);
      disposeOptimizerState(optimizer);
      disposeData(trainData);
      disposeData(testData);
      pendingCosts.dispose();
    },
  };
}
