/**
 * The training session, whatever engine runs it: the batch cursor, the run id, the step count, the
 * costs of epochs not yet published, and the one place a snapshot is built. The maths is the
 * engine's (lib/engine); this module never sees a tensor.
 */
import { createEngine } from '../engine/create-engine';
import type { Engine, Evaluation, LayerBackward, LayerForward, StepSettings } from '../engine/engine';
import type { ForwardMode } from '../engine/tfjs/forward-backward';
import { currentBackend } from '../engine/tfjs/tfjs-engine';
import type {
  BackendName,
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
import { createPlanBuffers, isFullBatch, planSteps, stepsPerEpoch, type BatchCursor } from './batch-plan';
import { initialParams } from './init';
import { layerActivations, layerSizes } from './network';
import { gridFeatures, newCostsOf, splitOf, type PendingCosts } from './session-data';

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
  return backend === 'cpu' || backend === 'wasm' ? 'js' : 'tfjs';
}

export interface TrainerOptions {
  spec: NetworkSpec;
  trainConfig: TrainConfig;
  points?: readonly LabeledPoint[];
  /** The tfjs engine's forward mode. */
  forwardMode?: ForwardMode;
  /** Defaults to preferredEngine of the current tfjs backend. */
  engine?: EngineKind;
  /** Reported in snapshots; defaults to the current tfjs backend. */
  backend?: BackendName;
  /**
   * The engine that evaluates the snapshot's grid, when not the training engine (a wide network's grid is
   * far cheaper as a tfjs-wasm matMul than as plain loops). Defaults to the training engine.
   */
  gridEngine?: EngineKind;
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
  /** Every layer's Zˡ and Aˡ for the N columns of X (n⁰ × N), at the current parameters. */
  forwardExamples(X: Float32Array, N: number): Promise<LayerForward[]>;
  /** dZˡ, dWˡ, dbˡ and the penalty's term of dWˡ for the m columns of X with labels Y. */
  exampleGradients(X: Float32Array, Y: Float32Array, m: number): Promise<LayerBackward[]>;
  /** The training J at `count` flat parameter settings (see Engine.costAt). */
  costAt(settingsFlat: Float32Array, count: number): Promise<Float32Array>;
  dispose(): void;
}

/** Bounds of one engine call: steps on 'tfjs' (one tf.tidy), steps and examples visited on 'js'. */
const MAX_TFJS_STEPS_PER_CHUNK = 50;
const MAX_JS_STEPS_PER_CHUNK = 20_000;
const MAX_JS_EXAMPLES_PER_CHUNK = 1 << 17;

const IDLE: TrainerStatus = { isTraining: false, stepsPerSecond: 0, epochsPerSecond: 0 };

export function createTrainer(options: TrainerOptions): Trainer {
  const kind = options.engine ?? preferredEngine(currentBackend());
  let spec = options.spec;
  let config = options.trainConfig;
  let points: readonly LabeledPoint[] = options.points ?? [];
  let runId = 0;
  let step = 0;
  const cursor: BatchCursor = { epoch: 0, position: 0, order: null };
  const planBuffers = createPlanBuffers();
  let engine: Engine = newEngine(kind);
  const gridKind = options.gridEngine !== undefined && options.gridEngine !== kind ? options.gridEngine : null;
  let gridEngine: Engine | null = gridKind ? newEngine(gridKind) : null;
  let trainCount = 0;
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
      newCosts,
      gridSize,
      layerGrids,
      params,
      gradients: evaluation.gradients,
      ...(optimizerState ? { optimizerState } : {}),
    };
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
    setParams(params, optimizerState) {
      engine.setParams(params);
      engine.resetOptimizer(config.optimizer);
      if (optimizerState) engine.setOptimizerState(optimizerState);
    },
    restoreProgress(progress) {
      runId = progress.runId;
      step = progress.step;
      cursor.epoch = progress.epoch;
      cursor.position = 0;
      cursor.order = null;
      pending = [];
    },
    progress: () => ({ runId, epoch: cursor.epoch, step, stepsPerEpoch: stepsPerEpoch(trainCount, config.batchSize) }),
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
