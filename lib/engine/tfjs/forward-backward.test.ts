import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { createRng } from '../../data/random';
import { ACTIVATIONS, REGULARIZATIONS, type Activation, type LayerParams, type Regularization } from '../../protocol';
import {
  backward,
  computeCost,
  forward,
  forwardActivations,
  supportsFusedRowBias,
  type LayerTensors,
} from './forward-backward';
import {
  refCost,
  refNumericalGradients,
  relativeDifference,
  toRefLayers,
  type Matrix,
} from '../../model/testing/reference-network';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

/** Random params with N(0, 1)·scale entries (biases too, so every term of the maths is exercised). */
function randomParams(sizes: number[], seed: number, scale = 0.8): LayerParams[] {
  const rng = createRng(seed);
  const params: LayerParams[] = [];
  for (let l = 1; l < sizes.length; l++) {
    const rows = sizes[l]!;
    const cols = sizes[l - 1]!;
    params.push({
      rows,
      cols,
      W: Float32Array.from({ length: rows * cols }, () => rng.normal() * scale),
      b: Float32Array.from({ length: rows }, () => rng.normal() * 0.3),
    });
  }
  return params;
}

function randomData(features: number, m: number, seed: number): { X: Matrix; Y: number[] } {
  const rng = createRng(seed);
  const data = Array.from({ length: features * m }, () => Math.fround(rng.uniform(-2, 2)));
  return { X: { rows: features, cols: m, data }, Y: Array.from({ length: m }, () => rng.int(2)) };
}

function toTensors(params: readonly LayerParams[]): LayerTensors[] {
  return params.map((p) => ({ W: tf.tensor2d(p.W, [p.rows, p.cols]), b: tf.tensor2d(p.b, [p.rows, 1]) }));
}

describe('forward', () => {
  it('equals a hand computation of Zˡ = Wˡ Aˡ⁻¹ + bˡ, Aˡ = gˡ(Zˡ) for 2 → 3 tanh → 1 sigmoid', () => {
    const W1 = [
      [0.5, -1],
      [2, 0.25],
      [-0.75, 1.5],
    ];
    const b1 = [0.1, -0.2, 0.3];
    const W2 = [[1, -2, 0.5]];
    const b2 = [-0.4];
    const X = [
      [1, -2, 0.5, 3],
      [0, 1, -1.5, 2],
    ];
    const m = 4;
    const A2: number[] = [];
    const Z1 = b1.map(() => new Array<number>(m).fill(0));
    for (let j = 0; j < m; j++) {
      const a1: number[] = [];
      for (let i = 0; i < 3; i++) {
        const z = W1[i]![0]! * X[0]![j]! + W1[i]![1]! * X[1]![j]! + b1[i]!;
        Z1[i]![j] = z;
        a1.push(Math.tanh(z));
      }
      const z2 = W2[0]![0]! * a1[0]! + W2[0]![1]! * a1[1]! + W2[0]![2]! * a1[2]! + b2[0]!;
      A2.push(1 / (1 + Math.exp(-z2)));
    }

    const result = tf.tidy(() => {
      const params = [
        { W: tf.tensor2d(W1), b: tf.tensor2d(b1, [3, 1]) },
        { W: tf.tensor2d(W2), b: tf.tensor2d(b2, [1, 1]) },
      ];
      const { caches, AL } = forward(params, tf.tensor2d(X), ['tanh', 'sigmoid']);
      return { AL: AL.arraySync(), Z1: caches[0]!.Z.arraySync(), shapes: caches.map((c) => c.A.shape) };
    });
    expect(result.shapes).toEqual([
      [3, 4],
      [1, 4],
    ]);
    result.AL[0]!.forEach((a, j) => expect(a).toBeCloseTo(A2[j]!, 6));
    result.Z1.forEach((row, i) => row.forEach((z, j) => expect(z).toBeCloseTo(Z1[i]![j]!, 5)));
  });

  it('fused path equals the plain path for every activation', async () => {
    expect(await supportsFusedRowBias()).toBe(true);
    for (const activation of ACTIVATIONS) {
      const maxDiff = tf.tidy(() => {
        const params = toTensors(randomParams([3, 5, 4, 1], 11));
        const X = tf.randomNormal<tf.Rank.R2>([3, 9], 0, 1, 'float32', 5);
        const acts: Activation[] = [activation, activation, 'sigmoid'];
        const plain = forward(params, X, acts, 'plain');
        const fused = forward(params, X, acts, 'fused');
        const plainAll = forwardActivations(params, X, acts, 'plain');
        const fusedAll = forwardActivations(params, X, acts, 'fused');
        const diffs = [
          ...plain.caches.map((c, l) => tf.max(tf.abs(tf.sub(c.Z, fused.caches[l]!.Z)))),
          ...plain.caches.map((c, l) => tf.max(tf.abs(tf.sub(c.A, fusedAll[l]!)))),
          ...plainAll.map((a, l) => tf.max(tf.abs(tf.sub(a, plain.caches[l]!.A)))),
        ];
        return tf.max(tf.stack(diffs)).arraySync() as number;
      });
      expect(maxDiff, activation).toBeLessThan(1e-5);
    }
  });
});

describe('computeCost', () => {
  it('equals the float64 reference, with and without regularisation, and clips log(0)', () => {
    const params = randomParams([2, 3, 1], 3);
    const { X, Y } = randomData(2, 6, 4);
    for (const reg of REGULARIZATIONS) {
      const cost = tf.tidy(() => {
        const tensors = toTensors(params);
        const { AL } = forward(tensors, tf.tensor2d(X.data, [2, 6]), ['relu', 'sigmoid']);
        return computeCost(AL, tf.tensor2d(Y, [1, 6]), tensors, reg, 0.7).arraySync() as number;
      });
      expect(cost).toBeCloseTo(refCost(toRefLayers(params), X, Y, ['relu', 'sigmoid'], reg, 0.7), 5);
    }
    const clipped = tf.tidy(
      () => computeCost(tf.tensor2d([[1, 0]]), tf.tensor2d([[0, 1]]), [], 'none', 0).arraySync() as number,
    );
    expect(Number.isFinite(clipped)).toBe(true);
    // a = 0 with y = 1 costs −log ε; a = 1 with y = 0 costs −log(1 − (1 − ε)), where 1 − ε rounds in float32.
    const expected = (-Math.log(Math.fround(1e-7)) - Math.log(1 - Math.fround(1 - 1e-7))) / 2;
    expect(clipped).toBeCloseTo(expected, 3);
  });
});

describe('backward', () => {
  const cases: [Activation, number, Regularization][] = [];
  for (const activation of ACTIVATIONS)
    for (const hidden of [0, 1, 3]) for (const reg of REGULARIZATIONS) cases.push([activation, hidden, reg]);

  it.each(cases)('%s, %i hidden layers, %s: equals tf.grads and a numerical gradient', (activation, hidden, reg) => {
    const sizes = [3, ...new Array<number>(hidden).fill(4), 1];
    const acts: Activation[] = [...new Array<Activation>(hidden).fill(activation), 'sigmoid'];
    const m = 8;
    const lambda = reg === 'none' ? 0 : 0.9;
    const params = randomParams(sizes, 100 + hidden);
    const { X, Y } = randomData(3, m, 200 + hidden);

    const { explicit, autodiff } = tf.tidy(() => {
      const tensors = toTensors(params);
      const Xt = tf.tensor2d(X.data, [3, m]);
      const Yt = tf.tensor2d(Y, [1, m]);
      const { caches } = forward(tensors, Xt, acts);
      const grads = backward(caches, Yt, tensors, reg, lambda);
      const flat = tensors.flatMap((t) => [t.W, t.b]);
      const costOf = (...vars: tf.Tensor[]): tf.Scalar => {
        const layers = tensors.map((_, l) => ({ W: vars[2 * l] as tf.Tensor2D, b: vars[2 * l + 1] as tf.Tensor2D }));
        return computeCost(forward(layers, Xt, acts).AL, Yt, layers, reg, lambda);
      };
      const auto = tf.grads(costOf)(flat);
      return {
        explicit: grads.map((g) => ({ dW: g.dW.dataSync().slice(), db: g.db.dataSync().slice(), shape: g.dW.shape })),
        autodiff: auto.map((g) => g.dataSync().slice()),
      };
    });

    const numeric = refNumericalGradients(toRefLayers(params), (layers) => refCost(layers, X, Y, acts, reg, lambda));
    explicit.forEach((g, l) => {
      expect(g.shape).toEqual([sizes[l + 1], sizes[l]]);
      expect(relativeDifference(g.dW, autodiff[2 * l]!), `dW${l + 1} vs autodiff`).toBeLessThanOrEqual(1e-5);
      expect(relativeDifference(g.db, autodiff[2 * l + 1]!), `db${l + 1} vs autodiff`).toBeLessThanOrEqual(1e-5);
      expect(relativeDifference(g.dW, numeric[l]!.dW), `dW${l + 1} vs numeric`).toBeLessThanOrEqual(1e-3);
      expect(relativeDifference(g.db, numeric[l]!.db), `db${l + 1} vs numeric`).toBeLessThanOrEqual(1e-3);
    });
  });

  it('leaves no tensors behind inside tf.tidy', () => {
    const before = tf.memory().numTensors;
    tf.tidy(() => {
      const tensors = toTensors(randomParams([2, 3, 1], 1));
      const { caches } = forward(tensors, tf.ones([2, 5]), ['tanh', 'sigmoid']);
      backward(caches, tf.ones([1, 5]), tensors, 'l2', 0.1);
    });
    expect(tf.memory().numTensors).toBe(before);
  });
});
