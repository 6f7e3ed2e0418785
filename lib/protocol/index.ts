/**
 * Every type that crosses the worker boundary, and the variant unions the whole app shares.
 * Plain data only: numbers, strings, arrays and Float32Arrays (transferable).
 */

/** The data plane shows x1, x2 in [DOMAIN_MIN, DOMAIN_MAX] on both axes. */
export const DOMAIN_MIN = -6;
export const DOMAIN_MAX = 6;

export const DATASETS = ['circle', 'xor', 'gauss', 'spiral', 'moons', 'blobs', 'flower'] as const;
export type DatasetName = (typeof DATASETS)[number];

export const FEATURES = ['x1', 'x2', 'x1sq', 'x2sq', 'x1x2', 'sinx1', 'sinx2'] as const;
export type Feature = (typeof FEATURES)[number];

import type { Diagnostic } from '../diagnostics/detect';
import type { Activation } from '../math/activations';
import type { Optimizer } from '../math/optimizers';
import type { Regularization } from '../math/regularizations';

export type { Diagnostic, DiagnosticKind } from '../diagnostics/detect';
export type { ParamEdit, StepChoice, StepTrace, StepUpdate } from './step-through';

/** The variant unions are the keys of their tables in lib/math (one entry per variant). */
export { ACTIVATIONS, type Activation } from '../math/activations';
export { OPTIMIZERS, type Optimizer } from '../math/optimizers';
export { REGULARIZATIONS, type Regularization } from '../math/regularizations';

export const INITS = ['zeros', 'small', 'large', 'xavier', 'he'] as const;
export type Init = (typeof INITS)[number];



export const BACKEND_PREFERENCES = ['auto', 'webgl', 'wasm', 'cpu'] as const;
export type BackendPreference = (typeof BACKEND_PREFERENCES)[number];
export type BackendName = Exclude<BackendPreference, 'auto'>;

/**
 * The two implementations of the engine: 'js' runs the course's loops in plain JavaScript over
 * Float32Arrays (no tfjs at all; fastest where per-op dispatch dominates, small networks), 'tfjs' runs
 * them as TensorFlow.js ops on the current backend (webgl, wasm or cpu; wide layers, big batches).
 */
export const ENGINE_KINDS = ['js', 'tfjs'] as const;
export type EngineKind = (typeof ENGINE_KINDS)[number];
/** One engine's speed on the current workload: gradient steps per second, and milliseconds for one snapshot's evaluation on a measuring grid. */
export interface EngineMeasurement {
  stepsPerSecond: number;
  snapshotMs: number;
}
export type EngineMeasurements = Partial<Record<EngineKind, EngineMeasurement>>;

export type Label = 0 | 1;
export type Split = 'train' | 'test';

export interface LabeledPoint {
  x1: number;
  x2: number;
  label: Label;
  split: Split;
}

export interface LayerSpec {
  units: number;
  activation: Activation;
}

/** A network: inputs are the chosen features; hidden layers; one sigmoid output unit. */
export interface NetworkSpec {
  features: readonly Feature[];
  hidden: readonly LayerSpec[];
  init: Init;
  /** Seeds the initial weights: the same spec gives the same weights. */
  seed: number;
}

export interface TrainConfig {
  learningRate: number;
  /** Examples per gradient step; 'full' is vectorised gradient descent over all m (one step per epoch). */
  batchSize: number | 'full';
  optimizer: Optimizer;
  regularization: Regularization;
  lambda: number;
  /** Training pauses by itself when this epoch is reached; null runs until paused. */
  untilEpoch: number | null;
  /** Seeds the per-epoch shuffle of the examples. */
  seed: number;
  /** Upper bound on epochs per second; null trains as fast as possible. */
  maxEpochsPerSecond: number | null;
  /**
   * Upper bound on gradient steps per second, each step published as its own snapshot (takes the place of
   * maxEpochsPerSecond when set); absent or null: no limit on steps.
   */
  maxStepsPerSecond?: number | null;
}

/** One layer's parameters in the course's orientation: W is (rows = nˡ, cols = nˡ⁻¹), row-major. */
export interface LayerParams {
  rows: number;
  cols: number;
  W: Float32Array;
  b: Float32Array;
}

export interface CostPoint {
  epoch: number;
  trainCost: number;
  /** NaN when there are no test points. */
  testCost: number;
}

/** A network's health over its training examples (lib/diagnostics/health.ts computes it). */
export interface LayerHealth {
  /** 1 … L − 1 */
  layer: number;
  units: number;
  activation: Activation;
  /** Share of units whose output is 0 on every example (only for an activation that dies). */
  deadShare: number;
  /** Share of units with |g′(z)| near 0 on most examples (only for an activation that saturates; lib/diagnostics/health.ts). */
  saturatedShare: number;
  /** Units in the largest group of identical units (1 when all differ). */
  largestIdenticalGroup: number;
}

export interface NetworkHealth {
  /** The examples the figures are over. */
  examples: number;
  /** Hidden layers 1 … L − 1. */
  layers: LayerHealth[];
  /** ‖dWˡ‖ (Frobenius, penalty excluded) for l = 1 … L. */
  gradientNorms: number[];
}

export interface TrainingSnapshot {
  /** Bumped by every reset or architecture change, so stale snapshots can be told apart. */
  runId: number;
  /** The version passed with the newest setPoints that this snapshot reflects (0 before any). */
  pointsVersion: number;
  epoch: number;
  /** Gradient steps taken since the last reset. */
  step: number;
  isTraining: boolean;
  /** True when the cost became NaN or infinite; training has stopped. */
  hasDiverged: boolean;
  trainCost: number;
  /** NaN when there are no test points. */
  testCost: number;
  /** Fraction in [0, 1]; prediction ≥ 0.5 counts as class 1. */
  trainAccuracy: number;
  /** NaN when there are no test points. */
  testAccuracy: number;
  backend: BackendName;
  /** The implementation that trained (and, with `backend`, the one the readout names). */
  engine: EngineKind;
  /** The implementation that evaluated the grid (layerGrids); it may differ from `engine` where that is faster. */
  gridEngine: EngineKind;
  /** What `auto` measured on this workload before choosing the engines; absent when nothing was measured. */
  engineMeasurements?: EngineMeasurements;
  /** The network's health over (a sample of) the training points, refreshed a few times a second; absent without training points. */
  health?: NetworkHealth;
  /** Why the run is failing, in the detectors' terms (lib/diagnostics/detect.ts): each has held for a while. */
  diagnostics?: Diagnostic[];
  stepsPerSecond: number;
  epochsPerSecond: number;
  /** Cost at each epoch completed since the previous snapshot of the same run (the page keeps the history). */
  newCosts: CostPoint[];
  gridSize: number;
  /**
   * Activations over the plane for every layer after the input, hidden layers then the output layer.
   * Layer l holds units × gridSize² values, unit-major; within a unit, row-major with row 0 at the top
   * (largest x2) and column 0 at the left (smallest x1), sampled at cell centres.
   */
  layerGrids: Float32Array[];
  /** Parameters of every layer after the input, hidden layers then the output layer. */
  params: LayerParams[];
  /**
   * The full-batch gradients dWˡ, dbˡ of the training cost J at the current parameters, in the same
   * layout as `params` (W holds dW, b holds db). Empty when there are no training points.
   */
  gradients: LayerParams[];
  /**
   * The optimizer's state at `params` (absent for plain gradient descent, which has none): what a
   * restarted trainer needs, besides the weights, to go on as if nothing had happened.
   */
  optimizerState?: OptimizerCheckpoint;
  /**
   * Something the worker did by itself that the page should say in plain words; set on the first
   * snapshot after it happened only. 'backendSwitched': the WebGL context was lost, so training moved
   * to `to` and went on from the last published weights and epoch.
   */
  notice?: TrainerNotice;
}

export type TrainerNotice = { kind: 'backendSwitched'; from: BackendName; to: BackendName };

/**
 * An optimizer's state as plain data: the steps t taken with it (Adam's bias correction) and its slots
 * (v for momentum, s for RMSprop, v and s for Adam): for each parameter tensor in `params` order
 * (W¹, b¹, W², …), its slots in that order, each with the parameter's shape, flattened.
 */
export interface OptimizerCheckpoint {
  optimizer: Optimizer;
  t: number;
  slots: Float32Array[];
}

/**
 * Everything needed to go on with a run somewhere else, as if nothing had happened: after a lost WebGL
 * context (another backend), in a restarted worker, or on another engine. One format for every recovery.
 */
export interface Checkpoint {
  params: LayerParams[];
  progress: TrainingProgress;
  /** Absent for plain gradient descent, which has no state. */
  optimizerState?: OptimizerCheckpoint;
}

/**
 * What the views need drawn, sent to the worker as one setViewOptions (a partial update).
 * gridSize: the boundary and neuron maps are gridSize × gridSize. isDragging: a point is being dragged
 * (coarser maps, shorter slices). withGradients: snapshots carry full-batch gradients (a view shows
 * them). trainingShare: the share of the time the loop may train, the rest it rests (frame pacing).
 */
export interface ViewOptions {
  gridSize: number;
  isDragging: boolean;
  withGradients: boolean;
  trainingShare: number;
}

/** Where a restarted or re-created trainer resumes: the epoch, step count and run of the weights given. */
export interface TrainingProgress {
  epoch: number;
  step: number;
  runId: number;
}

/**
 * A TensorFlow.js layers model as `tf.io` save artifacts, as plain data (tfjs-export.ts builds it):
 * the Keras-style topology, the weights' names, shapes and dtypes, and their float32 values in one buffer.
 */
export interface TfjsModelArtifacts {
  modelTopology: Record<string, unknown>;
  weightSpecs: { name: string; shape: number[]; dtype: 'float32' }[];
  weightData: ArrayBuffer;
}

export interface SnapshotListener {
  (snapshot: TrainingSnapshot): void;
}
