import { afterEach, describe, expect, it } from 'vitest';
import type { NetworkSpec, TrainConfig } from '../protocol';
import { checkpointOf } from './checkpoint';
import { circlePoints } from './testing/toy-data';
import { createTrainer, type Trainer } from './trainer';

const spec: NetworkSpec = { features: ['x1', 'x2'], hidden: [{ units: 4, activation: 'tanh' }], init: 'xavier', seed: 7 };
const config: TrainConfig = {
  learningRate: 0.02,
  batchSize: 8,
  optimizer: 'adam',
  regularization: 'none',
  lambda: 0,
  untilEpoch: null,
  seed: 2,
  maxEpochsPerSecond: null,
};
const points = circlePoints(48, 3);

let trainers: Trainer[] = [];
const make = (s: NetworkSpec = spec): Trainer => {
  const trainer = createTrainer({ spec: s, trainConfig: config, points, engine: 'js', backend: 'cpu' });
  trainers.push(trainer);
  return trainer;
};
afterEach(() => {
  trainers.forEach((t) => t.dispose());
  trainers = [];
});

describe('checkpointOf', () => {
  it('copies the weights, progress and optimizer state, so the snapshot can be moved away', async () => {
    const trainer = make();
    trainer.train({ maxSteps: Infinity, stopAtEpoch: 2 });
    const snapshot = await trainer.snapshot(2);
    const checkpoint = checkpointOf(snapshot)!;
    expect(checkpoint.progress).toEqual({ epoch: 2, step: snapshot.step, runId: snapshot.runId });
    expect(checkpoint.params).toEqual(snapshot.params);
    expect(checkpoint.optimizerState).toEqual(snapshot.optimizerState);
    snapshot.params[0]!.W.fill(0);
    snapshot.optimizerState!.slots[0]!.fill(0);
    expect(checkpoint.params[0]!.W.some((w) => w !== 0)).toBe(true);
    expect(checkpoint.optimizerState!.slots[0]!.some((v) => v !== 0)).toBe(true);
  });

  it('is null for a diverged snapshot', async () => {
    const snapshot = await make().snapshot(2);
    expect(checkpointOf({ ...snapshot, hasDiverged: true })).toBeNull();
  });

  it('restored into a new trainer, training goes on exactly as in the original', async () => {
    const original = make();
    original.train({ maxSteps: Infinity, stopAtEpoch: 3 });
    const checkpoint = checkpointOf(await original.snapshot(2))!;
    const resumed = make();
    expect(resumed.restore(checkpoint)).toBe(true);
    expect(resumed.progress()).toMatchObject({ epoch: 3, step: original.progress().step });
    original.train({ maxSteps: Infinity, stopAtEpoch: 5 });
    resumed.train({ maxSteps: Infinity, stopAtEpoch: 5 });
    const [a, b] = [await original.getParams(), await resumed.getParams()];
    a.forEach((p, l) => p.W.forEach((w, i) => expect(b[l]!.W[i]).toBeCloseTo(w, 6)));
  });

  it('does not fit another network: restore says so and changes nothing', async () => {
    const checkpoint = checkpointOf(await make().snapshot(2))!;
    const other = make({ ...spec, hidden: [{ units: 3, activation: 'tanh' }] });
    const before = await other.getParams();
    expect(other.restore(checkpoint)).toBe(false);
    expect(await other.getParams()).toEqual(before);
    expect(other.progress().epoch).toBe(0);
  });
});
