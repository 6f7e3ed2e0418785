/** The plain-JS engine's evaluate after training reports the numbers of a fresh evaluation. */
import { describe, expect, it } from 'vitest';
import { createRng } from '../../data/random';
import type { LayerParams } from '../../protocol';
import type { DataSplit, Engine, StepPlan, StepSettings } from '../engine';
import { createJsEngine } from './js-engine';

const SIZES = [2, 5, 1];
const L2: StepSettings = { learningRate: 0.3, regularization: 'l2', lambda: 0.1 };
const NO_GRID = { gridX: null, withGradients: false };

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

function engineAt(p: LayerParams[]): Engine {
  const e = createJsEngine({ sizes: SIZES, activations: ['tanh', 'sigmoid'], params: p, optimizer: 'gd' });
  e.setData(split(20, 1), split(7, 2));
  return e;
}

const fullBatch = (steps: number): StepPlan => ({ steps, indices: null, batchEnds: new Int32Array(steps), epochEnds: new Int32Array(steps).fill(1) });

/** The evaluation of an engine that never trained, at `p`. */
async function freshEvaluation(p: LayerParams[], s: StepSettings) {
  return engineAt(p).evaluate(NO_GRID, s);
}

describe('js engine evaluate after training', () => {
  it('equals a fresh evaluation at the trained parameters', async () => {
    const e = engineAt(params(3));
    await e.train(fullBatch(3), L2);
    const trained = await e.getParams();
    expect(await e.evaluate(NO_GRID, L2)).toEqual(await freshEvaluation(trained, L2));
    const otherPenalty: StepSettings = { ...L2, lambda: 0.7 };
    expect(await e.evaluate(NO_GRID, otherPenalty)).toEqual(await freshEvaluation(trained, otherPenalty));
  });

  it('follows new parameters and new data', async () => {
    const e = engineAt(params(3));
    await e.train(fullBatch(2), L2);
    e.setParams(params(4));
    expect(await e.evaluate(NO_GRID, L2)).toEqual(await freshEvaluation(params(4), L2));
    await e.train(fullBatch(1), L2);
    e.setData(split(20, 1), null);
    expect((await e.evaluate(NO_GRID, L2)).testCost).toBeNaN();
  });
});
