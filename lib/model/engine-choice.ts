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
 * How much faster another engine must build the measuring snapshot to draw the maps apart from the training
 * engine: the measure is a small grid, and a second engine adds its own costs (a copy of the weights, its
 * reads), so only a large win, such as tfjs on the grid of a wide network, carries over to the real grid.
 */
export const SEPARATE_GRID_MARGIN = 3;

/**
 * The fastest engine to train (most steps/s; one later in `order` must win by CHOICE_MARGIN), and the
 * engine that builds the snapshots: the training engine, unless another is SEPARATE_GRID_MARGIN times
 * faster at it. Null when no engine was measured with a usable figure.
 */
export function chooseEngines(measurements: EngineMeasurements, order: readonly EngineKind[]): EngineKinds | null {
  const usable = order.filter((kind) => {
    const m = measurements[kind];
    return m !== undefined && Number.isFinite(m.stepsPerSecond) && m.stepsPerSecond > 0;
  });
  let train: EngineKind | null = null;
  for (const kind of usable) if (train === null || measurements[kind]!.stepsPerSecond > CHOICE_MARGIN * measurements[train]!.stepsPerSecond) train = kind;
  if (train === null) return null;
  const snapshotMs = (kind: EngineKind) => measurements[kind]!.snapshotMs;
  let grid: EngineKind = train;
  for (const kind of usable) {
    const isUsable = Number.isFinite(snapshotMs(kind)) && snapshotMs(kind) >= 0;
    const trainMs = Number.isFinite(snapshotMs(train)) ? snapshotMs(train) : Infinity;
    const bestMs = grid === train ? trainMs : snapshotMs(grid);
    if (isUsable && snapshotMs(kind) * SEPARATE_GRID_MARGIN < trainMs && snapshotMs(kind) < bestMs) grid = kind;
  }
  return { train, grid };
}
