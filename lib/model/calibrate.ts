import { createRng } from '../data/random';
import type { LabeledPoint, NetworkSpec, TrainConfig } from '../protocol';
import { createTrainer, preferredEngine } from './trainer';

/** The network `auto` calibrates with when the page has not said which one it will train: scenario B. */
export const CALIBRATION_SPEC: NetworkSpec = {
  features: ['x1', 'x2'],
  hidden: [
    { units: 8, activation: 'tanh' },
    { units: 8, activation: 'tanh' },
  ],
  init: 'xavier',
  seed: 1,
};

export const CALIBRATION_CONFIG: TrainConfig = {
  learningRate: 0.03,
  batchSize: 10,
  optimizer: 'gd',
  regularization: 'none',
  lambda: 0,
  untilEpoch: null,
  seed: 1,
  maxEpochsPerSecond: null,
};

/** 250 training points of a seeded circle, the size of TF Playground's default training set. */
function calibrationPoints(count = 250): LabeledPoint[] {
  const rng = createRng(12345);
  return Array.from({ length: count }, () => {
    const x1 = rng.uniform(-5, 5);
    const x2 = rng.uniform(-5, 5);
    return { x1, x2, label: x1 * x1 + x2 * x2 < 9 ? 1 : 0, split: 'train' };
  });
}

export interface CalibrationOptions {
  spec?: NetworkSpec;
  trainConfig?: TrainConfig;
  /** Time spent measuring, after the warm-up steps. */
  budgetMs?: number;
  /** Steps run (and compiled, on webgl) before the clock starts. */
  warmupSteps?: number;
  now?: () => number;
}

/**
 * Gradient steps per second of the network on the current tfjs backend, on the path the trainer would
 * use there, measured over about budgetMs after a few warm-up steps. Leaves no tensors behind.
 */
export function measureStepsPerSecond(backend: string, options: CalibrationOptions = {}): number {
  const now = options.now ?? (() => performance.now());
  const budgetMs = options.budgetMs ?? 100;
  const trainer = createTrainer({
    spec: options.spec ?? CALIBRATION_SPEC,
    trainConfig: { ...(options.trainConfig ?? CALIBRATION_CONFIG), untilEpoch: null, maxEpochsPerSecond: null },
    points: calibrationPoints(),
    engine: preferredEngine(backend),
  });
  try {
    trainer.train({ maxSteps: options.warmupSteps ?? 5 });
    const startMs = now();
    const { steps } = trainer.train({ maxSteps: Infinity, deadlineMs: startMs + budgetMs, now });
    const elapsedMs = now() - startMs;
    return elapsedMs > 0 ? (steps * 1000) / elapsedMs : 0;
  } finally {
    trainer.dispose();
  }
}
