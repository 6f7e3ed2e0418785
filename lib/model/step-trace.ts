/**
 * Step-through's questions to a training session: which examples its next step takes, the forward and
 * backward pass of given examples, and the plan of one step on them. The session (trainer.ts) owns the
 * cursor and the engine; these are plain functions over them.
 */
import type { DataSplit, Engine, StepPlan, StepSettings } from '../engine/engine';
import type { LayerParams, ParamEdit, StepChoice, StepTrace } from '../protocol';
import { createPlanBuffers, planSteps, type BatchCursor } from './batch-plan';

/** The training-set indices of the next step's examples, in the order it takes them; the cursor is not moved. */
export function nextBatchOf(cursor: BatchCursor, m: number, batchSize: number | 'full', seed: number): Int32Array {
  if (m === 0) return new Int32Array(0);
  const peek: BatchCursor = { ...cursor };
  const plan = planSteps(peek, m, batchSize, seed, 1, Infinity, createPlanBuffers());
  return plan.indices ? plan.indices.slice() : allIndices(m);
}

export function allIndices(m: number): Int32Array {
  return Int32Array.from({ length: m }, (_, i) => i);
}

/** The columns `indices` of a split as X (n⁰ × k) and Y. */
export function columnsOf(split: DataSplit, indices: Int32Array): { X: Float32Array; Y: Float32Array } {
  const n0 = split.X.length / split.m;
  const k = indices.length;
  const X = new Float32Array(n0 * k);
  const Y = new Float32Array(k);
  for (let j = 0; j < k; j++) {
    const source = indices[j]!;
    Y[j] = split.Y[source]!;
    for (let r = 0; r < n0; r++) X[r * k + j] = split.X[r * split.m + source]!;
  }
  return { X, Y };
}

/** Whether a value from another thread is a StepChoice (its indices are checked where they are used). */
export function isStepChoice(value: unknown): value is StepChoice {
  if (typeof value !== 'object' || value === null) return false;
  const kind = (value as { kind?: unknown }).kind;
  if (kind === 'batch' || kind === 'full') return true;
  const indices = (value as { trainIndices?: unknown }).trainIndices;
  return kind === 'examples' && Array.isArray(indices) && indices.length <= 100_000;
}

/** Indices that are whole numbers within [0, m), without repeats, in the order given. */
export function validIndices(indices: readonly number[], m: number): Int32Array {
  const seen = new Set<number>();
  for (const i of indices) if (Number.isInteger(i) && i >= 0 && i < m) seen.add(i);
  return Int32Array.from(seen);
}

/** The forward and backward pass of the given training examples at the engine's current parameters. */
export async function traceOf(engine: Engine, split: DataSplit, indices: Int32Array, settings: StepSettings, step: number): Promise<StepTrace> {
  const { X, Y } = columnsOf(split, indices);
  const m = indices.length;
  const [params, forward, backward] = await Promise.all([engine.getParams(), engine.forward(X, m), engine.gradients(X, Y, m, settings)]);
  return { trainIndices: indices, m, X, Y, params, forward, backward, step };
}

/** One step on the given examples (null: all of them in order), completing no epoch. */
export function singleStepPlan(indices: Int32Array | null): StepPlan {
  return { steps: 1, indices, batchEnds: Int32Array.of(indices ? indices.length : 0), epochEnds: Int32Array.of(0) };
}

/** Sets one weight or bias of `params` in place; false, changing nothing, when it does not exist or the value is not finite. */
export function applyParamEdit(params: LayerParams[], edit: ParamEdit): boolean {
  const layer = params[edit.layer - 1];
  if (!layer || !Number.isInteger(edit.row) || edit.row < 0 || edit.row >= layer.rows || !Number.isFinite(edit.value)) return false;
  if (edit.col === null) layer.b[edit.row] = edit.value;
  else if (Number.isInteger(edit.col) && edit.col >= 0 && edit.col < layer.cols) layer.W[edit.row * layer.cols + edit.col] = edit.value;
  else return false;
  return true;
}
