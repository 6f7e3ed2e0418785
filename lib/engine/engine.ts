/**
 * The one interface of a training engine. Two implementations: 'js' (the course's loops in plain
 * JavaScript over Float32Arrays, js/js-engine.ts) and 'tfjs' (TensorFlow.js ops on the current
 * backend, tfjs/tfjs-engine.ts). Results come out as numbers and Float32Arrays; tensors never leave
 * an engine. Matrices are in the course's orientation, row-major: Wˡ is nˡ × nˡ⁻¹, and Zˡ, Aˡ, dZˡ
 * have one column per example (nˡ × m).
 */
import type { Activation } from '../math/activations';
import type { Optimizer } from '../math/optimizers';
import type { Regularization } from '../math/regularizations';
import type { EngineKind, LayerParams, OptimizerCheckpoint } from '../protocol';

/** A split as the course's matrices: X (n⁰ × m) row-major, Y (m labels). */
export interface DataSplit {
  X: Float32Array;
  Y: Float32Array;
  m: number;
}

/**
 * K steps. Step k uses examples indices[batchEnds[k − 1] … batchEnds[k]) (batchEnds[−1] = 0), or the
 * whole set in order when indices is null (full batch). Where epochEnds[k] ≠ 0 the epoch is complete
 * after step k: its costs are recorded.
 */
export interface StepPlan {
  steps: number;
  indices: Int32Array | null;
  batchEnds: Int32Array;
  epochEnds: Int32Array;
}

/** The settings of a step that may change between calls without touching the weights. */
export interface StepSettings {
  learningRate: number;
  regularization: Regularization;
  lambda: number;
}

export interface EngineSpec {
  /** n⁰ … nᴸ */
  sizes: readonly number[];
  /** g¹ … gᴸ */
  activations: readonly Activation[];
  /** The starting parameters (e.g. initialParams of a seeded spec). */
  params: readonly LayerParams[];
  optimizer: Optimizer;
}

/** What evaluate computes; gridX is the grid's inputs (n⁰ × cells), or null for no grid. */
export interface EvaluationRequest {
  gridX: Float32Array | null;
  withGradients: boolean;
}

export interface Evaluation {
  /** J of the training set with the penalty, of the test set without; NaN for an empty split. */
  trainCost: number;
  testCost: number;
  /** Share of aᴸ ≥ 0.5 matching the label; NaN for an empty split. */
  trainAccuracy: number;
  testAccuracy: number;
  /** Full-batch dWˡ (penalty included), dbˡ on the training set; empty without training points or when not asked. */
  gradients: LayerParams[];
  /** Aˡ over the grid for l = 1 … L, each nˡ × cells, unit-major; empty without a grid. */
  layerGrids: Float32Array[];
}

/** One layer of a forward pass over N examples: Zˡ and Aˡ, nˡ × N each. */
export interface LayerForward {
  Z: Float32Array;
  A: Float32Array;
}

/**
 * One layer of the backward pass over m examples: dZˡ (nˡ × m), dWˡ = (1/m) dZˡ Aˡ⁻¹ᵀ and
 * dbˡ = (1/m) Σ dZˡ without the penalty, and the regulariser's term of dWˡ on its own (zeros for
 * 'none'); the gradient of J is dW + dWPenalty.
 */
export interface LayerBackward {
  dZ: Float32Array;
  dW: Float32Array;
  db: Float32Array;
  dWPenalty: Float32Array;
}

export interface Engine {
  readonly kind: EngineKind;
  /** Replaces both splits (null: no points of that split). Keeps the weights and optimizer state. */
  setData(train: DataSplit | null, test: DataSplit | null): void;
  /**
   * Runs plan.steps gradient steps on the training set. Returns [train J (with the penalty),
   * test J (without; NaN without test points)] of every epoch the plan completes, in order.
   */
  train(plan: StepPlan, settings: StepSettings): Promise<Float32Array>;
  /** Costs and accuracy of both splits, full-batch gradients and the grid, at the current parameters. */
  evaluate(request: EvaluationRequest, settings: StepSettings): Promise<Evaluation>;
  /** Forward pass of the N columns of X (n⁰ × N), keeping every layer's Z and A. */
  forward(X: Float32Array, N: number): Promise<LayerForward[]>;
  /** Backward pass of the m columns of X with labels Y, layer 1 first. */
  gradients(X: Float32Array, Y: Float32Array, m: number, settings: StepSettings): Promise<LayerBackward[]>;
  /**
   * J of the training set (penalty included) at `count` parameter settings, each a flat vector of
   * W¹, b¹, W², b², … (row-major) laid end to end in `settingsFlat`. NaN without training points.
   * The engine's own parameters are unchanged.
   */
  costAt(settingsFlat: Float32Array, count: number, settings: StepSettings): Promise<Float32Array>;
  getParams(): Promise<LayerParams[]>;
  /** Replaces the weights (same shapes); the optimizer state is unchanged. */
  setParams(params: readonly LayerParams[]): void;
  /** Fresh (zero) slots of `optimizer`, step count 0. */
  resetOptimizer(optimizer: Optimizer): void;
  /** The optimizer's state; null for plain gradient descent, which has none. */
  getOptimizerState(): Promise<OptimizerCheckpoint | null>;
  /** Puts a checkpoint's state in place; false, changing nothing, when it does not fit. */
  setOptimizerState(checkpoint: OptimizerCheckpoint): boolean;
  /** Optimizer steps taken with the current state. */
  stepCount(): number;
  dispose(): void;
}

/** The number of values of one flat parameter setting for layer sizes n⁰ … nᴸ. */
export function parameterCount(sizes: readonly number[]): number {
  let count = 0;
  for (let l = 1; l < sizes.length; l++) count += sizes[l]! * (sizes[l - 1]! + 1);
  return count;
}

/** Unpacks setting `index` of a flat array of settings into LayerParams (views, no copy). */
export function paramsOfSetting(sizes: readonly number[], settingsFlat: Float32Array, index: number): LayerParams[] {
  const out: LayerParams[] = [];
  let offset = index * parameterCount(sizes);
  for (let l = 1; l < sizes.length; l++) {
    const rows = sizes[l]!;
    const cols = sizes[l - 1]!;
    const W = settingsFlat.subarray(offset, offset + rows * cols);
    offset += rows * cols;
    const b = settingsFlat.subarray(offset, offset + rows);
    offset += rows;
    out.push({ rows, cols, W, b });
  }
  return out;
}
