import { describe, expect, it } from 'vitest';
import { createRng } from '../../data/random';
import type { DataSplit } from '../engine';
import { backwardBlock, clearGradientSums, forEachBlock, forwardBlock, forwardColumns } from './forward-backward';
import { BLOCK_COLUMNS, copyParams, createJsNetwork } from './network';
import { accumulateBatch } from './train-steps';

const SIZES = [3, 7, 5, 1];
const ACTIVATIONS = ['tanh', 'relu', 'sigmoid'] as const;
/** More examples than one block holds, and not a multiple of it. */
const M = 2 * BLOCK_COLUMNS + 45;

function setup(seed: number) {
  const rng = createRng(seed);
  const params = copyParams(
    SIZES.slice(1).map((rows, l) => ({
      W: Float32Array.from({ length: rows * SIZES[l]! }, () => rng.uniform(-1, 1)),
      b: Float32Array.from({ length: rows }, () => rng.uniform(-0.3, 0.3)),
    })),
  );
  const X = Float32Array.from({ length: SIZES[0]! * M }, () => rng.uniform(-3, 3));
  const Y = Float32Array.from({ length: M }, () => (rng.next() < 0.5 ? 1 : 0));
  const data: DataSplit = { X, Y, m: M };
  const indices = Int32Array.from({ length: M }, (_, e) => (e * 37) % M);
  return { params, data, indices };
}

describe('blocked forward and backward passes', () => {
  it('give the numbers of one example at a time across block boundaries (forward)', () => {
    const { params, data } = setup(1);
    const net = createJsNetwork(SIZES, [...ACTIVATIONS]);
    const A = SIZES.slice(1).map((n) => new Float32Array(n * M));
    const Z = SIZES.slice(1).map((n) => new Float32Array(n * M));
    forwardColumns(net, params, data.X, M, net.apply, A, Z);
    const single = createJsNetwork(SIZES, [...ACTIVATIONS]);
    for (let j = 0; j < M; j += 17) {
      forEachBlock(single, j, j + 1, (start, end) => forwardBlock(single, params, data.X, M, null, start, end, single.apply));
      for (let l = 1; l < SIZES.length; l++) {
        for (let u = 0; u < SIZES[l]!; u++) {
          expect(A[l - 1]![u * M + j]).toBe(Math.fround(single.a[l]![u]!));
          expect(Z[l - 1]![u * M + j]).toBe(Math.fround(single.z[l]![u]!));
        }
      }
    }
  });

  it('sum the gradients of a shuffled batch as one example at a time would, to the last bit', () => {
    const { params, data, indices } = setup(2);
    const net = createJsNetwork(SIZES, [...ACTIVATIONS]);
    accumulateBatch(net, params, data, indices, 3, M, false);
    const single = createJsNetwork(SIZES, [...ACTIVATIONS]);
    clearGradientSums(single);
    for (let e = 3; e < M; e++) {
      forEachBlock(single, e, e + 1, (start, end) => {
        forwardBlock(single, params, data.X, M, indices, start, end, single.apply);
        backwardBlock(single, params, data.Y, indices, start, end);
      });
    }
    expect(net.gW).toEqual(single.gW);
    expect(net.gb).toEqual(single.gb);
    expect(net.gW[0]!.some((g) => g !== 0)).toBe(true);
  });

  it('never grow a network\'s scratch beyond one block', () => {
    const { params, data } = setup(3);
    const net = createJsNetwork(SIZES, [...ACTIVATIONS]);
    accumulateBatch(net, params, data, null, 0, M, true);
    expect(net.capacity).toBe(BLOCK_COLUMNS);
    expect(net.a[1]!.length).toBe(SIZES[1]! * BLOCK_COLUMNS);
  });
});
