/**
 * The training session, whatever engine runs it: the batch cursor, the run id, the step count, the
 * costs of epochs not yet published, and the one place a snapshot is built. The maths is the
 * engine's (lib/engine); this module never sees a tensor.
 */
import { createEngine } from '../engine/create-engine';
import type { DataSplit, Engine, Evaluation, StepSettings } from '../engine/engine';
import { currentBackend } from '../engine/tfjs/tfjs-engine';
import type {
  BackendName,
  EngineKind,
  LabeledPoint,
  LayerParams,
  OptimizerCheckpoint,
  StepChoice,
  TrainingProgress,
  TrainingSnapshot,
} from '../protocol';
import { createPlanBuffers, isFullBatch, planSteps, stepsPerEpoch, type BatchCursor } from './batch-plan';
import { initialParams } from './init';
import { layerActivations, layerSizes, paramsFitNetwork } from './network';
import { gridFeatures, newCostsOf, sampleColumns, splitOf, type PendingCosts } from './session-data';
import { networkHealth } from '../diagnostics/health';
import { allIndices, applyParamEdit, nextBatchOf, singleStepPlan, traceOf, validIndices } from './step-trace';
import type { Trainer, TrainBudget, TrainerOptions, TrainerStatus, TrainResult } from './trainer-types';

export type { EngineKinds, Trainer, TrainBudget, TrainerOptions, TrainerStatus, TrainResult } from './trainer-types';

/** The engine to train with on a backend (until the engine is chosen per workload by measurement). */
export function preferredEngine(backend: string): EngineKind {
  return backend === 'cpu' || backend === 'wasm' ? 'js' : 'tfjs';
}


/** Bounds of one engine call: steps on 'tfjs' (one tf.tidy), steps and examples visited on 'js'. */
const MAX_TFJS_STEPS_PER_CHUNK = 50;
const MAX_JS_STEPS_PER_CHUNK = 20_000;
const MAX_JS_EXAMPLES_PER_CHUNK = 1 << 17;

const IDLE: TrainerStatus = { isTraining: false, stepsPerSecond: 0, epochsPerSecond: 0 };

export function createTrainer(options: TrainerOptions): Trainer {
  let kind = options.engine ?? preferredEngine(currentBackend());
  let spec = options.spec;
  let config = options.trainConfig;
  let points: readonly LabeledPoint[] = options.points ?? [];
  let runId = 0;
  let step = 0;
  const cursor: BatchCursor = { epoch: 0, position: 0, order: null };
  const planBuffers = createPlanBuffers();
  let engine: Engine = newEngine(kind);
  let gridKind = options.gridEngine !== undefined && options.gridEngine !== kind ? options.gridEngine : null;
  let gridEngine: Engine | null = gridKind ? newEngine(gridKind) : null;
  let trainCount = 0;
  let trainSplit: DataSplit | null = null;
  let pending: PendingCosts[] = [];
  let gridInput: { gridSize: number; X: Float32Array } | null = null;
  let msPerStep = 1;

  function newEngine(engineKind: EngineKind): Engine {
    const engineSpec = { sizes: layerSizes(spec), activations: layerActivations(spec), params: initialParams(spec), optimizer: config.optimizer };
    return createEngine(engineKind, engineSpec, { forwardMode: options.forwardMode ?? 'plain' });
  }

  const settings = (): StepSettings => ({ learningRate: config.learningRate, regularization: config.regularization, lambda: config.lambda });

  function rebuildData(): void {
    const train = splitOf(points, spec, 'train');
    trainSplit = train;
    engine.setData(train, splitOf(points, spec, 'test'));
    trainCount = train?.m ?? 0;
    gridInput = null;
    cursor.position = 0;
    cursor.order = null;
  }

  function restartCount(): void {
    runId += 1;
    cursor.epoch = 0;
    cursor.position = 0;
    cursor.order = null;
    step = 0;
    pending = [];
  }

  function maxChunkSize(): number {
    if (engine.kind === 'tfjs') return MAX_TFJS_STEPS_PER_CHUNK;
    const examplesPerStep = isFullBatch(trainCount, config.batchSize) ? trainCount : Math.max(1, Math.floor(config.batchSize as number));
    return Math.max(1, Math.min(MAX_JS_STEPS_PER_CHUNK, Math.floor(MAX_JS_EXAMPLES_PER_CHUNK / examplesPerStep)));
  }

  /** Up to `count` steps in one engine call, stopping early at stopAtEpoch. */
  function runChunk(count: number, stopAtEpoch: number): TrainResult {
    const startEpoch = cursor.epoch;
    const plan = planSteps(cursor, trainCount, config.batchSize, config.seed, count, stopAtEpoch, planBuffers);
    if (plan.steps === 0) return { steps: 0, epochsCompleted: 0 };
    const epochs: number[] = [];
    let epochNumber = startEpoch;
    for (let k = 0; k < plan.steps; k++) if (plan.epochEnds[k]) epochs.push(++epochNumber);
    const costs = engine.train(plan, settings());
    if (epochs.length) pending.push({ epochs, costs });
    step += plan.steps;
    return { steps: plan.steps, epochsCompleted: cursor.epoch - startEpoch };
  }

  function train(budget: TrainBudget): TrainResult {
    const total: TrainResult = { steps: 0, epochsCompleted: 0 };
    if (trainCount === 0) return total;
    const now = budget.now ?? (() => performance.now());
    const stopAtEpoch = budget.stopAtEpoch ?? Infinity;
    while (total.steps < budget.maxSteps && cursor.epoch < stopAtEpoch) {
      if (budget.deadlineMs !== undefined && now() >= budget.deadlineMs) break;
      let size = Math.min(budget.maxSteps - total.steps, maxChunkSize());
      if (budget.deadlineMs !== undefined) size = Math.min(size, Math.max(1, Math.floor((budget.deadlineMs - now()) / msPerStep)));
      const startMs = now();
      const done = runChunk(size, stopAtEpoch);
      if (done.steps > 0) msPerStep = 0.7 * msPerStep + (0.3 * Math.max(now() - startMs, 0)) / done.steps;
      total.steps += done.steps;
      total.epochsCompleted += done.epochsCompleted;
    }
    return total;
  }

  function gridInputOf(gridSize: number): Float32Array | null {
    if (gridSize <= 0) return null;
    if (gridInput?.gridSize !== gridSize) gridInput = { gridSize, X: gridFeatures(gridSize, spec.features) };
    return gridInput.X;
  }

  /** Every layer's activations over the grid: on the grid engine, when there is one, at the training engine's weights. */
  async function gridOf(gridX: Float32Array | null, evaluated: Promise<Evaluation>, params: Promise<LayerParams[]>): Promise<Float32Array[]> {
    if (!gridEngine || !gridX) return (await evaluated).layerGrids;
    gridEngine.setParams(await params);
    return (await gridEngine.evaluate({ gridX, withGradients: false }, settings())).layerGrids;
  }

  async function snapshot(gridSize: number, status: TrainerStatus = IDLE, withGradients = true): Promise<TrainingSnapshot> {
    const header = { runId, epoch: cursor.epoch, step, pointsVersion: 0 };
    const taken = pending;
    pending = [];
    // Read before the awaits: setPoints may replace the training data while the values are read.
    const hasTrainData = trainCount > 0;
    const gridX = gridInputOf(gridSize);
    const evaluated = engine.evaluate({ gridX: gridEngine ? null : gridX, withGradients }, settings());
    const paramsRead = engine.getParams();
    const [evaluation, params, optimizerState, newCosts, layerGrids] = await Promise.all([
      evaluated,
      paramsRead,
      engine.getOptimizerState(),
      newCostsOf(taken),
      gridOf(gridX, evaluated, paramsRead),
    ]);
    const hasDiverged = hasTrainData && !Number.isFinite(evaluation.trainCost);
    return {
      ...header,
      ...status,
      isTraining: status.isTraining && !hasDiverged,
      hasDiverged,
      trainCost: evaluation.trainCost,
      testCost: evaluation.testCost,
      trainAccuracy: evaluation.trainAccuracy,
      testAccuracy: evaluation.testAccuracy,
      backend: options.backend ?? (currentBackend() as BackendName),
      engine: engine.kind,
      gridEngine: gridEngine?.kind ?? engine.kind,
      newCosts,
      gridSize,
      layerGrids,
      params,
      gradients: evaluation.gradients,
      ...(optimizerState ? { optimizerState } : {}),
    };
  }

  function indicesOf(choice: StepChoice): Int32Array {
    if (choice.kind === 'batch') return nextBatchOf(cursor, trainCount, config.batchSize, config.seed);
    return choice.kind === 'full' ? allIndices(trainCount) : validIndices(choice.trainIndices, trainCount);
  }

  function restoreProgress(progress: TrainingProgress): void {
    runId = progress.runId;
    step = progress.step;
    cursor.epoch = progress.epoch;
    cursor.position = 0;
    cursor.order = null;
    pending = [];
  }

  function setParams(params: readonly LayerParams[], optimizerState?: OptimizerCheckpoint): void {
    engine.setParams(params);
    engine.resetOptimizer(config.optimizer);
    if (optimizerState) engine.setOptimizerState(optimizerState);
  }

  rebuildData();

  return {
    setNetwork(next) {
      spec = next;
      engine.dispose();
      engine = newEngine(kind);
      gridEngine?.dispose();
      gridEngine = gridKind ? newEngine(gridKind) : null;
      restartCount();
      rebuildData();
    },
    setTrainConfig(next) {
      const isNewOptimizer = next.optimizer !== config.optimizer;
      config = next;
      if (isNewOptimizer) engine.resetOptimizer(config.optimizer);
    },
    setPoints(next) {
      points = next;
      rebuildData();
    },
    reset() {
      engine.setParams(initialParams(spec));
      engine.resetOptimizer(config.optimizer);
      restartCount();
    },
    train,
    snapshot,
    getParams: () => engine.getParams(),
    setParams,
    restoreProgress,
    engines: () => ({ train: engine.kind, grid: gridEngine?.kind ?? engine.kind }),
    useEngines(next, checkpoint) {
      if (!paramsFitNetwork(checkpoint.params, spec)) return false;
      engine.dispose();
      gridEngine?.dispose();
      kind = next.train;
      gridKind = next.grid !== next.train ? next.grid : null;
      engine = newEngine(kind);
      gridEngine = gridKind ? newEngine(gridKind) : null;
      msPerStep = 1;
      engine.setData(splitOf(points, spec, 'train'), splitOf(points, spec, 'test'));
      setParams(checkpoint.params, checkpoint.optimizerState);
      return true;
    },
    restore(checkpoint) {
      if (!paramsFitNetwork(checkpoint.params, spec)) return false;
      setParams(checkpoint.params, checkpoint.optimizerState);
      restoreProgress(checkpoint.progress);
      return true;
    },
    progress: () => ({ runId, epoch: cursor.epoch, step, stepsPerEpoch: stepsPerEpoch(trainCount, config.batchSize) }),
    async health(maxExamples) {
      if (!trainSplit) return null;
      const { X, Y, m } = sampleColumns(trainSplit, maxExamples);
      const [forward, backward, params] = await Promise.all([engine.forward(X, m), engine.gradients(X, Y, m, settings()), engine.getParams()]);
      return networkHealth(layerActivations(spec), params, forward, backward, m);
    },
    nextBatch: () => nextBatchOf(cursor, trainCount, config.batchSize, config.seed),
    async traceStep(choice) {
      if (!trainSplit || trainCount === 0) return null;
      const indices = indicesOf(choice);
      return indices.length ? traceOf(engine, trainSplit, indices, settings(), step) : null;
    },
    stepOn(choice) {
      if (trainCount === 0) return false;
      if (choice.kind === 'batch') return train({ maxSteps: 1 }).steps === 1;
      const indices = choice.kind === 'full' ? null : validIndices(choice.trainIndices, trainCount);
      if (indices?.length === 0) return false;
      void engine.train(singleStepPlan(indices), settings());
      step += 1;
      return true;
    },
    optimizerState: () => engine.getOptimizerState(),
    async setParam(edit) {
      const params = await engine.getParams();
      if (!applyParamEdit(params, edit)) return false;
      engine.setParams(params);
      return true;
    },
    replaceParams(params) {
      if (!paramsFitNetwork(params, spec)) return false;
      engine.setParams(params);
      return true;
    },
    forwardExamples: (X, N) => engine.forward(X, N),
    exampleGradients: (X, Y, m) => engine.gradients(X, Y, m, settings()),
    costAt: (settingsFlat, count) => engine.costAt(settingsFlat, count, settings()),
    dispose() {
      engine.dispose();
      gridEngine?.dispose();
      pending = [];
    },
  };
}
