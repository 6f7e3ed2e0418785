/** What the training session (trainer.ts) offers its callers, whatever engine runs it. */
import type { LayerBackward, LayerForward } from '../engine/engine';
import type { ForwardMode } from '../engine/tfjs/forward-backward';
import type {
  BackendName,
  Checkpoint,
  EngineKind,
  EngineMeasurements,
  LabeledPoint,
  LayerParams,
  NetworkHealth,
  NetworkSpec,
  OptimizerCheckpoint,
  ParamEdit,
  StepChoice,
  StepTrace,
  TrainConfig,
  TrainerNotice,
  TrainingProgress,
  TrainingSnapshot,
} from '../protocol';

/** Which engine trains and which evaluates the snapshot's grid (they may differ when that is faster). */
export interface EngineKinds {
  train: EngineKind;
  grid: EngineKind;
}

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
  /** What `auto` measured before choosing the engines. */
  engineMeasurements?: EngineMeasurements;
  /** The newest health figures (computed a few times a second, not with every snapshot). */
  health?: NetworkHealth;
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
  /**
   * Goes on from a checkpoint (lib/model/checkpoint.ts): its weights, optimizer state and progress. Returns
   * false, changing nothing, when its weights do not fit the current network.
   */
  restore(checkpoint: Checkpoint): boolean;
  /** The engines that train and that evaluate the grid. */
  engines(): EngineKinds;
  /**
   * Moves to other engines, going on from `checkpoint` (the current weights and optimizer state, from the
   * newest snapshot); the progress and the batch order are kept. False, changing nothing, when it does not fit.
   */
  useEngines(kinds: EngineKinds, checkpoint: Checkpoint): boolean;
  /** runId, completed epochs, steps since the last reset, and steps in one epoch (0 without training points). */
  progress(): { runId: number; epoch: number; step: number; stepsPerEpoch: number };
  /** The network's health (lib/diagnostics/health.ts) over at most `maxExamples` training points, evenly sampled; null without training points. */
  health(maxExamples: number): Promise<NetworkHealth | null>;
  /** The training-set indices of the examples the next training step takes, in its order (the cursor stays). */
  nextBatch(): Int32Array;
  /** The forward and backward pass of a step on `choice` at the current parameters, not taken; null without examples. */
  traceStep(choice: StepChoice): Promise<StepTrace | null>;
  /**
   * Takes one gradient step on `choice`. 'batch' is exactly training's next step (train with maxSteps 1);
   * 'full' and 'examples' are steps of their own, counted as steps but completing no epoch. False when there
   * are no such examples.
   */
  stepOn(choice: StepChoice): boolean;
  /** Replaces every weight and bias, keeping the optimizer state and the progress (a point dragged on the cost landscape); false when they do not fit. */
  replaceParams(params: readonly LayerParams[]): boolean;
  /** The optimizer's state (v, s, t); null for plain gradient descent. */
  optimizerState(): Promise<OptimizerCheckpoint | null>;
  /** Sets one weight or bias (the optimizer state is kept); false, changing nothing, when it does not exist. */
  setParam(edit: ParamEdit): Promise<boolean>;
  /** Every layer's Zˡ and Aˡ for the N columns of X (n⁰ × N), at the current parameters. */
  forwardExamples(X: Float32Array, N: number): Promise<LayerForward[]>;
  /** dZˡ, dWˡ, dbˡ and the penalty's term of dWˡ for the m columns of X with labels Y. */
  exampleGradients(X: Float32Array, Y: Float32Array, m: number): Promise<LayerBackward[]>;
  /** The training J at `count` flat parameter settings (see Engine.costAt). */
  costAt(settingsFlat: Float32Array, count: number): Promise<Float32Array>;
  dispose(): void;
}
