import { createRng, shuffledIndices } from '../data/random';
import type { StepPlan } from '../engine/engine';

/** Gradient steps per epoch: 1 for 'full', else ⌈m / batchSize⌉. */
export function stepsPerEpoch(m: number, batchSize: number | 'full'): number {
  if (m === 0) return 0;
  return batchSize === 'full' ? 1 : Math.ceil(m / Math.max(1, Math.floor(batchSize)));
}

/** Mixes the shuffle seed with the epoch number, so every epoch has its own, replayable order. */
export function epochSeed(seed: number, epoch: number): number {
  let h = Math.imul(Math.trunc(seed) ^ 0x85ebca6b, 0xc2b2ae35) ^ Math.imul(epoch + 1, 0x27d4eb2f);
  h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d);
  return (h ^ (h >>> 13)) >>> 0;
}

/** The order in which epoch `epoch` visits the m training examples. */
export function epochOrder(m: number, seed: number, epoch: number): Uint32Array {
  return shuffledIndices(m, createRng(epochSeed(seed, epoch)));
}

/** Where training stands within the epochs: the trainer's shuffle state. */
export interface BatchCursor {
  epoch: number;
  /** Training examples already visited in the current epoch. */
  position: number;
  /** The current epoch's order, or null before its first minibatch. */
  order: Uint32Array | null;
}

/** Reusable arrays of a plan (grown when a larger plan is needed). */
export interface PlanBuffers {
  indices: Int32Array;
  batchEnds: Int32Array;
  epochEnds: Int32Array;
}

export function createPlanBuffers(): PlanBuffers {
  return { indices: new Int32Array(1024), batchEnds: new Int32Array(128), epochEnds: new Int32Array(128) };
}

/** Whether every step uses the whole training set (one step per epoch), as the trainer decides it. */
export function isFullBatch(m: number, batchSize: number | 'full'): boolean {
  return batchSize === 'full' || batchSize >= m;
}

/**
 * The minibatches of the next steps, exactly as the tfjs path takes them: epoch e visits the m examples in
 * epochOrder(m, seed, e), batchSize at a time (the last batch may be smaller); full batch takes all m in
 * order. Plans up to maxSteps steps, ending after the step that completes epoch stopAtEpoch, and advances
 * the cursor past them. The returned arrays are views of `buffers`, valid until the next call.
 */
export function planSteps(
  cursor: BatchCursor,
  m: number,
  batchSize: number | 'full',
  seed: number,
  maxSteps: number,
  stopAtEpoch: number,
  buffers: PlanBuffers,
): StepPlan {
  const full = isFullBatch(m, batchSize);
  const b = full ? m : Math.max(1, Math.floor(batchSize as number));
  const stepsPerEpoch = Math.ceil(m / b);
  // Steps left before stopAtEpoch is complete.
  const untilStop =
    stopAtEpoch === Infinity
      ? Infinity
      : stopAtEpoch <= cursor.epoch
        ? 0
        : Math.ceil((m - cursor.position) / b) + (stopAtEpoch - cursor.epoch - 1) * stepsPerEpoch;
  const steps = Math.max(0, Math.min(maxSteps, untilStop));
  if (buffers.batchEnds.length < steps) {
    buffers.batchEnds = new Int32Array(steps);
    buffers.epochEnds = new Int32Array(steps);
  }
  if (!full && buffers.indices.length < steps * b) buffers.indices = new Int32Array(steps * b);
  const { indices, batchEnds, epochEnds } = buffers;
  let total = 0;
  for (let k = 0; k < steps; k++) {
    if (full) {
      cursor.position = m;
    } else {
      if (cursor.position === 0 || !cursor.order) cursor.order = epochOrder(m, seed, cursor.epoch);
      const end = Math.min(cursor.position + b, m);
      const order = cursor.order;
      for (let i = cursor.position; i < end; i++) indices[total++] = order[i]!;
      cursor.position = end;
    }
    batchEnds[k] = total;
    const isEpochEnd = cursor.position >= m;
    epochEnds[k] = isEpochEnd ? 1 : 0;
    if (isEpochEnd) {
      cursor.position = 0;
      cursor.order = null;
      cursor.epoch += 1;
    }
  }
  return {
    steps,
    indices: full ? null : indices.subarray(0, total),
    batchEnds: batchEnds.subarray(0, steps),
    epochEnds: epochEnds.subarray(0, steps),
  };
}
