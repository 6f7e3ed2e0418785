import { tensorCount, useCpuBackend } from '../engine/tfjs/testing/tensors';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { EngineKind, NetworkSpec, TrainConfig } from '../protocol';
import { createTrainer, type Trainer, type TrainerOptions } from './trainer';
import { circlePoints, separablePoints } from './testing/toy-data';

beforeAll(async () => {
  await useCpuBackend();
});

const linearSpec: NetworkSpec = { features: ['x1', 'x2'], hidden: [], init: 'small', seed: 1 };
const circleSpec: NetworkSpec = {
  features: ['x1', 'x2'],
  hidden: [{ units: 6, activation: 'tanh' }],
  init: 'xavier',
  seed: 3,
};
const config: TrainConfig = {
  learningRate: 0.1,
  batchSize: 'full',
  optimizer: 'gd',
  regularization: 'none',
  lambda: 0,
  untilEpoch: null,
  seed: 5,
  maxEpochsPerSecond: null,
};

let trainers: Trainer[] = [];
let engine: EngineKind = 'js';
function make(options: TrainerOptions): Trainer {
  const trainer = createTrainer({ engine, ...options });
  trainers.push(trainer);
  return trainer;
}
afterEach(() => {
  trainers.forEach((t) => t.dispose());
  trainers = [];
});

async function costHistory(trainer: Trainer, epochs: number): Promise<number[]> {
  trainer.train({ maxSteps: Infinity, stopAtEpoch: trainer.progress().epoch + epochs });
  return (await trainer.snapshot(2)).newCosts.map((c) => c.trainCost);
}

describe.each(['js', 'tfjs'] as const)('trainer (%s engine)', (engineUnderTest) => {
  beforeAll(() => {
    engine = engineUnderTest;
  });

  it('L2 and L1 regularisation shrink the weights relative to none', async () => {
    const squaredWeights = async (regularization: 'none' | 'l1' | 'l2') => {
      const trainer = make({ spec: circleSpec, trainConfig: { ...config, regularization, lambda: regularization === 'none' ? 0 : 0.5 }, points: circlePoints(80, 4) });
      trainer.train({ maxSteps: 300 });
      const params = await trainer.getParams();
      return params.reduce((sum, layer) => sum + layer.W.reduce((s, w) => s + w * w, 0), 0);
    };
    const none = await squaredWeights('none');
    expect(await squaredWeights('l2')).toBeLessThan(none * 0.8);
    expect(await squaredWeights('l1')).toBeLessThan(none * 0.8);
  });

  it('keeps a snapshot whole when points arrive while it is being read', async () => {
    const trainer = make({ spec: circleSpec, trainConfig: config });
    const pending = trainer.snapshot(4);
    trainer.setPoints(circlePoints(40, 1, 2));
    const snapshot = await pending;
    expect(snapshot.layerGrids.map((g) => g.length)).toEqual([6 * 16, 16]);
    for (const layer of [...snapshot.params, ...snapshot.gradients]) {
      expect(layer.W).toHaveLength(layer.rows * layer.cols);
      expect(layer.b).toHaveLength(layer.rows);
    }
  });

  it('lowers the cost on linearly separable data with no hidden layer', async () => {
    const trainer = make({ spec: linearSpec, trainConfig: config, points: separablePoints(100, 2, 5) });
    const before = await trainer.snapshot(4);
    trainer.train({ maxSteps: 200 });
    const after = await trainer.snapshot(4);
    expect(after.epoch).toBe(200);
    expect(after.trainCost).toBeLessThan(before.trainCost * 0.5);
    expect(after.trainAccuracy).toBeGreaterThan(0.95);
    expect(after.testAccuracy).toBeGreaterThan(0.9);
  });

  it('lowers the cost on a circle with one hidden layer (minibatches, Adam)', async () => {
    const trainer = make({
      spec: circleSpec,
      trainConfig: { ...config, batchSize: 10, optimizer: 'adam', learningRate: 0.03 },
      points: circlePoints(200, 4),
    });
    const before = await trainer.snapshot(4);
    trainer.train({ maxSteps: Infinity, stopAtEpoch: 60 });
    const after = await trainer.snapshot(4);
    expect(after.trainCost).toBeLessThan(0.2);
    expect(after.trainCost).toBeLessThan(before.trainCost);
    expect(after.trainAccuracy).toBeGreaterThan(0.95);
  });

  it('takes ⌈m / b⌉ steps per epoch, one for full batch, and stops at stopAtEpoch', () => {
    const points = separablePoints(95, 1);
    const trainer = make({ spec: linearSpec, trainConfig: { ...config, batchSize: 10 }, points });
    expect(trainer.progress().stepsPerEpoch).toBe(10);
    expect(trainer.train({ maxSteps: 25 })).toEqual({ steps: 25, epochsCompleted: 2 });
    expect(trainer.train({ maxSteps: Infinity, stopAtEpoch: 4 })).toEqual({ steps: 15, epochsCompleted: 2 });
    trainer.setTrainConfig({ ...config, batchSize: 'full' });
    expect(trainer.train({ maxSteps: 3 })).toEqual({ steps: 3, epochsCompleted: 3 });
    expect(trainer.progress()).toMatchObject({ epoch: 7, step: 43, stepsPerEpoch: 1 });
  });

  it('stops at the deadline', () => {
    const trainer = make({ spec: circleSpec, trainConfig: config, points: circlePoints(50, 1) });
    let clock = 0;
    const result = trainer.train({ maxSteps: Infinity, deadlineMs: 10, now: () => (clock += 1) });
    expect(result.steps).toBeGreaterThan(0);
    expect(result.steps).toBeLessThan(50);
  });

  it('builds a snapshot of the documented shape', async () => {
    const spec: NetworkSpec = { ...circleSpec, features: ['x1', 'x2', 'x1sq'], hidden: [{ units: 4, activation: 'relu' }, { units: 3, activation: 'tanh' }] };
    const trainer = make({ spec, trainConfig: config, points: circlePoints(40, 2, 4) });
    trainer.train({ maxSteps: 3 });
    const s = await trainer.snapshot(7, { isTraining: true, stepsPerSecond: 5, epochsPerSecond: 2 });
    expect(s).toMatchObject({ runId: 0, epoch: 3, step: 3, isTraining: true, hasDiverged: false, gridSize: 7, backend: 'cpu', stepsPerSecond: 5 });
    expect(s.newCosts.map((c) => c.epoch)).toEqual([1, 2, 3]);
    expect(s.layerGrids.map((g) => g.length)).toEqual([4 * 49, 3 * 49, 49]);
    expect(s.params.map((p) => [p.rows, p.cols, p.W.length, p.b.length])).toEqual([
      [4, 3, 12, 4],
      [3, 4, 12, 3],
      [1, 3, 3, 1],
    ]);
    for (const v of [s.trainCost, s.testCost, s.trainAccuracy, s.testAccuracy]) expect(Number.isFinite(v)).toBe(true);
    // The cost recorded for the last epoch is the cost at the snapshot's weights.
    expect(s.newCosts[2]!.trainCost).toBeCloseTo(s.trainCost, 5);
    expect(s.newCosts[2]!.testCost).toBeCloseTo(s.testCost, 5);
    expect((await trainer.snapshot(7)).newCosts).toEqual([]);
  });

  it('leaves the gradients out of a snapshot when asked, and nothing else changes', async () => {
    const trainer = make({ spec: circleSpec, trainConfig: config, points: circlePoints(40, 2, 4) });
    trainer.train({ maxSteps: 3 });
    const withGradients = await trainer.snapshot(5);
    const without = await trainer.snapshot(5, undefined, false);
    expect(withGradients.gradients.map((g) => [g.rows, g.cols])).toEqual(withGradients.params.map((p) => [p.rows, p.cols]));
    expect(without.gradients).toEqual([]);
    expect(without.params).toEqual(withGradients.params);
    expect(without.layerGrids).toEqual(withGradients.layerGrids);
    expect([without.trainCost, without.testCost, without.trainAccuracy]).toEqual([withGradients.trainCost, withGradients.testCost, withGradients.trainAccuracy]);
  });

  it('reports NaN test values without test points, and hasDiverged when the cost blows up', async () => {
    const trainer = make({ spec: linearSpec, trainConfig: config, points: separablePoints(30, 2) });
    const s = await trainer.snapshot(3);
    expect(s.testCost).toBeNaN();
    expect(s.testAccuracy).toBeNaN();
    expect(s.hasDiverged).toBe(false);
    trainer.setParams(s.params.map((p) => ({ ...p, W: p.W.map(() => NaN) })));
    expect((await trainer.snapshot(3)).hasDiverged).toBe(true);
  });

  it('reset replays exactly, minibatch shuffles included', async () => {
    const trainer = make({ spec: circleSpec, trainConfig: { ...config, batchSize: 7 }, points: circlePoints(60, 3) });
    const first = await costHistory(trainer, 5);
    const firstParams = await trainer.getParams();
    trainer.reset();
    expect(trainer.progress()).toMatchObject({ runId: 1, epoch: 0, step: 0 });
    expect(await costHistory(trainer, 5)).toEqual(first);
    expect(await trainer.getParams()).toEqual(firstParams);
    const other = make({ spec: circleSpec, trainConfig: { ...config, batchSize: 7, seed: 99 }, points: circlePoints(60, 3) });
    expect(await costHistory(other, 5)).not.toEqual(first);
  });

  it('keeps the weights when the config or the points change, re-initialises on setNetwork', async () => {
    const trainer = make({ spec: circleSpec, trainConfig: config, points: circlePoints(40, 1) });
    trainer.train({ maxSteps: 5 });
    const trained = await trainer.getParams();
    trainer.setTrainConfig({ ...config, learningRate: 0.5, optimizer: 'momentum' });
    trainer.setPoints(circlePoints(30, 8));
    expect(await trainer.getParams()).toEqual(trained);
    expect(trainer.progress()).toMatchObject({ runId: 0, epoch: 5 });
    trainer.setNetwork({ ...circleSpec, hidden: [{ units: 2, activation: 'relu' }] });
    expect(trainer.progress()).toMatchObject({ runId: 1, epoch: 0, step: 0 });
    expect((await trainer.getParams())[0]!.rows).toBe(2);
  });

  it('setParams restores parameters and rejects the wrong shapes', async () => {
    const trainer = make({ spec: circleSpec, trainConfig: config, points: circlePoints(40, 1) });
    const initial = await trainer.getParams();
    trainer.train({ maxSteps: 5 });
    trainer.setParams(initial);
    expect(await trainer.getParams()).toEqual(initial);
    expect(() => trainer.setParams(initial.slice(1))).toThrow();
  });

  it('restoreProgress continues the epoch count and the shuffle of another trainer', async () => {
    const trainConfig: TrainConfig = { ...config, batchSize: 8 };
    const points = circlePoints(40, 1);
    const original = make({ spec: circleSpec, trainConfig, points });
    original.train({ maxSteps: Infinity, stopAtEpoch: 3 });
    const params = await original.getParams();
    const copy = make({ spec: circleSpec, trainConfig, points });
    copy.setParams(params);
    copy.restoreProgress({ epoch: 3, step: original.progress().step, runId: 4 });
    expect(copy.progress()).toMatchObject({ runId: 4, epoch: 3, step: original.progress().step });
    original.train({ maxSteps: Infinity, stopAtEpoch: 5 });
    copy.train({ maxSteps: Infinity, stopAtEpoch: 5 });
    // setParams resets the optimizer state; plain gradient descent has none, so both runs agree.
    const [a, b] = [await original.getParams(), await copy.getParams()];
    a.forEach((p, l) => p.W.forEach((w, i) => expect(b[l]!.W[i]).toBeCloseTo(w, 5)));
    const s = await copy.snapshot(2);
    expect(s).toMatchObject({ runId: 4, epoch: 5 });
    expect(s.newCosts.map((c) => c.epoch)).toEqual([4, 5]);
  });

  it('a trainer given the weights and optimizer state of a snapshot goes on exactly as the original', async () => {
    const trainConfig: TrainConfig = { ...config, optimizer: 'adam', learningRate: 0.01 };
    const points = circlePoints(40, 1);
    const original = make({ spec: circleSpec, trainConfig, points });
    original.train({ maxSteps: Infinity, stopAtEpoch: 3 });
    const saved = await original.snapshot(2);
    expect(saved.optimizerState).toMatchObject({ optimizer: 'adam', t: 3 });
    // v and s for each W and b.
    expect(saved.optimizerState!.slots).toHaveLength(2 * 2 * saved.params.length);
    const resumed = make({ spec: circleSpec, trainConfig, points });
    resumed.setParams(saved.params, saved.optimizerState);
    const restarted = make({ spec: circleSpec, trainConfig, points });
    restarted.setParams(saved.params);
    for (const t of [original, resumed, restarted]) t.train({ maxSteps: 5 });
    const [a, b, c] = await Promise.all([original, resumed, restarted].map((t) => t.getParams()));
    a!.forEach((p, l) => p.W.forEach((w, i) => expect(b![l]!.W[i]).toBeCloseTo(w, 5)));
    // A fresh Adam state would take other steps (its first step moves every weight by about α).
    const gap = Math.max(...a!.flatMap((p, l) => Array.from(p.W, (w, i) => Math.abs(w - c![l]!.W[i]!))));
    expect(gap).toBeGreaterThan(1e-4);
  });

  it('plain gradient descent snapshots carry no optimizer state', async () => {
    const trainer = make({ spec: circleSpec, trainConfig: config, points: circlePoints(40, 1) });
    trainer.train({ maxSteps: 3 });
    expect((await trainer.snapshot(2)).optimizerState).toBeUndefined();
  });

  it('zeros init keeps every unit of a hidden layer equal (symmetry is never broken)', async () => {
    const spec: NetworkSpec = { ...circleSpec, init: 'zeros', hidden: [{ units: 4, activation: 'sigmoid' }] };
    const trainer = make({ spec, trainConfig: { ...config, learningRate: 0.5 }, points: separablePoints(40, 5) });
    trainer.train({ maxSteps: 100 });
    const [hidden, output] = await trainer.getParams();
    const rows = [0, 1, 2, 3].map((u) => Array.from(hidden!.W.subarray(u * 2, u * 2 + 2)));
    for (const row of rows) expect(row).toEqual(rows[0]);
    expect(new Set(hidden!.b).size).toBe(1);
    expect(new Set(output!.W).size).toBe(1);
    expect(output!.W[0]).not.toBe(0);
    expect(hidden!.W[0]).not.toBe(0);
  });

  it('keeps tensorCount() flat over 1,000 steps', async () => {
    const trainer = make({
      spec: { ...circleSpec, hidden: [{ units: 5, activation: 'relu' }, { units: 4, activation: 'tanh' }] },
      trainConfig: { ...config, batchSize: 8, optimizer: 'adam', regularization: 'l2', lambda: 0.01 },
      points: circlePoints(50, 6, 5),
    });
    await trainer.snapshot(5);
    const before = tensorCount();
    trainer.train({ maxSteps: 1000 });
    await trainer.snapshot(5);
    expect(trainer.progress().step).toBe(1000);
    expect(tensorCount()).toBe(before);
    trainer.dispose();
    trainers = [];
  });

  it('dispose frees everything it created', () => {
    const before = tensorCount();
    const trainer = createTrainer({ engine, spec: circleSpec, trainConfig: { ...config, optimizer: 'adam' }, points: circlePoints(20, 1, 4) });
    trainer.train({ maxSteps: 10 });
    trainer.dispose();
    expect(tensorCount()).toBe(before);
  });
});
