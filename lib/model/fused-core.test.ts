import * as tf from '@tensorflow/tfjs-core';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  ACTIVATIONS,
  OPTIMIZERS,
  REGULARIZATIONS,
  type Activation,
  type LayerParams,
  type NetworkSpec,
  type Optimizer,
  type Regularization,
  type TrainConfig,
} from '../protocol';
import { createPlanBuffers, planSteps, type BatchCursor } from './batch-plan';
import { backward, forward } from './forward-backward';
import {
  createWorkspace,
  evaluateSet,
  fastTanh,
  forwardAll,
  fullBatchGradients,
  OPTIMIZER_CODES,
  REGULARIZATION_CODES,
  trainSteps,
  type CoreParams,
} from './fused-core';
import { gridActivations } from './grid';
import { layerActivations, layerSizes } from './network';
import { circlePoints } from './testing/toy-data';
import { createTrainer, type Trainer } from './trainer';
import type { EngineKind } from '../protocol';
import { epochOrder } from './training-data';
import { pointsToMatrices } from '../data/features';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

let trainers: Trainer[] = [];
afterEach(() => {
  trainers.forEach((t) => t.dispose());
  trainers = [];
});

/** Largest |a − b| / max(|b|, 1e-2) over every entry of every W and b. */
function maxRelativeDiff(a: readonly LayerParams[], b: readonly LayerParams[]): number {
  let worst = 0;
  a.forEach((layer, l) => {
    const other = b[l]!;
    const pairs: [Float32Array, Float32Array][] = [
      [layer.W, other.W],
      [layer.b, other.b],
    ];
    for (const [x, y] of pairs) {
      expect(x.length).toBe(y.length);
      for (let i = 0; i < x.length; i++) worst = Math.max(worst, Math.abs(x[i]! - y[i]!) / Math.max(Math.abs(y[i]!), 1e-2));
    }
  });
  return worst;
}

interface Case {
  activation: Activation;
  hidden: number;
  optimizer: Optimizer;
  regularization: Regularization;
  batchSize: number | 'full';
}

function specOf(c: Case): NetworkSpec {
  return {
    features: ['x1', 'x2', 'x1x2'],
    hidden: Array.from({ length: c.hidden }, (_, i) => ({ units: 5 - i, activation: c.activation })),
    init: 'xavier',
    seed: 7,
  };
}

function configOf(c: Case): TrainConfig {
  const learningRate = c.optimizer === 'adam' || c.optimizer === 'rmsprop' ? 0.01 : 0.1;
  return {
    learningRate,
    batchSize: c.batchSize,
    optimizer: c.optimizer,
    regularization: c.regularization,
    lambda: c.regularization === 'none' ? 0 : 0.05,
    untilEpoch: null,
    seed: 11,
    maxEpochsPerSecond: null,
  };
}

const points = circlePoints(44, 5, 4);

async function trainWith(engine: EngineKind, c: Case, steps: number) {
  const trainer = createTrainer({ spec: specOf(c), trainConfig: configOf(c), points, engine });
  trainers.push(trainer);
  trainer.train({ maxSteps: steps });
  const snapshot = await trainer.snapshot(3);
  return { params: snapshot.params, costs: snapshot.newCosts, progress: trainer.progress() };
}

async function expectPathsEqual(c: Case, steps = 50): Promise<void> {
  const ops = await trainWith('tfjs', c, steps);
  const fused = await trainWith('js', c, steps);
  expect(fused.progress).toEqual(ops.progress);
  const diff = maxRelativeDiff(fused.params, ops.params);
  expect(diff).toBeLessThanOrEqual(1e-4);
  expect(fused.costs.map((p) => p.epoch)).toEqual(ops.costs.map((p) => p.epoch));
  fused.costs.forEach((p, i) => {
    expect(Math.abs(p.trainCost - ops.costs[i]!.trainCost)).toBeLessThanOrEqual(1e-5 * (1 + Math.abs(p.trainCost)));
    expect(Math.abs(p.testCost - ops.costs[i]!.testCost)).toBeLessThanOrEqual(1e-5 * (1 + Math.abs(p.testCost)));
  });
}

describe('fused training steps equal the tfjs-ops path (params after 50 steps, max relative diff ≤ 1e-4)', () => {
  const byActivation: Case[] = [];
  ACTIVATIONS.forEach((activation, a) =>
    [0, 1, 3].forEach((hidden, h) =>
      byActivation.push({
        activation,
        hidden,
        optimizer: OPTIMIZERS[(a + h) % OPTIMIZERS.length]!,
        regularization: REGULARIZATIONS[(a + 2 * h) % REGULARIZATIONS.length]!,
        batchSize: ([1, 10, 'full'] as const)[(a + h) % 3]!,
      }),
    ),
  );
  it.each(byActivation)('$activation, $hidden hidden, $optimizer, $regularization, batch $batchSize', (c) =>
    expectPathsEqual(c),
  );

  const byOptimizer: Case[] = [];
  for (const optimizer of OPTIMIZERS)
    for (const regularization of REGULARIZATIONS)
      for (const batchSize of [1, 10, 'full'] as const)
        byOptimizer.push({ activation: 'tanh', hidden: 1, optimizer, regularization, batchSize });
  it.each(byOptimizer)('tanh, 1 hidden, $optimizer, $regularization, batch $batchSize', (c) => expectPathsEqual(c));

  it('stays equal across epochs with an uneven last batch (the per-epoch shuffle is the same)', () =>
    expectPathsEqual({ activation: 'relu', hidden: 2, optimizer: 'adam', regularization: 'l2', batchSize: 7 }, 200));
});

describe('fastTanh', () => {
  it('is within 3e-7 of Math.tanh everywhere (float32 precision)', () => {
    let worst = 0;
    for (let z = -20; z <= 20; z += 0.00113) worst = Math.max(worst, Math.abs(fastTanh(z) - Math.tanh(z)));
    expect(worst).toBeLessThanOrEqual(3e-7);
    expect(fastTanh(0)).toBe(0);
    expect(fastTanh(1e-9)).toBeCloseTo(1e-9, 15);
  });
});

describe('planSteps', () => {
  it('visits each epoch in epochOrder, batchSize at a time, and stops after stopAtEpoch', () => {
    const cursor: BatchCursor = { epoch: 0, position: 0, order: null };
    const plan = planSteps(cursor, 10, 4, 3, 100, 2, createPlanBuffers());
    expect(plan.steps).toBe(6);
    expect(Array.from(plan.batchEnds)).toEqual([4, 8, 10, 14, 18, 20]);
    expect(Array.from(plan.epochEnds)).toEqual([0, 0, 1, 0, 0, 1]);
    expect(Array.from(plan.indices!)).toEqual([...epochOrder(10, 3, 0), ...epochOrder(10, 3, 1)]);
    expect(cursor).toEqual({ epoch: 2, position: 0, order: null });
  });

  it('continues mid-epoch and plans full batches without indices', () => {
    const cursor: BatchCursor = { epoch: 0, position: 0, order: null };
    const buffers = createPlanBuffers();
    planSteps(cursor, 10, 4, 3, 1, Infinity, buffers);
    const rest = planSteps(cursor, 10, 4, 3, 2, Infinity, buffers);
    expect(Array.from(rest.indices!)).toEqual(Array.from(epochOrder(10, 3, 0).subarray(4)));
    expect(cursor.epoch).toBe(1);
    const full = planSteps(cursor, 10, 'full', 3, 5, 4, buffers);
    expect(full.indices).toBeNull();
    expect(full.steps).toBe(3);
    expect(Array.from(full.epochEnds)).toEqual([1, 1, 1]);
  });
});

describe('fused core evaluation', () => {
  const spec: NetworkSpec = {
    features: ['x1', 'x2'],
    hidden: [
      { units: 4, activation: 'tanh' },
      { units: 3, activation: 'leakyRelu' },
    ],
    init: 'he',
    seed: 2,
  };
  const config = configOf({ activation: 'tanh', hidden: 2, optimizer: 'momentum', regularization: 'l1', batchSize: 5 });

  it('snapshot.gradients and the core equal the explicit backward pass on the training set', async () => {
    const trainer = createTrainer({ spec, trainConfig: config, points, engine: 'js' });
    trainers.push(trainer);
    trainer.train({ maxSteps: 20 });
    const s = await trainer.snapshot(2);
    const train = pointsToMatrices(points.filter((p) => p.split === 'train'), spec.features);
    const explicit = tf.tidy(() => {
      const layers = s.params.map((p) => ({ W: tf.tensor2d(p.W, [p.rows, p.cols]), b: tf.tensor2d(p.b, [p.rows, 1]) }));
      const { caches } = forward(layers, tf.tensor2d(train.X, [2, train.m]), layerActivations(spec));
      const grads = backward(caches, tf.tensor2d(train.Y, [1, train.m]), layers, 'l1', config.lambda);
      return grads.map((g) => ({ dW: g.dW.dataSync().slice(), db: g.db.dataSync().slice() }));
    });
    const core: CoreParams = { W: s.params.map((p) => p.W), b: s.params.map((p) => p.b), slots: [] };
    const out = { W: s.params.map((p) => new Float32Array(p.W.length)), b: s.params.map((p) => new Float32Array(p.b.length)) };
    const ws = createWorkspace(layerSizes(spec), layerActivations(spec));
    fullBatchGradients(ws, core, train, REGULARIZATION_CODES.l1, config.lambda, out);
    explicit.forEach((g, l) => {
      for (const [actual, expected] of [
        [s.gradients[l]!.W, g.dW],
        [s.gradients[l]!.b, g.db],
        [out.W[l]!, g.dW],
        [out.b[l]!, g.db],
      ] as const) {
        for (let i = 0; i < expected.length; i++) expect(actual[i]).toBeCloseTo(expected[i]!, 5);
      }
    });
    // The snapshot's train cost and accuracy equal the core's.
    const metrics = evaluateSet(ws, core, train, REGULARIZATION_CODES.l1, config.lambda);
    expect(metrics.cost).toBeCloseTo(s.trainCost, 5);
    expect(metrics.accuracy).toBeCloseTo(s.trainAccuracy, 6);
  });

  it('full batch: the train J taken from the next step’s forward pass equals a separate evaluation', () => {
    const train = pointsToMatrices(points.filter((p) => p.split === 'train'), spec.features);
    const test = pointsToMatrices(points.filter((p) => p.split === 'test'), spec.features);
    const sizes = layerSizes(spec);
    const run = (stepsPerCall: number): Float32Array => {
      const core: CoreParams = { W: [], b: [], slots: [[], [], [], [], [], []] };
      for (let l = 1; l < sizes.length; l++) {
        core.W.push(Float32Array.from({ length: sizes[l]! * sizes[l - 1]! }, (_, i) => Math.sin(i + l)));
        core.b.push(new Float32Array(sizes[l]!).fill(0.1));
      }
      const ws = createWorkspace(sizes, layerActivations(spec));
      const costs = new Float32Array(12);
      for (let k = 0; k < 6; k += stepsPerCall) {
        const out = new Float32Array(2 * stepsPerCall);
        const settings = { optimizer: OPTIMIZER_CODES.gd, learningRate: 0.1, regularization: REGULARIZATION_CODES.l2, lambda: 0.3, t: k };
        const epochEnds = new Int32Array(stepsPerCall).fill(1);
        const plan = { steps: stepsPerCall, indices: null, batchEnds: new Int32Array(stepsPerCall), epochEnds };
        trainSteps(ws, core, settings, train, test, plan, out);
        costs.set(out, 2 * k);
      }
      return costs;
    };
    expect(run(6)).toEqual(run(1));
  });

  it('forwardAll equals gridActivations', async () => {
    const trainer = createTrainer({ spec, trainConfig: config, points, engine: 'js' });
    trainers.push(trainer);
    trainer.train({ maxSteps: 10 });
    const params = await trainer.getParams();
    const layers = tf.tidy(() => params.map((p) => ({ W: tf.tensor2d(p.W, [p.rows, p.cols]), b: tf.tensor2d(p.b, [p.rows, 1]) })));
    const expected = await gridActivations(layers, layerActivations(spec), spec.features, 9);
    tf.dispose(layers.flatMap((l) => [l.W, l.b]));
    const { gridInput } = await import('./grid');
    const X = tf.tidy(() => gridInput(9, spec.features).dataSync().slice()) as Float32Array;
    const out = expected.map((g) => new Float32Array(g.length));
    const core: CoreParams = { W: params.map((p) => p.W), b: params.map((p) => p.b), slots: [] };
    forwardAll(createWorkspace(layerSizes(spec), layerActivations(spec)), core, X, 81, out);
    out.forEach((g, l) => g.forEach((v, i) => expect(v).toBeCloseTo(expected[l]![i]!, 5)));
  });
});

describe('fused trainer', () => {
  it('keeps tf.memory().numTensors identical over 100,000 steps', async () => {
    const trainer = createTrainer({
      spec: { features: ['x1', 'x2'], hidden: [{ units: 8, activation: 'tanh' }, { units: 8, activation: 'tanh' }], init: 'xavier', seed: 1 },
      trainConfig: { ...configOf({ activation: 'tanh', hidden: 2, optimizer: 'adam', regularization: 'l2', batchSize: 10 }) },
      points: circlePoints(250, 3, 2),
      engine: 'js',
    });
    trainers.push(trainer);
    await trainer.snapshot(5);
    const before = tf.memory().numTensors;
    let steps = 0;
    while (steps < 100_000) {
      steps += trainer.train({ maxSteps: 100_000 - steps }).steps;
      if (steps % 3 === 0) await trainer.snapshot(5);
    }
    await trainer.snapshot(5);
    expect(trainer.progress().step).toBe(100_000);
    expect(tf.memory().numTensors).toBe(before);
  });
});
