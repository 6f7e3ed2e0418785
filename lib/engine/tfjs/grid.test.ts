import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { DOMAIN_MAX, DOMAIN_MIN, type Activation, type LayerParams } from '../../protocol';
import { gridActivations } from './grid';
import { refForward, toRefLayers } from '../../model/testing/reference-network';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const params: LayerParams[] = [
  { rows: 2, cols: 3, W: Float32Array.from([0.3, -0.2, 0.1, -0.5, 0.4, 0.05]), b: Float32Array.from([0.1, -0.3]) },
  { rows: 1, cols: 2, W: Float32Array.from([1.2, -0.7]), b: Float32Array.from([0.2]) },
];
const activations: Activation[] = ['tanh', 'sigmoid'];

describe('gridActivations', () => {
  it.each(['plain', 'fused'] as const)('(%s) returns every layer, unit-major, row 0 at the top', async (mode) => {
    const gridSize = 4;
    const layers = tf.tidy(() =>
      params.map((p) => ({ W: tf.tensor2d(p.W, [p.rows, p.cols]), b: tf.tensor2d(p.b, [p.rows, 1]) })),
    );
    const before = tf.memory().numTensors;
    const grids = await gridActivations(layers, activations, ['x1', 'x2', 'x1x2'], gridSize, mode);
    expect(tf.memory().numTensors).toBe(before);
    tf.dispose(layers.flatMap((l) => [l.W, l.b]));

    expect(grids.map((g) => g.length)).toEqual([2 * 16, 16]);
    const cell = (DOMAIN_MAX - DOMAIN_MIN) / gridSize;
    for (const [row, col] of [
      [0, 0],
      [0, 3],
      [2, 1],
      [3, 3],
    ] as const) {
      const x1 = DOMAIN_MIN + (col + 0.5) * cell;
      const x2 = DOMAIN_MAX - (row + 0.5) * cell;
      const { A } = refForward(toRefLayers(params), { rows: 3, cols: 1, data: [x1, x2, x1 * x2] }, activations);
      const index = row * gridSize + col;
      expect(grids[0]![index]).toBeCloseTo(A[0]!.data[0]!, 5);
      expect(grids[0]![16 + index]).toBeCloseTo(A[0]!.data[1]!, 5);
      expect(grids[1]![index]).toBeCloseTo(A[1]!.data[0]!, 5);
    }
  });
});
