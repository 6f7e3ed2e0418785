import { describe, it, expect } from 'vitest';
import { createRng, shuffledIndices } from './random';

const draw = (seed: number, count: number) => {
  const rng = createRng(seed);
  return Array.from({ length: count }, () => rng.next());
};

describe('createRng', () => {
  it('gives the same sequence for the same seed', () => {
    expect(draw(42, 100)).toEqual(draw(42, 100));
    const a = createRng(7);
    const b = createRng(7);
    for (let i = 0; i < 50; i++) {
      expect(a.normal()).toBe(b.normal());
      expect(a.uniform(-3, 3)).toBe(b.uniform(-3, 3));
      expect(a.int(10)).toBe(b.int(10));
    }
  });

  it('gives different sequences for different seeds', () => {
    expect(draw(1, 20)).not.toEqual(draw(2, 20));
  });

  it('next() stays in [0, 1) and covers it evenly', () => {
    const values = draw(3, 20_000);
    expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
    const buckets = new Array<number>(10).fill(0);
    for (const v of values) buckets[Math.floor(v * 10)]! += 1;
    for (const count of buckets) expect(Math.abs(count - 2000)).toBeLessThan(200);
  });

  it('uniform(min, max) stays in [min, max) and int(n) in 0 … n−1', () => {
    const rng = createRng(4);
    const uniforms = Array.from({ length: 5000 }, () => rng.uniform(-2, 5));
    expect(uniforms.filter((u) => !(u >= -2 && u < 5))).toEqual([]);
    expect(Math.min(...uniforms)).toBeLessThan(-1.9);
    expect(Math.max(...uniforms)).toBeGreaterThan(4.9);
    const ints = Array.from({ length: 5000 }, () => rng.int(6));
    expect(ints.filter((k) => !Number.isInteger(k))).toEqual([]);
    expect([...new Set(ints)].sort()).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('normal() has mean about 0 and variance about 1 over 20k samples', () => {
    const rng = createRng(5);
    const samples = Array.from({ length: 20_000 }, () => rng.normal());
    const mean = samples.reduce((s, x) => s + x, 0) / samples.length;
    const variance = samples.reduce((s, x) => s + (x - mean) ** 2, 0) / samples.length;
    expect(Math.abs(mean)).toBeLessThan(0.03);
    expect(Math.abs(variance - 1)).toBeLessThan(0.05);
    const withinOneStd = samples.filter((x) => Math.abs(x) < 1).length / samples.length;
    expect(Math.abs(withinOneStd - 0.6827)).toBeLessThan(0.015);
  });
});

describe('shuffledIndices', () => {
  it.each([0, 1, 2, 10, 1000])('is a permutation of 0 … n−1 (n = %i)', (n) => {
    const order = shuffledIndices(n, createRng(n + 1));
    expect(order).toHaveLength(n);
    expect(Array.from(order).sort((a, b) => a - b)).toEqual(Array.from({ length: n }, (_, i) => i));
  });

  it('is deterministic per seed and actually shuffles', () => {
    const a = shuffledIndices(50, createRng(8));
    expect(Array.from(a)).toEqual(Array.from(shuffledIndices(50, createRng(8))));
    expect(Array.from(a)).not.toEqual(Array.from({ length: 50 }, (_, i) => i));
    expect(Array.from(a)).not.toEqual(Array.from(shuffledIndices(50, createRng(9))));
  });
});
