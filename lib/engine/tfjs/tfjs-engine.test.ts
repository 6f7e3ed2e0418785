/**
 * The tfjs engine's training reuses forward passes: a full-batch step's own forward pass gives the J
 * of the epoch before it, and a plan that ends on an epoch leaves the metrics evaluate reports. Both
 * must give the numbers separate passes would.
 */
import * as tf from '@tensorflow/tfjs-core';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createRng } from '../../data/random';
import type { LayerParams } from '../../protocol';
import type { DataSplit, Engine, StepPlan, StepSettings } from '../engine';
import { createTfjsEngine } from './tfjs-engine';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

let engines: Engine[] = [];
afterEach(() => {
  engines.forEach((e) => e.dispose());
  engines = [];
});

const SIZES = [2, 6, 5, 1];
const L2: StepSettings = { learningRate: 0.3, regularization: 'l2', lambda: 0.1 };

function split(m: number, seed: number): DataSplit {
  const rng = createRng(seed);
  const X = Float32Array.from({ length: 2 * m }, () => rng.uniform(-2, 2));
  return { X, Y: Float32Array.from({ length: m }, (_, j) => (X[j]! * X[m + j]! > 0 ? 1 : 0)), m };
}

function params(seed: number): LayerParams[] {
  const rng = createRng(seed);
  return SIZES.slice(1).map((rows, l) => ({
    rows,
    cols: SIZES[l]!,
    W: Float32Array.from({ length: rows * SIZES[l]! }, () => rng.uniform(-1, 1)),
    b: Float32Array.from({ length: rows }, () => rng.uniform(-0.2, 0.2)),
  }));
}

function engine(): Engine {
  const e = createTfjsEngine({ sizes: SIZES, activations: ['tanh', 'relu', 'sigmoid'], params: params(5), optimizer: 'gd' });
  e.setData(split(24, 1), split(9, 2));
  engines.push(e);
  return e;
}

function fullBatch(steps: number): StepPlan {
  return { steps, indices: null, batchEnds: new Int32Array(steps), epochEnds: new Int32Array(steps).fill(1) };
}

const NO_GRID = { gridX: null, withGradients: false };

async function matMulsOf(run: () => Promise<unknown>): Promise<number> {
  const info = await tf.profile(async () => {
    await run();
    return [];
  });
  return info.kernels.filter((k) => k.name === 'BatchMatMul').length;
}

describe('tfjs engine, forward passes reused', () => {
  it('a full-batch plan reports the J of every epoch that steps taken one plan at a time report', async () => {
    const together = await engine().train(fullBatch(4), L2);
    const single = engine();
    const apart: number[] = [];
    for (let k = 0; k < 4; k++) apart.push(...(await single.train(fullBatch(1), L2)));
    expect(together).toEqual(Float32Array.from(apart));
    expect(together.length).toBe(8);
  });

  it('a full-batch plan runs one training forward pass per step, plus one at its end', async () => {
    const e = engine();
    const L = SIZES.length - 1;
    // Per step: L products forward, L for dW and L − 1 for dA, and the test set's forward pass (test J of
    // the epoch); at the end, the training set's forward pass.
    expect(await matMulsOf(() => e.train(fullBatch(3), L2))).toBe(3 * (3 * L - 1) + 3 * L + L);
  });

  it('evaluate after a plan that ends on an epoch repeats no forward pass and reports the same metrics', async () => {
    const e = engine();
    await e.train(fullBatch(2), L2);
    let reused: Awaited<ReturnType<Engine['evaluate']>> | null = null;
    expect(await matMulsOf(async () => (reused = await e.evaluate(NO_GRID, L2)))).toBe(0);
    e.setParams(await e.getParams());
    const fresh = await e.evaluate(NO_GRID, L2);
    expect(reused).toEqual(fresh);
  });

  it('evaluate computes afresh after the parameters, the data or the penalty change', async () => {
    const e = engine();
    await e.train(fullBatch(1), L2);
    const settings: StepSettings = { ...L2, lambda: 0.5 };
    expect(await matMulsOf(() => e.evaluate(NO_GRID, settings))).toBeGreaterThan(0);
    e.setParams(params(9));
    expect(await matMulsOf(() => e.evaluate(NO_GRID, L2))).toBeGreaterThan(0);
    await e.train(fullBatch(1), L2);
    e.setData(split(30, 3), null);
    const after = await e.evaluate(NO_GRID, L2);
    expect(after.testCost).toBeNaN();
    const minibatch: StepPlan = { steps: 1, indices: Int32Array.from([0, 1, 2]), batchEnds: Int32Array.from([3]), epochEnds: Int32Array.from([0]) };
    await e.train(minibatch, L2);
    expect(await matMulsOf(() => e.evaluate(NO_GRID, L2))).toBeGreaterThan(0);
  });

  it('leaves no tensor behind', async () => {
    const e = engine();
    await e.train(fullBatch(1), L2);
    await e.evaluate(NO_GRID, L2);
    const before = tf.memory().numTensors;
    await e.train(fullBatch(3), L2);
    await e.evaluate(NO_GRID, L2);
    expect(tf.memory().numTensors).toBe(before);
  });
});
