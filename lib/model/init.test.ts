import { describe, expect, it } from 'vitest';
import type { NetworkSpec } from '../protocol';
import { initialParams } from './init';
import { layerActivations, layerSizes } from './network';

const spec: NetworkSpec = {
  features: ['x1', 'x2', 'x1sq'],
  hidden: [
    { units: 40, activation: 'tanh' },
    { units: 30, activation: 'relu' },
  ],
  init: 'xavier',
  seed: 7,
};

function std(values: Float32Array): number {
  const mean = values.reduce((s, v) => s + v, 0) / values.length;
  return Math.sqrt(values.reduce((s, v) => s + (v - mean) ** 2, 0) / values.length);
}

describe('initialParams', () => {
  it('gives every layer the course shapes: W (nˡ, nˡ⁻¹), b (nˡ, 1)', () => {
    expect(layerSizes(spec)).toEqual([3, 40, 30, 1]);
    expect(layerActivations(spec)).toEqual(['tanh', 'relu', 'sigmoid']);
    const params = initialParams(spec);
    expect(params.map((p) => [p.rows, p.cols, p.W.length, p.b.length])).toEqual([
      [40, 3, 120, 40],
      [30, 40, 1200, 30],
      [1, 30, 30, 1],
    ]);
  });

  it('is deterministic in the seed', () => {
    expect(initialParams(spec)).toEqual(initialParams(spec));
    const other = initialParams({ ...spec, seed: 8 });
    expect(other[0]!.W).not.toEqual(initialParams(spec)[0]!.W);
  });

  it('zeros: every W and b is 0', () => {
    for (const p of initialParams({ ...spec, init: 'zeros' })) {
      expect(p.W.every((v) => v === 0)).toBe(true);
      expect(p.b.every((v) => v === 0)).toBe(true);
    }
  });

  it.each([
    ['small', () => 0.01],
    ['large', () => 1],
    ['xavier', (nPrev: number) => Math.sqrt(1 / nPrev)],
    ['he', (nPrev: number) => Math.sqrt(2 / nPrev)],
  ] as const)('%s: W has the expected spread and b = 0', (init, expectedStd) => {
    const params = initialParams({ ...spec, init });
    const second = params[1]!;
    expect(std(second.W) / expectedStd(40)).toBeGreaterThan(0.9);
    expect(std(second.W) / expectedStd(40)).toBeLessThan(1.1);
    for (const p of params) expect(p.b.every((v) => v === 0)).toBe(true);
  });

  it('handles a network without hidden layers', () => {
    const params = initialParams({ ...spec, hidden: [] });
    expect(params).toHaveLength(1);
    expect([params[0]!.rows, params[0]!.cols]).toEqual([1, 3]);
  });
});
