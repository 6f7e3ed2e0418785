import { describe, it, expect } from 'vitest';
import { generateDataset } from './datasets';
import { assignSplit, generatePoints, resplitPoints } from './split';

const points = generateDataset('circle', { n: 200, noise: 10, seed: 3 });
const trainCount = (split: { split: string }[]) => split.filter((p) => p.split === 'train').length;

describe('assignSplit', () => {
  it.each([
    [200, 0, 1],
    [200, 10, 20],
    [200, 50, 100],
    [200, 73, 146],
    [200, 100, 200],
    [7, 50, 4],
    [7, 30, 2],
    [3, 1, 1],
    [1, 0, 1],
    [0, 50, 0],
  ])('n = %i at %i %% gives %i train points', (n, percent, expected) => {
    const split = assignSplit(points.slice(0, n), percent, 1);
    expect(split).toHaveLength(n);
    expect(trainCount(split)).toBe(expected);
    expect(split.filter((p) => p.split === 'test')).toHaveLength(n - expected);
  });

  it('keeps the points and their order', () => {
    const split = assignSplit(points, 60, 5);
    split.forEach((p, i) => {
      const q = points[i]!;
      expect([p.x1, p.x2, p.label]).toEqual([q.x1, q.x2, q.label]);
    });
  });

  it('is deterministic, and the seed chooses which points train', () => {
    expect(assignSplit(points, 60, 5)).toEqual(assignSplit(points, 60, 5));
    const a = assignSplit(points, 60, 5).map((p) => p.split);
    const b = assignSplit(points, 60, 6).map((p) => p.split);
    expect(a).not.toEqual(b);
  });

  it('does not simply take the first points', () => {
    const split = assignSplit(points, 50, 2);
    expect(split.slice(0, 100).every((p) => p.split === 'train')).toBe(false);
  });

  it('turns only test points into train points when the percentage grows', () => {
    const low = assignSplit(points, 30, 9);
    const high = assignSplit(points, 70, 9);
    low.forEach((p, i) => {
      if (p.split === 'train') expect(high[i]!.split).toBe('train');
    });
  });

  it('rejects a percentage outside [0, 100]', () => {
    expect(() => assignSplit(points, -1, 1)).toThrow(RangeError);
    expect(() => assignSplit(points, 101, 1)).toThrow(RangeError);
  });
});

describe('generatePoints', () => {
  it('equals generateDataset plus a split with exact counts', () => {
    const options = { n: 150, noise: 20, seed: 11, trainPercent: 80 };
    const labeled = generatePoints('xor', options);
    const raw = generateDataset('xor', options);
    expect(labeled.map(({ x1, x2, label }) => ({ x1, x2, label }))).toEqual(raw);
    expect(trainCount(labeled)).toBe(120);
  });

  it('does not move any point when trainPercent changes', () => {
    const base = { n: 120, noise: 25, seed: 4 };
    const coords = (p: { x1: number; x2: number; label: number }) => [p.x1, p.x2, p.label];
    const a = generatePoints('spiral', { ...base, trainPercent: 20 });
    const b = generatePoints('spiral', { ...base, trainPercent: 90 });
    expect(a.map(coords)).toEqual(b.map(coords));
    expect(a.map((p) => p.split)).not.toEqual(b.map((p) => p.split));
  });

  it('puts every point in train at 100 %', () => {
    const all = generatePoints('flower', { n: 400, noise: 0, seed: 1, trainPercent: 100 });
    expect(all.some((p) => p.split === 'test')).toBe(false);
  });
});

describe('resplitPoints', () => {
  it('re-splitting generated points equals generating them at the new share', () => {
    const options = { n: 120, noise: 10, seed: 5 };
    const generated = generatePoints('xor', { ...options, trainPercent: 70 });
    expect(resplitPoints(generated, 40, options.seed)).toEqual(generatePoints('xor', { ...options, trainPercent: 40 }));
  });

  it('keeps hand-drawn points in place and in order, deterministically', () => {
    const drawn = [1, 2, 3, 4, 5, 6, 7, 8].map((x1) => ({ x1, x2: -x1, label: (x1 % 2) as 0 | 1, split: 'train' as const }));
    const once = resplitPoints(drawn, 65, 1);
    expect(once.map(({ x1, x2, label }) => ({ x1, x2, label }))).toEqual(drawn.map(({ x1, x2, label }) => ({ x1, x2, label })));
    expect(trainCount(once)).toBe(5);
    expect(resplitPoints(drawn, 65, 1)).toEqual(once);
  });
});
