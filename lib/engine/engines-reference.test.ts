/**
 * Both engines against the float64 reference (lib/model/testing), directly: a few training steps on
 * every activation × optimizer × regulariser, and the forward pass with its cache, the gradients of
 * given examples and the cost at many parameter settings.
 */
import { useCpuBackend } from './tfjs/testing/tensors';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createRng } from '../data/random';
import { ENGINE_KINDS, ACTIVATIONS, OPTIMIZERS, REGULARIZATIONS, type Activation, type EngineKind, type LayerParams, type Optimizer, type Regularization } from '../protocol';
import { refCost, refForward, toRefLayers, type Matrix } from '../model/testing/reference-network';
import { refColumns, refGradients, refOptimizerState, refStep } from '../model/testing/reference-training';
import { createEngine } from './create-engine';
import { parameterCount, type DataSplit, type Engine, type StepPlan } from './engine';

beforeAll(async () => {
  await useCpuBackend();
});

let engines: Engine[] = [];
afterEach(() => {
  engines.forEach((e) => e.dispose());
  engines = [];
});

const SIZES = [2, 3, 1];
const M = 12;

function randomParams(seed: number): LayerParams[] {
  const rng = createRng(seed);
  return SIZES.slice(1).map((rows, l) => {
    const cols = SIZES[l]!;
    return {
      rows,
      cols,
      W: Float32Array.from({ length: rows * cols }, () => rng.uniform(-0.8, 0.8)),
      b: Float32Array.from({ length: rows }, () => rng.uniform(-0.2, 0.2)),
    };
  });
}

function data(seed: number): DataSplit {
  const rng = createRng(seed);
  const X = Float32Array.from({ length: 2 * M }, () => rng.uniform(-2, 2));
  const Y = Float32Array.from({ length: M }, (_, j) => (X[j]! * X[M + j]! > 0 ? 1 : 0));
  return { X, Y, m: M };
}

const train = data(3);
const X: Matrix = { rows: 2, cols: M, data: Array.from(train.X) };
/** One epoch in minibatches of 4, in a fixed shuffled order. */
const ORDER = [5, 0, 9, 2, 11, 7, 1, 4, 10, 3, 8, 6];
const PLAN: StepPlan = {
  steps: 3,
  indices: Int32Array.from(ORDER),
  batchEnds: Int32Array.from([4, 8, 12]),
  epochEnds: Int32Array.from([0, 0, 1]),
};

function engineOf(kind: EngineKind, activation: Activation, optimizer: Optimizer, params: LayerParams[]): Engine {
  const engine = createEngine(kind, { sizes: SIZES, activations: [activation, 'sigmoid'], params, optimizer });
  engine.setData(train, null);
  engines.push(engine);
  return engine;
}

function expectClose(actual: ArrayLike<number>, expected: ArrayLike<number>, tolerance: number): void {
  expect(actual.length).toBe(expected.length);
  for (let i = 0; i < expected.length; i++) expect(Math.abs(actual[i]! - expected[i]!)).toBeLessThanOrEqual(tolerance);
}

const trainingCases: [EngineKind, Activation, Optimizer, Regularization][] = [];
for (const kind of ENGINE_KINDS)
  for (const activation of ACTIVATIONS)
    for (const optimizer of OPTIMIZERS) for (const reg of REGULARIZATIONS) trainingCases.push([kind, activation, optimizer, reg]);

describe('three minibatch steps equal the float64 reference', () => {
  it.each(trainingCases)('%s: %s, %s, %s', async (kind, activation, optimizer, regularization) => {
    const params = randomParams(11);
    // RMSprop's and Adam's steps hardly depend on |dθ| (their first are ≈ 32 α and α per parameter): a smaller
    // α keeps aᴸ off the clip of the cost's logs, where float32 and float64 part.
    const learningRate = optimizer === 'rmsprop' || optimizer === 'adam' ? 0.01 : 0.05;
    const settings = { learningRate, regularization, lambda: regularization === 'none' ? 0 : 0.3 };
    const engine = engineOf(kind, activation, optimizer, params);
    const costs = await engine.train(PLAN, settings);
    const ref = toRefLayers(params);
    const state = refOptimizerState(ref);
    for (let k = 0; k < PLAN.steps; k++) {
      const columns = ORDER.slice(4 * k, 4 * k + 4);
      const grads = refGradients(ref, refColumns(X, columns), columns.map((j) => train.Y[j]!), [activation, 'sigmoid'], regularization, settings.lambda);
      refStep(ref, grads, state, optimizer, settings.learningRate);
    }
    const after = await engine.getParams();
    after.forEach((p, l) => {
      expectClose(p.W, ref[l]!.W.data, 2e-5);
      expectClose(p.b, ref[l]!.b, 2e-5);
    });
    expect(engine.stepCount()).toBe(3);
    const J = refCost(ref, X, Array.from(train.Y), [activation, 'sigmoid'], regularization, settings.lambda);
    expect(costs).toHaveLength(2);
    expect(Math.abs(costs[0]! - J)).toBeLessThanOrEqual(1e-5);
    expect(costs[1]).toBeNaN();
  });
});

const queryCases: [EngineKind, Activation][] = [];
for (const kind of ENGINE_KINDS) for (const activation of ACTIVATIONS) queryCases.push([kind, activation]);

describe('forward with cache, gradients of examples and cost at many settings equal the float64 reference', () => {
  it.each(queryCases)('%s: %s', async (kind, activation) => {
    const params = randomParams(5);
    const activations: Activation[] = [activation, 'sigmoid'];
    const engine = engineOf(kind, activation, 'gd', params);
    const ref = toRefLayers(params);
    const expected = refForward(ref, X, activations);
    const cache = await engine.forward(train.X, M);
    cache.forEach((layer, l) => {
      expectClose(layer.Z, expected.Z[l]!.data, 1e-5);
      expectClose(layer.A, expected.A[l]!.data, 1e-5);
    });

    const settings = { learningRate: 0.1, regularization: 'l2' as const, lambda: 0.4 };
    const grads = await engine.gradients(train.X, train.Y, M, settings);
    const refGrads = refGradients(ref, X, Array.from(train.Y), activations, 'l2', 0.4);
    grads.forEach((g, l) => {
      const r = refGrads[l]!;
      expectClose(g.dZ, r.dZ.data, 1e-5);
      expectClose(g.dW, r.dW, 1e-5);
      expectClose(g.db, r.db, 1e-5);
      expectClose(g.dWPenalty, r.dWPenalty, 1e-6);
    });

    const count = 4;
    const size = parameterCount(SIZES);
    const flat = new Float32Array(count * size);
    const settingsParams = Array.from({ length: count }, (_, i) => randomParams(20 + i));
    settingsParams.forEach((p, i) => flat.set(p.flatMap((layer) => [...layer.W, ...layer.b]), i * size));
    const costs = await engine.costAt(flat, count, settings);
    settingsParams.forEach((p, i) => {
      expect(Math.abs(costs[i]! - refCost(toRefLayers(p), X, Array.from(train.Y), activations, 'l2', 0.4))).toBeLessThanOrEqual(1e-5);
    });
    // costAt leaves the engine's own parameters alone.
    expectClose((await engine.getParams())[0]!.W, params[0]!.W, 0);
  });
});
