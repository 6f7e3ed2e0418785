import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { packPoints } from '../lib/data/packed-points';
import type { MeasureOptions } from '../lib/model/calibrate';
import { checkpointOf } from '../lib/model/checkpoint';
import { initialParams } from '../lib/model/init';
import { createTrainer } from '../lib/model/trainer';
import { circlePoints } from '../lib/model/testing/toy-data';
import type { BackendName, NetworkSpec, TrainConfig, TrainingSnapshot } from '../lib/protocol';
import { createTrainerApi, type TrainerDeps } from './trainer-api';

const spec: NetworkSpec = {
  features: ['x1', 'x2'],
  hidden: [
    { units: 5, activation: 'tanh' },
    { units: 3, activation: 'relu' },
  ],
  init: 'xavier',
  seed: 12,
};
const train: TrainConfig = {
  learningRate: 0.05,
  batchSize: 8,
  optimizer: 'gd',
  regularization: 'l2',
  lambda: 0.01,
  untilEpoch: null,
  seed: 3,
  maxEpochsPerSecond: null,
};
const points = circlePoints(60, 9, 4);

/** The API on tfjs's cpu backend, reporting `backend`; `deps` adds to or replaces the defaults. */
function apiOnCpu(deps: Partial<TrainerDeps> = {}, backend: BackendName = 'cpu') {
  return createTrainerApi({
    initBackend: async () => {
      await tf.setBackend('cpu');
      return { backend };
    },
    now: () => performance.now(),
    yieldToEventLoop: () => new Promise((resolve) => setImmediate(resolve)),
    ...deps,
  });
}

async function setup(gridSize = 6) {
  const snapshots: TrainingSnapshot[] = [];
  const waiters: { predicate: (s: TrainingSnapshot) => boolean; resolve: (s: TrainingSnapshot) => void }[] = [];
  const api = apiOnCpu();
  expect(await api.init('auto', {})).toEqual({ backend: 'cpu' });
  await api.subscribe((s) => {
    snapshots.push(s);
    for (const w of [...waiters]) {
      if (w.predicate(s)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(s);
      }
    }
  });
  const next = (predicate: (s: TrainingSnapshot) => boolean) =>
    new Promise<TrainingSnapshot>((resolve) => waiters.push({ predicate, resolve }));
  await api.setViewOptions({ gridSize });
  await api.configure(spec, train);
  await api.setPoints(points);
  return { api, snapshots, next, last: () => snapshots[snapshots.length - 1]! };
}

const allCosts = (snapshots: TrainingSnapshot[], runId: number) =>
  snapshots.filter((s) => s.runId === runId).flatMap((s) => s.newCosts);

describe('createTrainerApi', () => {
  it('emits a snapshot of the documented shape on configure and setPoints', async () => {
    const { snapshots, last } = await setup(6);
    expect(snapshots).toHaveLength(2);
    const s = last();
    expect(s).toMatchObject({ runId: 0, epoch: 0, step: 0, isTraining: false, hasDiverged: false, backend: 'cpu', gridSize: 6 });
    expect(s.layerGrids.map((g) => g.length)).toEqual([5 * 36, 3 * 36, 36]);
    expect(s.params.map((p) => [p.rows, p.cols])).toEqual([
      [5, 2],
      [3, 5],
      [1, 3],
    ]);
    expect(s.params).toEqual(initialParams(spec));
    expect(Number.isFinite(s.trainCost) && Number.isFinite(s.testCost)).toBe(true);
    // The health figures of the training points come along.
    expect(s.health!.examples).toBe(points.filter((p) => p.split === 'train').length);
    expect(s.health!.layers.map((l) => [l.layer, l.units, l.activation])).toEqual([[1, 5, 'tanh'], [2, 3, 'relu']]);
    expect(s.health!.gradientNorms).toHaveLength(3);
  });

  it('step trains exactly one epoch and reports its cost', async () => {
    const { api, last } = await setup();
    for (const expected of [1, 2, 3]) {
      await api.step();
      expect(last()).toMatchObject({ epoch: expected, step: expected * 6, isTraining: false });
      expect(last().newCosts.map((c) => c.epoch)).toEqual([expected]);
    }
  });

  it('plays until untilEpoch, pauses exactly there, and reset replays the same costs', async () => {
    const { api, snapshots, next } = await setup();
    // Throttled so the 40 epochs span several slices, whatever the machine's speed.
    await api.configure(spec, { ...train, untilEpoch: 40, maxEpochsPerSecond: 400 });
    // Epoch > 0: a snapshot of the configure above may still arrive late on a busy machine.
    const done = next((s) => !s.isTraining && s.epoch > 0);
    await api.play();
    const final = await done;
    expect(final.epoch).toBe(40);
    expect(snapshots.some((s) => s.isTraining)).toBe(true);
    const firstRun = allCosts(snapshots, 0);
    expect(firstRun.map((c) => c.epoch)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    expect(firstRun[39]!.trainCost).toBeLessThan(firstRun[0]!.trainCost);

    await api.reset();
    expect(snapshots[snapshots.length - 1]).toMatchObject({ runId: 1, epoch: 0, step: 0, isTraining: false });
    const again = next((s) => s.runId === 1 && !s.isTraining && s.epoch === 40);
    await api.play();
    await again;
    expect(allCosts(snapshots, 1)).toEqual(firstRun);
  });

  it('keeps the weights when the learning rate changes, re-initialises when the architecture changes', async () => {
    const { api, last } = await setup();
    await api.step();
    await api.step();
    const trained = last().params;
    await api.configure(spec, { ...train, learningRate: 0.5 });
    expect(last()).toMatchObject({ runId: 0, epoch: 2 });
    expect(last().params).toEqual(trained);
    await api.configure({ ...spec, features: [...spec.features] }, train);
    expect(last().params).toEqual(trained);

    const wider: NetworkSpec = { ...spec, hidden: [{ units: 4, activation: 'sigmoid' }] };
    await api.configure(wider, train);
    expect(last()).toMatchObject({ runId: 1, epoch: 0, step: 0 });
    expect(last().params).toEqual(initialParams(wider));
    expect(last().layerGrids.map((g) => g.length)).toEqual([4 * 36, 36]);
  });

  it('setPoints keeps the weights and the epoch', async () => {
    const { api, last } = await setup();
    await api.step();
    const trained = last().params;
    await api.setPoints(circlePoints(30, 2));
    expect(last()).toMatchObject({ epoch: 1, params: trained });
    expect(last().testCost).toBeNaN();
  });

  it('pause stops the loop at once', async () => {
    const { api, snapshots, next } = await setup();
    const training = next((s) => s.isTraining && s.epoch > 2);
    await api.play();
    await training;
    await api.pause();
    const paused = snapshots[snapshots.length - 1]!;
    expect(paused.isTraining).toBe(false);
    expect(paused.stepsPerSecond).toBe(0);
    const count = snapshots.length;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(snapshots.length).toBe(count);
    expect(snapshots.slice(0, -1).some((s) => s.stepsPerSecond > 0 && s.epochsPerSecond > 0)).toBe(true);
  });

  it('throttles to maxEpochsPerSecond', async () => {
    const { api, last } = await setup();
    await api.configure(spec, { ...train, maxEpochsPerSecond: 20 });
    await api.play();
    await new Promise((resolve) => setTimeout(resolve, 400));
    await api.pause();
    // 400 ms at 20 epochs/s: the first epoch at once, then one every 50 ms.
    expect(last().epoch).toBeGreaterThanOrEqual(5);
    expect(last().epoch).toBeLessThanOrEqual(10);
  });

  it('at a steps/s setting publishes every step as its own snapshot', async () => {
    const { api, snapshots, next } = await setup();
    await api.configure(spec, { ...train, maxStepsPerSecond: 30 });
    const before = snapshots.length;
    const startStep = snapshots[before - 1]!.step;
    const sixthStep = next((s) => s.step >= startStep + 6);
    await api.play();
    await sixthStep;
    await api.pause();
    const published = [snapshots[before - 1]!, ...snapshots.slice(before).filter((s) => s.isTraining)];
    const increments = published.slice(1).map((s, i) => s.step - published[i]!.step);
    expect(increments.length).toBeGreaterThanOrEqual(6);
    expect(new Set(increments)).toEqual(new Set([1]));
    // Several steps per epoch here (batch 8): the epoch counter follows the steps.
    expect(published[published.length - 1]!.epoch).toBeLessThan(published.length);
  });

  it('paces steps to maxStepsPerSecond', async () => {
    const { api, last } = await setup();
    await api.configure(spec, { ...train, maxStepsPerSecond: 20 });
    const startStep = last().step;
    await api.play();
    await new Promise((resolve) => setTimeout(resolve, 400));
    await api.pause();
    // 400 ms at 20 steps/s: the first step at once, then one every 50 ms.
    expect(last().step - startStep).toBeGreaterThanOrEqual(5);
    expect(last().step - startStep).toBeLessThanOrEqual(10);
  });

  it('stops and reports hasDiverged when the cost becomes NaN', async () => {
    const { api, next } = await setup();
    const linear: NetworkSpec = { ...spec, hidden: [{ units: 5, activation: 'linear' }, { units: 5, activation: 'linear' }] };
    await api.configure(linear, { ...train, learningRate: 1e4, batchSize: 'full', regularization: 'none' });
    const diverged = next((s) => s.hasDiverged);
    await api.play();
    const s = await diverged;
    expect(s.isTraining).toBe(false);
  });

  it('passes snapshots through prepareSnapshot', async () => {
    const seen: TrainingSnapshot[] = [];
    const api = apiOnCpu({ prepareSnapshot: (s) => ({ ...s, gridSize: -1 }) });
    await api.init('cpu', {});
    await api.subscribe((s) => seen.push(s));
    await api.configure(spec, train);
    expect(seen[0]!.gridSize).toBe(-1);
  });

  it('restore puts back weights and epoch from another worker, and ignores weights of another network', async () => {
    const first = await setup();
    await first.api.step();
    await first.api.step();
    const trained = first.last();
    const second = await setup();
    expect(await second.api.restore({ params: trained.params, progress: { epoch: trained.epoch, step: trained.step, runId: 3 } })).toBe(true);
    expect(second.last()).toMatchObject({ epoch: 2, step: trained.step, runId: 3 });
    expect(second.last().params).toEqual(trained.params);
    expect(second.last().trainCost).toBeCloseTo(trained.trainCost, 6);
    await second.api.step();
    expect(second.last().epoch).toBe(3);
    const other = initialParams({ ...spec, hidden: [{ units: 2, activation: 'tanh' }] });
    expect(await second.api.restore({ params: other, progress: { epoch: 9, step: 9, runId: 9 } })).toBe(false);
    expect(second.last().epoch).toBe(3);
  });

  it('restore carries the optimizer state over: the next epoch is the one the first worker takes', async () => {
    const adam: TrainConfig = { ...train, optimizer: 'adam', learningRate: 0.01 };
    const first = await setup();
    await first.api.configure(spec, adam);
    await first.api.step();
    await first.api.step();
    const trained = first.last();
    expect(trained.optimizerState).toMatchObject({ optimizer: 'adam' });
    const second = await setup();
    await second.api.configure(spec, adam);
    const checkpoint = checkpointOf(trained)!;
    expect(checkpoint.optimizerState).toEqual(trained.optimizerState);
    expect(await second.api.restore(checkpoint)).toBe(true);
    await first.api.step();
    await second.api.step();
    expect(second.last().optimizerState!.t).toBe(first.last().optimizerState!.t);
    first.last().params.forEach((p, l) => p.W.forEach((w, i) => expect(second.last().params[l]!.W[i]).toBeCloseTo(w, 5)));
    expect(second.last().trainCost).toBeCloseTo(first.last().trainCost, 5);
  });

  it('a new subscriber gets the current state at once', async () => {
    const { api } = await setup();
    await api.step();
    const seen: TrainingSnapshot[] = [];
    await api.subscribe((s) => seen.push(s));
    expect(seen).toHaveLength(1);
    expect(seen[0]!.epoch).toBe(1);
  });

  it('after a lost WebGL context, moves to the next backend and trains on from the last weights and epoch', async () => {
    let loseContext = (): void => undefined;
    const fallbacks: string[] = [];
    const snapshots: TrainingSnapshot[] = [];
    // Pretends to be webgl (the ops path); the tensors live on the cpu backend either way.
    const api = apiOnCpu({
      watchContextLoss: (onLost) => {
        loseContext = onLost;
        return () => undefined;
      },
      fallbackBackend: async (from) => {
        fallbacks.push(from);
        return 'cpu';
      },
    }, 'webgl');
    await api.init('webgl', {});
    await api.subscribe((s) => snapshots.push(s));
    await api.configure(spec, { ...train, batchSize: 'full', optimizer: 'momentum' });
    await api.setPoints(points);
    await api.play();
    await waitFor(() => (snapshots.at(-1)?.epoch ?? 0) >= 5);
    loseContext();
    await waitFor(() => snapshots.some((s) => s.notice));
    const switched = snapshots.find((s) => s.notice)!;
    expect(fallbacks).toEqual(['webgl']);
    expect(switched.notice).toEqual({ kind: 'backendSwitched', from: 'webgl', to: 'cpu' });
    expect(switched.backend).toBe('cpu');
    expect(switched.epoch).toBeGreaterThanOrEqual(5);
    const before = snapshots[snapshots.indexOf(switched) - 1]!;
    expect(switched.runId).toBe(before.runId);
    // The optimizer went on too: its step count t still matches the run's steps (a fresh one restarts at 0).
    expect(switched.optimizerState!.t).toBe(switched.step);
    await waitFor(() => snapshots.at(-1)!.epoch >= switched.epoch + 5);
    expect(snapshots.at(-1)!.isTraining).toBe(true);
    expect(snapshots.filter((s) => s.notice)).toHaveLength(1);
    await api.pause();
  });

  it('trains without resting at the default share; below 1 it rests after each slice, and an edit ends a rest', async () => {
    const rests: number[] = [];
    const api = apiOnCpu({
      // A rest that would never end by itself: only setPoints (wakeLoop) ends it.
      sleep: (ms) => {
        rests.push(ms);
        return new Promise<void>(() => undefined);
      },
    });
    const snapshots: TrainingSnapshot[] = [];
    await api.init('auto', {});
    await api.subscribe((s) => void snapshots.push(s));
    await api.setViewOptions({ gridSize: 4 });
    await api.configure(spec, train);
    await api.setPoints(points, 1);
    await api.play();
    await waitFor(() => snapshots.some((s) => s.isTraining && s.epoch >= 3));
    expect(rests).toEqual([]);

    await api.setViewOptions({ trainingShare: 0.5 });
    await waitFor(() => rests.length === 1);
    expect(rests[0]).toBeGreaterThan(0);
    // The loop is resting for good unless woken: an edit of the points wakes it and is published.
    await api.setPoints(points.slice(1), 2);
    await waitFor(() => snapshots.some((s) => s.pointsVersion === 2));
    await waitFor(() => rests.length === 2);
    await api.pause();
  });

  it('a drag in progress coarsens the maps and they come back after; one call sets several view options', async () => {
    const { api, last, snapshots } = await setup(100);
    await api.setViewOptions({ isDragging: true });
    expect(last().gridSize).toBe(50);
    expect(last().layerGrids.at(-1)!.length).toBe(50 * 50);
    await api.setViewOptions({ isDragging: false });
    expect(last().gridSize).toBe(100);
    await api.setViewOptions({ gridSize: 8, withGradients: false });
    expect(last()).toMatchObject({ gridSize: 8, gradients: [] });
    // Nothing a snapshot shows changed: no new snapshot; invalid values are ignored.
    const count = snapshots.length;
    await api.setViewOptions({ trainingShare: 0.7, gridSize: Number.NaN });
    expect(snapshots).toHaveLength(count);
    await api.setViewOptions({ withGradients: true });
    expect(last().gridSize).toBe(8);
    expect(last().gradients).toHaveLength(3);
  });

  it('auto measures each workload class once and moves to the faster engines, keeping the weights and the epoch', async () => {
    const measured: { kind: string; units: number; trainCount: number }[] = [];
    // Injected figures: plain JS wins on few points and narrow layers, tfjs on many points or wide layers; tfjs always builds snapshots faster.
    const measureEngine = async (kind: 'js' | 'tfjs', options: MeasureOptions) => {
      const units = options.spec.hidden[0]!.units;
      const trainCount = options.points.filter((p) => p.split === 'train').length;
      measured.push({ kind, units, trainCount });
      const isBig = units > 16 || trainCount > 100;
      return { stepsPerSecond: kind === 'js' ? (isBig ? 100 : 10_000) : isBig ? 1_000 : 500, snapshotMs: kind === 'js' ? 20 : 5 };
    };
    const snapshots: TrainingSnapshot[] = [];
    const api = apiOnCpu({
      measureEngine,
    });
    await api.init('auto', {});
    await api.subscribe((snapshot) => void snapshots.push(snapshot));
    await api.setViewOptions({ gridSize: 4 });
    await api.configure(spec, train);
    expect(measured).toEqual([]);
    await api.setPoints(points);
    expect(measured.map((m) => m.kind)).toEqual(['js', 'tfjs']);
    await api.step();
    await api.step();
    expect(snapshots.at(-1)).toMatchObject({ engine: 'js', gridEngine: 'tfjs', epoch: 2 });
    expect(snapshots.at(-1)!.engineMeasurements).toEqual({ js: { stepsPerSecond: 10_000, snapshotMs: 20 }, tfjs: { stepsPerSecond: 500, snapshotMs: 5 } });
    // Same class (another learning rate, a few points fewer): nothing measured again.
    await api.configure(spec, { ...train, learningRate: 0.1 });
    await api.setPoints(points.slice(2));
    await api.configure(spec, train);
    await api.setPoints(points);
    expect(measured).toHaveLength(2);

    // Three times the points: measured again, and trained on from the same weights on tfjs.
    const more = [...points, ...points, ...points];
    await api.setPoints(more);
    expect(measured.slice(2).map((m) => m.kind)).toEqual(['js', 'tfjs']);
    expect(measured.at(-1)!.trainCount).toBeGreaterThan(2 * measured[0]!.trainCount);
    await api.step();
    const after = snapshots.at(-1)!;
    expect(after).toMatchObject({ engine: 'tfjs', gridEngine: 'tfjs', epoch: 3, runId: 0 });
    // The same run on plain JS throughout: two epochs on the points, one on three times as many.
    const reference = createTrainer({ spec, trainConfig: train, points, engine: 'js', backend: 'cpu' });
    reference.train({ maxSteps: Infinity, stopAtEpoch: 2 });
    reference.setPoints(more);
    reference.train({ maxSteps: Infinity, stopAtEpoch: 3 });
    const expected = await reference.getParams();
    reference.dispose();
    expected.forEach((p, l) => p.W.forEach((w, i) => expect(after.params[l]!.W[i]).toBeCloseTo(w, 4)));

    // A wide network is another class again.
    await api.configure({ ...spec, hidden: [{ units: 32, activation: 'tanh' }] }, train);
    expect(measured.slice(4).map((m) => [m.kind, m.units])).toEqual([['js', 32], ['tfjs', 32]]);
  });

  it('a forced backend measures nothing and keeps the engine it implies', async () => {
    let calls = 0;
    const api = apiOnCpu({
      measureEngine: async () => {
        calls += 1;
        return { stepsPerSecond: 1, snapshotMs: 1 };
      },
    });
    const snapshots: TrainingSnapshot[] = [];
    await api.init('cpu', {});
    await api.subscribe((snapshot) => void snapshots.push(snapshot));
    await api.configure(spec, train);
    await api.setPoints(points);
    expect(calls).toBe(0);
    expect(snapshots.at(-1)).toMatchObject({ engine: 'js', gridEngine: 'js' });
    expect(snapshots.at(-1)!.engineMeasurements).toBeUndefined();
  });

  it('setPackedPoints is setPoints with the points packed', async () => {
    const { api, last } = await setup();
    await api.setPoints(points.slice(0, 20), 5);
    const unpacked = last();
    await api.setPackedPoints(packPoints(points.slice(0, 20)), 6);
    expect(last().pointsVersion).toBe(6);
    expect(last().trainCost).toBe(unpacked.trainCost);
    expect(last().testCost).toBe(unpacked.testCost);
  });

  it('exportModel returns the current network as tfjs artifacts', async () => {
    const { api } = await setup();
    const artifacts = await api.exportModel();
    expect(artifacts.weightSpecs.map((w) => w.shape)).toEqual([[2, 5], [5], [5, 3], [3], [3, 1], [1]]);
    expect(artifacts.weightData.byteLength).toBe(4 * (10 + 5 + 15 + 3 + 3 + 1));
  });
});

async function waitFor(condition: () => boolean, timeoutMs = 10_000): Promise<void> {
  const start = performance.now();
  while (!condition()) {
    if (performance.now() - start > timeoutMs) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

describe('step-through and hand-set weights through the API', () => {
  it('traceStep pauses a playing run; applyStep takes training’s next step, publishes it, and returns before and after', async () => {
    const { api, next, last } = await setup();
    const training = next((s) => s.isTraining && s.step > 3);
    await api.play();
    await training;
    const trace = (await api.traceStep({ kind: 'batch' }))!;
    expect(last().isTraining).toBe(false);
    // A batch of 8, or the epoch's last, smaller one.
    expect(trace.m).toBeGreaterThan(0);
    expect(trace.m).toBeLessThanOrEqual(8);
    expect(trace.trainIndices).toHaveLength(trace.m);
    expect(trace.step).toBe(last().step);
    const update = (await api.applyStep({ kind: 'batch' }))!;
    expect(update.before).toEqual(trace.params);
    expect(last().step).toBe(trace.step + 1);
    expect(last().params).toEqual(update.after);
    // Plain gradient descent: W := W − α (dW + the penalty's term), on exactly the traced examples.
    update.after.forEach((p, l) => {
      const g = trace.backward[l]!;
      p.W.forEach((w, i) => expect(w).toBeCloseTo(update.before[l]!.W[i]! - train.learningRate * (g.dW[i]! + g.dWPenalty[i]!), 6));
      p.b.forEach((b, i) => expect(b).toBeCloseTo(update.before[l]!.b[i]! - train.learningRate * g.db[i]!, 6));
    });
    expect(update.optimizerState).toBeNull();
  });

  it('refuses a choice that is not one and steps with no training points', async () => {
    const { api } = await setup();
    expect(await api.traceStep({ kind: 'nonsense' } as never)).toBeNull();
    expect(await api.applyStep(null as never)).toBeNull();
    await api.setPoints([]);
    expect(await api.traceStep({ kind: 'batch' })).toBeNull();
    expect(await api.applyStep({ kind: 'full' })).toBeNull();
  });

  it('setParam changes one weight and publishes it; loadNetwork switches to imported weights at epoch 0', async () => {
    const { api, last } = await setup();
    await api.step();
    expect(await api.setParam({ layer: 2, row: 1, col: 4, value: 2.5 })).toBe(true);
    expect(last().params[1]!.W[1 * 5 + 4]).toBe(2.5);
    expect(await api.setParam({ layer: 2, row: 1, col: 5, value: 2.5 })).toBe(false);
    const other: NetworkSpec = { ...spec, hidden: [{ units: 2, activation: 'sigmoid' }] };
    const params = initialParams({ ...other, seed: 99 });
    expect(await api.loadNetwork(other, train, params)).toBe(true);
    expect(last()).toMatchObject({ epoch: 0, step: 0 });
    expect(last().params).toEqual(params);
    expect(await api.loadNetwork(other, train, initialParams(spec))).toBe(false);
  });
});

describe('the cost landscape through the API', () => {
  it('J at the grid’s centre is the snapshot’s training cost; replaceParams moves the weights and keeps the step count', async () => {
    const { api, last } = await setup();
    await api.step();
    const snapshot = last();
    const w = snapshot.params[2]!.W;
    const range = { x0: w[0]! - 1, x1: w[0]! + 1, y0: w[1]! - 1, y1: w[1]! + 1 };
    const surface = (await api.landscape({ axes: [{ kind: 'param', layer: 3, row: 0, col: 0 }, { kind: 'param', layer: 3, row: 0, col: 1 }], seed: 1, center: null, range, resolution: 5 }))!;
    expect(surface.costs).toHaveLength(25);
    expect(surface.origin).toEqual([w[0], w[1]]);
    expect(surface.costs[12]).toBeCloseTo(snapshot.trainCost, 5);
    expect(await api.landscape({ axes: [{ kind: 'param', layer: 9, row: 0, col: 0 }, { kind: 'direction', index: 1 }], seed: 1, center: null, range, resolution: 5 })).toBeNull();
    const moved = snapshot.params.map((p) => ({ ...p, W: p.W.map((x) => x * 2), b: p.b.slice() }));
    expect(await api.replaceParams(moved)).toBe(true);
    expect(last().params[0]!.W).toEqual(moved[0]!.W);
    expect(last().step).toBe(snapshot.step);
    expect(await api.replaceParams(moved.slice(1))).toBe(false);
  });
});

describe('racing the optimizers through the API', () => {
  it('races four lanes from the run’s initial weights and leaves the run as it was', async () => {
    const { api, last } = await setup();
    await api.step();
    const before = last();
    const result = (await api.race())!;
    expect(result.lanes.map((l) => l.optimizer)).toEqual(['gd', 'momentum', 'rmsprop', 'adam']);
    const initial = initialParams(spec).flatMap((p) => [...p.W, ...p.b]);
    for (const lane of result.lanes) {
      expect(Array.from(lane.trail[0]!)).toEqual(initial);
      expect(lane.costs).toHaveLength(result.epochs + 1);
    }
    expect(last().params).toEqual(before.params);
    await api.step();
    expect(last().epoch).toBe(before.epoch + 1);
    expect(last().runId).toBe(before.runId);
  });
});
