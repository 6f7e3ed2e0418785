import { tensorCount, useCpuBackend } from '../engine/tfjs/testing/tensors';
import { beforeAll, describe, expect, it } from 'vitest';
import type { NetworkSpec, TrainConfig } from '../protocol';
import { measureEngine } from './calibrate';
import { circlePoints } from './testing/toy-data';

beforeAll(async () => {
  await useCpuBackend();
});

const spec: NetworkSpec = { features: ['x1', 'x2'], hidden: [{ units: 8, activation: 'tanh' }, { units: 8, activation: 'tanh' }], init: 'xavier', seed: 1 };
const trainConfig: TrainConfig = { learningRate: 0.03, batchSize: 10, optimizer: 'adam', regularization: 'l2', lambda: 0.01, untilEpoch: 3, seed: 1, maxEpochsPerSecond: 5 };
const points = circlePoints(120, 2);

describe('measureEngine', () => {
  it('measures training and a snapshot on both engines and leaves no tensors behind', async () => {
    const before = tensorCount();
    for (const kind of ['js', 'tfjs'] as const) {
      const measured = await measureEngine(kind, { spec, trainConfig, points, budgetMs: 20 });
      expect(measured.stepsPerSecond, kind).toBeGreaterThan(0);
      expect(measured.snapshotMs, kind).toBeGreaterThanOrEqual(0);
    }
    expect(tensorCount()).toBe(before);
  });

  it('ignores the speed limit and the stop epoch, and uses the given clock', async () => {
    let clock = 0;
    // Each read of the clock advances it by 1 ms: at least one step is measured whatever the budget.
    const measured = await measureEngine('js', { spec, trainConfig, points, budgetMs: 5, now: () => (clock += 1) });
    expect(measured.stepsPerSecond).toBeGreaterThan(0);
    expect(Number.isFinite(measured.stepsPerSecond)).toBe(true);
    expect(measured.snapshotMs).toBe(1);
  });
});
