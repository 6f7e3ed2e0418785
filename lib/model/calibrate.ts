import type { ForwardMode } from '../engine/tfjs/forward-backward';
import type { EngineKind, EngineMeasurement, LabeledPoint, NetworkSpec, TrainConfig } from '../protocol';
import { createTrainer } from './trainer';

/** The grid a snapshot's cost is measured on: big enough to rank the engines, small enough to be quick on either. */
export const MEASURE_GRID_SIZE = 32;

export interface MeasureOptions {
  spec: NetworkSpec;
  trainConfig: TrainConfig;
  /** The workload's own points (training and test). */
  points: readonly LabeledPoint[];
  /** The tfjs engine's forward mode on the current backend. */
  forwardMode?: ForwardMode;
  /** Time spent measuring training, after one warm-up step; at least one step is measured. */
  budgetMs?: number;
  now?: () => number;
}

/**
 * How fast `kind` runs this workload on the current tfjs backend: gradient steps per second over about
 * budgetMs, and the time of one snapshot on a MEASURE_GRID_SIZE grid without gradients. It trains a
 * throwaway trainer from the spec's initial weights, so the caller's weights are untouched; it leaves no
 * tensors behind.
 */
export async function measureEngine(kind: EngineKind, options: MeasureOptions): Promise<EngineMeasurement> {
  const now = options.now ?? (() => performance.now());
  const budgetMs = options.budgetMs ?? 40;
  const trainer = createTrainer({
    spec: options.spec,
    trainConfig: { ...options.trainConfig, untilEpoch: null, maxEpochsPerSecond: null },
    points: options.points,
    engine: kind,
    forwardMode: options.forwardMode,
  });
  try {
    // The first step and the first snapshot compile (webgl) or warm up: not measured.
    trainer.train({ maxSteps: 1 });
    await trainer.snapshot(MEASURE_GRID_SIZE, undefined, false);
    const trainStartMs = now();
    const { steps } = trainer.train({ maxSteps: Infinity, deadlineMs: trainStartMs + budgetMs, now });
    const trainMs = now() - trainStartMs;
    const snapshotStartMs = now();
    await trainer.snapshot(MEASURE_GRID_SIZE, undefined, false);
    const snapshotMs = now() - snapshotStartMs;
    return { stepsPerSecond: trainMs > 0 ? (steps * 1000) / trainMs : 0, snapshotMs };
  } finally {
    trainer.dispose();
  }
}
