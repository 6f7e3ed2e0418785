import { describe, expect, it } from 'vitest';
import type { NetworkSpec, TrainConfig } from '../protocol';
import { chooseEngines, needsMeasuring, workloadOf } from './engine-choice';

const spec: NetworkSpec = { features: ['x1', 'x2'], hidden: [{ units: 8, activation: 'tanh' }, { units: 8, activation: 'relu' }], init: 'xavier', seed: 1 };
const config: TrainConfig = { learningRate: 0.03, batchSize: 10, optimizer: 'gd', regularization: 'none', lambda: 0, untilEpoch: null, seed: 1, maxEpochsPerSecond: null };

describe('workloadOf', () => {
  it('names the architecture, the examples per step and the training points', () => {
    expect(workloadOf(spec, config, 280)).toEqual({ architecture: '2-8-8-1:tanh,relu,sigmoid', batch: 10, trainCount: 280 });
    expect(workloadOf(spec, { ...config, batchSize: 500 }, 280).batch).toBe('full');
    expect(workloadOf(spec, { ...config, batchSize: 'full' }, 280).batch).toBe('full');
  });
});

describe('needsMeasuring', () => {
  const measured = workloadOf(spec, config, 280);
  it('measures the first workload with training points, and none without', () => {
    expect(needsMeasuring(null, measured)).toBe(true);
    expect(needsMeasuring(null, workloadOf(spec, config, 0))).toBe(false);
  });

  it('measures again when the architecture, the batch or the number of points (beyond ×2) changes', () => {
    expect(needsMeasuring(measured, workloadOf(spec, config, 281))).toBe(false);
    expect(needsMeasuring(measured, workloadOf(spec, { ...config, learningRate: 1 }, 560))).toBe(false);
    expect(needsMeasuring(measured, workloadOf(spec, config, 561))).toBe(true);
    expect(needsMeasuring(measured, workloadOf(spec, config, 139))).toBe(true);
    expect(needsMeasuring(measured, workloadOf(spec, { ...config, batchSize: 32 }, 280))).toBe(true);
    expect(needsMeasuring(measured, workloadOf({ ...spec, hidden: [{ units: 64, activation: 'tanh' }] }, config, 280))).toBe(true);
    expect(needsMeasuring(measured, workloadOf({ ...spec, hidden: [{ units: 8, activation: 'tanh' }, { units: 8, activation: 'tanh' }] }, config, 280))).toBe(true);
  });
});

describe('chooseEngines', () => {
  it('trains on the engine with the most steps/s and builds snapshots on the quickest', () => {
    expect(chooseEngines({ js: { stepsPerSecond: 30_000, snapshotMs: 3 }, tfjs: { stepsPerSecond: 900, snapshotMs: 9 } }, ['js', 'tfjs'])).toEqual({ train: 'js', grid: 'js' });
    expect(chooseEngines({ js: { stepsPerSecond: 40, snapshotMs: 400 }, tfjs: { stepsPerSecond: 300, snapshotMs: 25 } }, ['js', 'tfjs'])).toEqual({ train: 'tfjs', grid: 'tfjs' });
    expect(chooseEngines({ js: { stepsPerSecond: 2_000, snapshotMs: 120 }, tfjs: { stepsPerSecond: 800, snapshotMs: 20 } }, ['js', 'tfjs'])).toEqual({ train: 'js', grid: 'tfjs' });
  });

  it('keeps the earlier engine unless a later one is faster by the margin', () => {
    expect(chooseEngines({ js: { stepsPerSecond: 1000, snapshotMs: 1.3 }, tfjs: { stepsPerSecond: 1150, snapshotMs: 1.2 } }, ['js', 'tfjs'])).toEqual({ train: 'js', grid: 'js' });
    expect(chooseEngines({ js: { stepsPerSecond: 1000, snapshotMs: 1.3 }, tfjs: { stepsPerSecond: 1250, snapshotMs: 1.0 } }, ['js', 'tfjs'])).toEqual({ train: 'tfjs', grid: 'tfjs' });
  });

  it('draws the maps on another engine only when it builds the snapshot three times faster', () => {
    expect(chooseEngines({ js: { stepsPerSecond: 15_000, snapshotMs: 1.3 }, tfjs: { stepsPerSecond: 700, snapshotMs: 0.5 } }, ['js', 'tfjs'])).toEqual({ train: 'js', grid: 'js' });
    expect(chooseEngines({ js: { stepsPerSecond: 526, snapshotMs: 55 }, tfjs: { stepsPerSecond: 382, snapshotMs: 5.5 } }, ['js', 'tfjs'])).toEqual({ train: 'js', grid: 'tfjs' });
    expect(chooseEngines({ js: { stepsPerSecond: 526, snapshotMs: NaN }, tfjs: { stepsPerSecond: 382, snapshotMs: 5.5 } }, ['js', 'tfjs'])).toEqual({ train: 'js', grid: 'tfjs' });
  });

  it('ignores unusable figures, breaks ties by order, and is null with nothing measured', () => {
    expect(chooseEngines({ js: { stepsPerSecond: NaN, snapshotMs: NaN }, tfjs: { stepsPerSecond: 10, snapshotMs: 5 } }, ['js', 'tfjs'])).toEqual({ train: 'tfjs', grid: 'tfjs' });
    expect(chooseEngines({ js: { stepsPerSecond: 10, snapshotMs: 5 }, tfjs: { stepsPerSecond: 10, snapshotMs: 5 } }, ['tfjs', 'js'])).toEqual({ train: 'tfjs', grid: 'tfjs' });
    expect(chooseEngines({}, ['js', 'tfjs'])).toBeNull();
    expect(chooseEngines({ js: { stepsPerSecond: 0, snapshotMs: 1 } }, ['js'])).toBeNull();
  });
});
