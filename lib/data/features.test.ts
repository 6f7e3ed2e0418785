import { describe, it, expect } from 'vitest';
import { FEATURES, type LabeledPoint } from '../protocol';
import { FEATURE_FUNCTIONS, featureMatrix, pointsToMatrices } from './features';

describe('FEATURE_FUNCTIONS', () => {
  it.each([
    [1.5, -2],
    [0, 3],
    [-4, 0.25],
  ])('computes every feature at (%d, %d)', (x1, x2) => {
    const f = FEATURE_FUNCTIONS;
    expect(f.x1(x1, x2)).toBe(x1);
    expect(f.x2(x1, x2)).toBe(x2);
    expect(f.x1sq(x1, x2)).toBeCloseTo(x1 ** 2, 12);
    expect(f.x2sq(x1, x2)).toBeCloseTo(x2 ** 2, 12);
    expect(f.x1x2(x1, x2)).toBeCloseTo(x1 * x2, 12);
    expect(f.sinx1(x1, x2)).toBeCloseTo(Math.sin(x1), 12);
    expect(f.sinx2(x1, x2)).toBeCloseTo(Math.sin(x2), 12);
  });

  it('has a function for every feature name', () => {
    expect(Object.keys(FEATURE_FUNCTIONS).sort()).toEqual([...FEATURES].sort());
  });

  it('gives known values', () => {
    expect(FEATURE_FUNCTIONS.x1sq(3, 100)).toBe(9);
    expect(FEATURE_FUNCTIONS.x2sq(100, -3)).toBe(9);
    expect(FEATURE_FUNCTIONS.x1x2(2, -5)).toBe(-10);
    expect(FEATURE_FUNCTIONS.sinx1(Math.PI / 2, 0)).toBeCloseTo(1, 12);
    expect(FEATURE_FUNCTIONS.sinx2(0, -Math.PI / 2)).toBeCloseTo(-1, 12);
  });
});

describe('featureMatrix', () => {
  it('lays out features × m row-major: row f holds feature f of every example', () => {
    const xs = [1, 2, 3];
    const ys = [-1, 0.5, 4];
    const X = featureMatrix(xs, ys, ['x1', 'x2sq', 'x1x2']);
    expect(X).toBeInstanceOf(Float32Array);
    expect(Array.from(X)).toEqual([1, 2, 3, 1, 0.25, 16, -1, 1, 12]);
  });

  it('follows the order of the feature list', () => {
    const X = featureMatrix([2], [5], ['x2', 'x1']);
    expect(Array.from(X)).toEqual([5, 2]);
  });

  it('is empty without features or examples', () => {
    expect(featureMatrix([1, 2], [3, 4], [])).toHaveLength(0);
    expect(featureMatrix([], [], ['x1', 'x2'])).toHaveLength(0);
  });
});

describe('pointsToMatrices', () => {
  it('builds X (features × m) and Y (1 × m) from labeled points', () => {
    const points: LabeledPoint[] = [
      { x1: 1, x2: 2, label: 1, split: 'train' },
      { x1: -3, x2: 0.5, label: 0, split: 'test' },
    ];
    const { X, Y, m } = pointsToMatrices(points, ['x1', 'x2', 'x1sq']);
    expect(m).toBe(2);
    expect(Array.from(X)).toEqual([1, -3, 2, 0.5, 1, 9]);
    expect(Array.from(Y)).toEqual([1, 0]);
  });
});
