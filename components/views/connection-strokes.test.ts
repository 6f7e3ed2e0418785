import { describe, expect, it } from 'vitest';
import { GRADIENT_SCALE, gradientStrokePx, maxAbsolute, strongestConnections } from './connection-strokes';

describe('maxAbsolute', () => {
  it('is the largest finite |v| over every array', () => {
    expect(maxAbsolute([new Float32Array([0.1, -0.5]), [0.2, Number.NaN, Infinity]])).toBeCloseTo(0.5, 6);
    expect(maxAbsolute([])).toBe(0);
  });
});

describe('gradientStrokePx', () => {
  it('grows with log |dW| on a fixed scale, whatever the other gradients are', () => {
    expect(gradientStrokePx(GRADIENT_SCALE.highest)).toBe(6);
    expect(gradientStrokePx(-5)).toBe(6);
    expect(gradientStrokePx(GRADIENT_SCALE.lowest)).toBe(0.5);
    expect(gradientStrokePx(-0.01)).toBeCloseTo(0.5 + 5.5 * 0.5, 10);
    expect(gradientStrokePx(1e-3)).toBeLessThan(gradientStrokePx(1e-2));
  });
  it('is thinnest for a converged network (|dW| ≈ 10⁻⁵) and for no gradient', () => {
    expect(gradientStrokePx(3.2e-5)).toBe(0.5);
    expect(gradientStrokePx(0)).toBe(0.5);
    expect(gradientStrokePx(Number.NaN)).toBe(0.5);
  });
  it('is thickest for a diverging gradient', () => {
    expect(gradientStrokePx(-Infinity)).toBe(6);
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
  it('takes ties from the lowest indices, and agrees with sorting every index by magnitude', () => {
    expect(strongestConnections([1, -1, 1, 2], 2)).toEqual([0, 3]);
    expect(strongestConnections([1, 2], 0)).toEqual([]);
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647) * 2 - 1;
    for (let trial = 0; trial < 20; trial++) {
      const values = Float32Array.from({ length: 300 }, () => Math.round(random() * 20) / 10);
      const bySort = Array.from(values, (_, i) => i)
        .sort((a, b) => Math.abs(values[b]!) - Math.abs(values[a]!) || a - b)
        .slice(0, 50)
        .sort((a, b) => a - b);
      expect(strongestConnections(values, 50)).toEqual(bySort);
    }
  });
});
