import { describe, expect, it } from 'vitest';
import { featureMatrix } from '../data/features';
import type { LayerParams } from '../protocol';
import { refCost, refForward, toRefLayers } from './testing/reference-network';
import { lossOf, outputAt, paramsFit } from './point-loss';

const layer = (rows: number, cols: number, seed: number): LayerParams => ({
  rows,
  cols,
  W: Float32Array.from({ length: rows * cols }, (_, i) => Math.sin(seed * 7.1 + i * 1.3)),
  b: Float32Array.from({ length: rows }, (_, i) => Math.cos(seed * 3.7 + i)),
});

describe('outputAt', () => {
  it('gives ŷ at a point as the float64 reference network does', () => {
    const params = [layer(3, 4, 1), layer(2, 3, 2), layer(1, 2, 3)];
    const activations = ['tanh', 'relu', 'sigmoid'] as const;
    const features = ['x1', 'x2', 'x1sq', 'sinx2'] as const;
    for (const [x1, x2] of [[0.5, -1.2], [3, 4], [-5, 0.1]] as const) {
      const X = featureMatrix([x1], [x2], features);
      const { A } = refForward(toRefLayers(params), { rows: 4, cols: 1, data: Array.from(X) }, activations);
      expect(outputAt(params, activations, features, x1, x2)).toBeCloseTo(A.at(-1)!.data[0]!, 5);
    }
  });
});

describe('lossOf', () => {
  it('is the cross-entropy of one example, so the mean over m points is the reference J', () => {
    const params = [layer(1, 2, 4)];
    const points = [[1, 2, 1], [-1, 0.5, 0], [2, -3, 1], [0, 0, 0]] as const;
    const losses = points.map(([x1, x2, y]) => lossOf(outputAt(params, ['sigmoid'], ['x1', 'x2'], x1, x2), y));
    const X = { rows: 2, cols: 4, data: [...points.map((p) => p[0]), ...points.map((p) => p[1])] };
    const J = refCost(toRefLayers(params), X, points.map((p) => p[2]), ['sigmoid'], 'none', 0);
    expect(losses.reduce((s, l) => s + l, 0) / points.length).toBeCloseTo(J, 5);
  });
  it('grows without bound as a point is confidently wrong, and is clipped like the cost', () => {
    expect(lossOf(0.5, 1)).toBeCloseTo(Math.log(2), 12);
    expect(lossOf(0.99, 0)).toBeGreaterThan(4.6);
    expect(lossOf(0, 1)).toBeCloseTo(-Math.log(1e-7), 6);
  });
});

describe('paramsFit', () => {
  it('tells parameters of the network on screen from stale ones', () => {
    expect(paramsFit([layer(3, 2, 1), layer(1, 3, 2)], ['tanh', 'sigmoid'], ['x1', 'x2'])).toBe(true);
    expect(paramsFit([layer(3, 2, 1), layer(1, 3, 2)], ['sigmoid'], ['x1', 'x2'])).toBe(false);
    expect(paramsFit([layer(3, 4, 1), layer(1, 3, 2)], ['tanh', 'sigmoid'], ['x1', 'x2'])).toBe(false);
    expect(paramsFit([], ['sigmoid'], ['x1'])).toBe(false);
  });
});
