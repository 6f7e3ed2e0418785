/**
 * Which engine runs a workload, decided by measurement (backend `auto`): the plain-JavaScript engine wins
 * where per-op dispatch dominates (small networks, small batches), tfjs ops where the arithmetic does
 * (wide layers, big batches, the grid of a wide network). A workload is measured again when it changes
 * class: another architecture, another batch size, or a number of training points off by more than ×2.
 */
import type { EngineKind, EngineMeasurements, NetworkSpec, TrainConfig } from '../protocol';
import { isFullBatch } from './batch-plan';
import { layerActivations, layerSizes } from './network';
import type { EngineKinds } from './trainer-types';

/** What the speed of a step and of a snapshot depends on. */
export interface Workload {
  /** Layer sizes and activations, e.g. "2-8-8-1:tanh,tanh,sigmoid". */
  architecture: string;
  /** Examples per step: a number, or 'full' (every training point). */
  batch: number | 'full';
  trainCount: number;
}

/** How far the number of training points may move from the measured one before it is measured again. */
export const POINTS_FACTOR = 2;

export function workloadOf(spec: NetworkSpec, config: TrainConfig, trainCount: number): Workload {
  return {
    architecture: `${layerSizes(spec).join('-')}:${layerActivations(spec).join(',')}`,
    batch: isFullBatch(trainCount, config.batchSize) ? 'full' : Math.max(1, Math.floor(config.batchSize as number)),
    trainCount,
  };
}

/** Whether `next` should be measured: it has training points, and nothing was measured yet or it left the measured class. */
export function needsMeasuring(measured: Workload | null, next: Workload): boolean {
  if (next.trainCount === 0) return false;
  if (!measured) return true;
  return (
    measured.architecture !== next.architecture ||
    measured.batch !== next.batch ||
    next.trainCount > measured.trainCount * POINTS_FACTOR ||
    next.trainCount * POINTS_FACTOR < measured.trainCount
  );
}

/**
 * How much faster an engine later in the order must measure to be chosen over an earlier one: two short
 * measurements closer than this are within their noise, and the earlier engine (plain JavaScript) needs
 * no tfjs round trip.
 */
export const CHOICE_MARGIN = 1.2;

/**
 * The fastest engine to train (most steps/s) and to build snapshots (fewest ms), among those measured with
 * a usable figure; one later in `order` must win by CHOICE_MARGIN. Null when none was measured.
 */
export function chooseEngines(measurements: EngineMeasurements, order: readonly EngineKind[]): EngineKinds | null {
  let train: EngineKind | null = null;
  let grid: EngineKind | null = null;
  for (const kind of order) {
    const m = measurements[kind];
    if (!m) continue;
    if (Number.isFinite(m.stepsPerSecond) && m.stepsPerSecond > 0 && (train === null || m.stepsPerSecond > CHOICE_MARGIN * measurements[train]!.stepsPerSecond)) train = kind;
    if (Number.isFinite(m.snapshotMs) && m.snapshotMs >= 0 && (grid === null || m.snapshotMs * CHOICE_MARGIN < measurements[grid]!.snapshotMs)) grid = kind;
  }
  if (train === null) return null;
  return { train, grid: grid ?? train };
}
