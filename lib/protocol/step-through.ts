/**
 * What step-through (one gradient step shown stage by stage) asks of the worker and gets back: the
 * forward and backward pass of the step's examples before it is taken, then the parameters before and
 * after it. Matrices are in the course's orientation, row-major, one column per example.
 */
import type { LayerBackward, LayerForward } from '../engine/engine';
import type { LayerParams, OptimizerCheckpoint } from './index';

/**
 * The examples of one step: the mini-batch training would take next ('batch': the step is exactly
 * training's next step), every training point ('full'), or chosen training points ('examples', indices
 * into the training points, i.e. the points whose split is 'train', in their order).
 */
export type StepChoice = { kind: 'batch' } | { kind: 'full' } | { kind: 'examples'; trainIndices: number[] };

export interface StepTrace {
  /** The step's examples, as indices into the training points, in the order the columns hold them. */
  trainIndices: Int32Array;
  m: number;
  /** A⁰ = X (n⁰ × m) and Y (m labels). */
  X: Float32Array;
  Y: Float32Array;
  /** Wˡ, bˡ before the step, l = 1 … L. */
  params: LayerParams[];
  /** Zˡ, Aˡ (nˡ × m), l = 1 … L. */
  forward: LayerForward[];
  /** dZˡ, dWˡ, dbˡ and the penalty's term of dWˡ, l = 1 … L. */
  backward: LayerBackward[];
  /** Gradient steps taken so far in this run (the step shown is number step + 1). */
  step: number;
}

export interface StepUpdate {
  before: LayerParams[];
  after: LayerParams[];
  /** The optimizer's state after the step (v, s and t); null for plain gradient descent. */
  optimizerState: OptimizerCheckpoint | null;
}

/** A weight or bias set by hand: Wˡ[row][col] (col ≥ 0), or bˡ[row] when col is null. Rows, cols 0-based. */
export interface ParamEdit {
  layer: number;
  row: number;
  col: number | null;
  value: number;
}
