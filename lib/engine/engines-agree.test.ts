/** The two engines agree: K steps, costs, gradients and the grid of 'js' equal those of 'tfjs'. */
import { tensorCount, useCpuBackend } from './tfjs/testing/tensors';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { featureMatrix, pointsToMatrices } from '../data/features';
import { gridCoordinates } from '../data/grid';
import { layerActivations, layerSizes } from '../model/network';
import { circlePoints } from '../model/testing/toy-data';
import { createTrainer, type Trainer } from '../model/trainer';
import {
  ACTIVATIONS,
  OPTIMIZERS,
  REGULARIZATIONS,
  type Activation,
  type EngineKind,
  type LayerParams,
  type NetworkSpec,
  type Optimizer,
  type Regularization,
  type TrainConfig,
} from '../protocol';
import { createEngine } from './create-engine';
import type { Engine } from './engine';

beforeAll(async () => {
  await useCpuBackend();
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

async function expectEnginesEqual(c: Case, steps = 50): Promise<void> {
  const tfjs = await trainWith('tfjs', c, steps);
  const js = await trainWith('js', c, steps);
  expect(js.progress).toEqual(tfjs.progress);
  const diff = maxRelativeDiff(js.params, tfjs.params);
  expect(diff).toBeLessThanOrEqual(1e-4);
  expect(js.costs.map((p) => p.epoch)).toEqual(tfjs.costs.map((p) => p.epoch));
  js.costs.forEach((p, i) => {
    expect(Math.abs(p.trainCost - tfjs.costs[i]!.trainCost)).toBeLessThanOrEqual(1e-5 * (1 + Math.abs(p.trainCost)));
    expect(Math.abs(p.testCost - tfjs.costs[i]!.testCost)).toBeLessThanOrEqual(1e-5 * (1 + Math.abs(p.testCost)));
  });
}

describe('the js engine’s training steps equal the tfjs engine’s (params after 50 steps, max relative diff ≤ 1e-4)', () => {
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
    expectEnginesEqual(c),
  );

  const byOptimizer: Case[] = [];
  for (const optimizer of OPTIMIZERS)
    for (const regularization of REGULARIZATIONS)
      for (const batchSize of [1, 10, 'full'] as const)
        byOptimizer.push({ activation: 'tanh', hidden: 1, optimizer, regularization, batchSize });
  it.each(byOptimizer)('tanh, 1 hidden, $optimizer, $regularization, batch $batchSize', (c) => expectEnginesEqual(c));

  it('stays equal across epochs with an uneven last batch (the per-epoch shuffle is the same)', () =>
    expectEnginesEqual({ activation: 'relu', hidden: 2, optimizer: 'adam', regularization: 'l2', batchSize: 7 }, 200));
});

describe('js engine evaluation', () => {
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
  const settings = { learningRate: config.learningRate, regularization: config.regularization, lambda: config.lambda };
  const train = pointsToMatrices(points.filter((p) => p.split === 'train'), spec.features);
  const test = pointsToMatrices(points.filter((p) => p.split === 'test'), spec.features);
  const engineOn = (kind: EngineKind, params: LayerParams[]) => {
    const engine = createEngine(kind, { sizes: layerSizes(spec), activations: layerActivations(spec), params, optimizer: 'gd' });
    engine.setData(train, test);
    engines.push(engine);
    return engine;
  };
  let engines: Engine[] = [];
  afterEach(() => {
    engines.forEach((e) => e.dispose());
    engines = [];
  });

  it('snapshot.gradients, costs and accuracy equal the tfjs engine’s explicit backward pass', async () => {
    const trainer = createTrainer({ spec, trainConfig: config, points, engine: 'js' });
    trainers.push(trainer);
    trainer.train({ maxSteps: 20 });
    const s = await trainer.snapshot(2);
    const reference = await engineOn('tfjs', s.params).evaluate({ gridX: null, withGradients: true }, settings);
    reference.gradients.forEach((g, l) => {
      for (const [actual, expected] of [
        [s.gradients[l]!.W, g.W],
        [s.gradients[l]!.b, g.b],
      ] as const) {
        for (let i = 0; i < expected.length; i++) expect(actual[i]).toBeCloseTo(expected[i]!, 5);
      }
    });
    expect(s.trainCost).toBeCloseTo(reference.trainCost, 5);
    expect(s.testCost).toBeCloseTo(reference.testCost, 5);
    expect(s.trainAccuracy).toBeCloseTo(reference.trainAccuracy, 6);
  });

  it('full batch: the train J taken from the next step’s forward pass equals a separate evaluation', async () => {
    const sizes = layerSizes(spec);
    const params: LayerParams[] = [];
    for (let l = 1; l < sizes.length; l++) {
      const W = Float32Array.from({ length: sizes[l]! * sizes[l - 1]! }, (_, i) => Math.sin(i + l));
      params.push({ rows: sizes[l]!, cols: sizes[l - 1]!, W, b: new Float32Array(sizes[l]!).fill(0.1) });
    }
    const run = async (stepsPerCall: number): Promise<number[]> => {
      const engine = engineOn('js', params);
      const costs: number[] = [];
      for (let k = 0; k < 6; k += stepsPerCall) {
        const epochEnds = new Int32Array(stepsPerCall).fill(1);
        const plan = { steps: stepsPerCall, indices: null, batchEnds: new Int32Array(stepsPerCall), epochEnds };
        costs.push(...(await engine.train(plan, { learningRate: 0.1, regularization: 'l2', lambda: 0.3 })));
      }
      return costs;
    };
    expect(await run(6)).toEqual(await run(1));
  });

  it('the grid equals the tfjs engine’s (fastTanh to float32 precision)', async () => {
    const trainer = createTrainer({ spec, trainConfig: config, points, engine: 'js' });
    trainers.push(trainer);
    trainer.train({ maxSteps: 10 });
    const params = await trainer.getParams();
    const { xs, ys } = gridCoordinates(9);
    const gridX = featureMatrix(xs, ys, spec.features);
    const [js, tfjs] = await Promise.all(
      (['js', 'tfjs'] as const).map((kind) => engineOn(kind, params).evaluate({ gridX, withGradients: false }, settings)),
    );
    expect(js!.layerGrids).toHaveLength(3);
    js!.layerGrids.forEach((g, l) => g.forEach((v, i) => expect(v).toBeCloseTo(tfjs!.layerGrids[l]![i]!, 5)));
  });
});

describe('tfjs engine', () => {
  it('keeps tensorCount() identical over 2,000 steps and snapshots', async () => {
    const trainer = createTrainer({
      spec: { features: ['x1', 'x2'], hidden: [{ units: 8, activation: 'tanh' }, { units: 8, activation: 'tanh' }], init: 'xavier', seed: 1 },
      trainConfig: { ...configOf({ activation: 'tanh', hidden: 2, optimizer: 'adam', regularization: 'l2', batchSize: 10 }) },
      points: circlePoints(250, 3, 2),
      engine: 'tfjs',
    });
    trainers.push(trainer);
    await trainer.snapshot(5);
    const before = tensorCount();
    let steps = 0;
    while (steps < 2_000) {
      steps += trainer.train({ maxSteps: 2_000 - steps }).steps;
      if (steps % 3 === 0) await trainer.snapshot(5);
    }
    await trainer.snapshot(5);
    expect(trainer.progress().step).toBe(2_000);
    expect(tensorCount()).toBe(before);
  });
});
