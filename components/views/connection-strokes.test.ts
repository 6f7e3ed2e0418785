import { describe, expect, it } from 'vitest';
import { gradientStrokePx, maxAbsolute, strongestConnections } from './connection-strokes';

describe('maxAbsolute', () => {
  it('is the largest finite |v| over every array', () => {
    expect(maxAbsolute([new Float32Array([0.1, -0.5]), [0.2, Number.NaN, Infinity]])).toBeCloseTo(0.5, 6);
    expect(maxAbsolute([])).toBe(0);
  });
});

describe('gradientStrokePx', () => {
  it('scales |dW| relative to the largest gradient', () => {
    expect(gradientStrokePx(0.02, 0.02)).toBe(6);
    expect(gradientStrokePx(-0.01, 0.02)).toBeCloseTo(3.25, 10);
    expect(gradientStrokePx(0, 0.02)).toBe(0.5);
  });
  it('is thin when there is no gradient to compare with', () => {
    expect(gradientStrokePx(0.3, 0)).toBe(0.5);
    expect(gradientStrokePx(Number.NaN, 1)).toBe(0.5);
  });
});

describe('strongestConnections', () => {
  it('keeps every index when there are few connections', () => {
    expect(strongestConnections([3, -1, 2], 5)).toEqual([0, 1, 2]);
  });
  it('keeps the largest magnitudes, in index order', () => {
    expect(strongestConnections([0.1, -5, 0.3, 4, -0.2], 2)).toEqual([1, 3]);
    expect(strongestConnections(new Float32Array([0.1, Number.NaN, 0.3]), 1)).toEqual([1]);
  });
});
