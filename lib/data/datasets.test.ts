import { describe, it, expect } from 'vitest';
import { DATASETS, DOMAIN_MAX, DOMAIN_MIN } from '../protocol';
import { generateDataset, type DataPoint } from './datasets';
import { createRng } from './random';

const sameCoordinates = (a: DataPoint[], b: DataPoint[]): boolean =>
  a.length === b.length &&
  a.every((p, i) => p.x1 === b[i]!.x1 && p.x2 === b[i]!.x2 && p.label === b[i]!.label);

const countLabel = (points: DataPoint[], label: 0 | 1): number =>
  points.filter((p) => p.label === label).length;

describe.each(DATASETS)('generateDataset(%s)', (name) => {
  it.each([2, 3, 7, 100, 401])('returns exactly n = %i points with balanced labels', (n) => {
    for (const noise of [0, 25, 50]) {
      const points = generateDataset(name, { n, noise, seed: 5 });
      expect(points).toHaveLength(n);
      expect(points.every((p) => p.label === 0 || p.label === 1)).toBe(true);
      expect(countLabel(points, 0)).toBe(Math.floor(n / 2));
      expect(countLabel(points, 1)).toBe(n - Math.floor(n / 2));
    }
  });

  it('keeps every coordinate finite and inside the domain, even at maximum noise', () => {
    for (const noise of [0, 50]) {
      for (const seed of [1, 2, 3]) {
        const outside = generateDataset(name, { n: 500, noise, seed })
          .flatMap((p) => [p.x1, p.x2])
          .filter((x) => !(x >= DOMAIN_MIN && x <= DOMAIN_MAX));
        expect(outside).toEqual([]);
      }
    }
  });

  it('is deterministic for the same options', () => {
    const options = { n: 200, noise: 20, seed: 42 };
    expect(generateDataset(name, options)).toEqual(generateDataset(name, options));
  });

  it('changes with the seed', () => {
    // Spirals are the same for every seed at noise 0 (TensorFlow Playground), so compare with noise.
    const noise = name === 'spiral' ? 10 : 0;
    const a = generateDataset(name, { n: 200, noise, seed: 1 });
    const b = generateDataset(name, { n: 200, noise, seed: 2 });
    expect(sameCoordinates(a, b)).toBe(false);
  });

  it('changes with the noise', () => {
    const quiet = generateDataset(name, { n: 200, noise: 0, seed: 3 });
    const noisy = generateDataset(name, { n: 200, noise: 40, seed: 3 });
    expect(sameCoordinates(quiet, noisy)).toBe(false);
  });

  it('rejects a bad n or noise', () => {
    expect(() => generateDataset(name, { n: 1, noise: 0, seed: 1 })).toThrow(RangeError);
    expect(() => generateDataset(name, { n: 10.5, noise: 0, seed: 1 })).toThrow(RangeError);
    expect(() => generateDataset(name, { n: 10, noise: 51, seed: 1 })).toThrow(RangeError);
    expect(() => generateDataset(name, { n: 10, noise: Number.NaN, seed: 1 })).toThrow(RangeError);
  });
});

describe('flower', () => {
  /** The course's formula, recomputed with the documented draw order: per point ε₁ then ε₂. */
  function courseFlower(n: number, seed: number): DataPoint[] {
    const rng = createRng(seed);
    const perClass = n / 2;
    const a = 4;
    const points: DataPoint[] = [];
    for (const j of [0, 1] as const) {
      const start = 3.12 * j;
      const stop = 3.12 * (j + 1);
      for (let k = 0; k < perClass; k++) {
        const t = start + ((stop - start) * k) / (perClass - 1) + 0.2 * rng.normal();
        const r = a * Math.sin(4 * t) + 0.2 * rng.normal();
        points.push({ x1: r * Math.sin(t), x2: r * Math.cos(t), label: j });
      }
    }
    return points;
  }

  it.each([
    [400, 1],
    [400, 7],
    [50, 123],
  ])('matches the formula exactly at noise 0 (n = %i, seed = %i)', (n, seed) => {
    const expected = courseFlower(n, seed);
    const actual = generateDataset('flower', { n, noise: 0, seed });
    expect(actual).toHaveLength(expected.length);
    actual.forEach((p, i) => {
      const e = expected[i]!;
      expect(p.label).toBe(e.label);
      expect(Math.abs(p.x1 - e.x1)).toBeLessThan(1e-9);
      expect(Math.abs(p.x2 - e.x2)).toBeLessThan(1e-9);
    });
  });

  it('puts point k of class j at angle linspace(3.12j, 3.12(j+1), N)[k] ± 5·0.2, modulo π', () => {
    // A point (r sin t, r cos t) has polar angle t (r > 0) or t + π (r < 0): t is known modulo π.
    const n = 400;
    const perClass = n / 2;
    const points = generateDataset('flower', { n, noise: 0, seed: 9 });
    points.forEach((p, i) => {
      const j = i < perClass ? 0 : 1;
      const k = i - j * perClass;
      const nominal = 3.12 * j + (3.12 * k) / (perClass - 1);
      const angle = Math.atan2(p.x1, p.x2);
      const diff = (((angle - nominal) % Math.PI) + Math.PI) % Math.PI;
      expect(Math.min(diff, Math.PI - diff)).toBeLessThan(1);
      expect(Math.hypot(p.x1, p.x2)).toBeLessThan(4 + 1);
    });
  });

  it('adds only a small jitter of std noise/100 on top of the same formula points', () => {
    const base = courseFlower(400, 4);
    const noisy = generateDataset('flower', { n: 400, noise: 30, seed: 4 });
    const deltas = noisy.flatMap((p, i) => [p.x1 - base[i]!.x1, p.x2 - base[i]!.x2]);
    const mean = deltas.reduce((s, d) => s + d, 0) / deltas.length;
    const std = Math.sqrt(deltas.reduce((s, d) => s + (d - mean) ** 2, 0) / deltas.length);
    expect(Math.abs(mean)).toBeLessThan(0.05);
    expect(std).toBeGreaterThan(0.25);
    expect(std).toBeLessThan(0.35);
  });
});

describe('dataset shapes at noise 0', () => {
  it('blobs are separated by the line through the origin perpendicular to the centre difference', () => {
    const w = [2.5 - -2.5, 1.5 - -1.5] as const;
    for (const seed of [1, 2, 3, 4, 5]) {
      for (const p of generateDataset('blobs', { n: 1000, noise: 0, seed })) {
        const side = w[0] * p.x1 + w[1] * p.x2;
        if (p.label === 1) expect(side).toBeGreaterThan(0);
        else expect(side).toBeLessThan(0);
      }
    }
  });

  it('xor labels follow the sign of x1·x2 and stay off the axes', () => {
    for (const seed of [1, 2, 3]) {
      for (const p of generateDataset('xor', { n: 500, noise: 0, seed })) {
        expect(p.label).toBe(p.x1 * p.x2 >= 0 ? 1 : 0);
        expect(Math.min(Math.abs(p.x1), Math.abs(p.x2))).toBeGreaterThan(0.1);
      }
    }
  });

  it('circle class 1 lies closer to the origin than class 0', () => {
    const points = generateDataset('circle', { n: 500, noise: 0, seed: 8 });
    const radius = (p: DataPoint) => Math.hypot(p.x1, p.x2);
    const inner = Math.max(...points.filter((p) => p.label === 1).map(radius));
    const outer = Math.min(...points.filter((p) => p.label === 0).map(radius));
    expect(inner).toBeLessThan(outer);
    expect(outer).toBeLessThanOrEqual(5 + 1e-9);
  });

  it('gauss clusters sit around (2, 2) for label 1 and (−2, −2) for label 0', () => {
    const points = generateDataset('gauss', { n: 2000, noise: 0, seed: 2 });
    for (const [label, centre] of [
      [1, 2],
      [0, -2],
    ] as const) {
      const cls = points.filter((p) => p.label === label);
      const mean1 = cls.reduce((s, p) => s + p.x1, 0) / cls.length;
      const mean2 = cls.reduce((s, p) => s + p.x2, 0) / cls.length;
      expect(Math.abs(mean1 - centre)).toBeLessThan(0.1);
      expect(Math.abs(mean2 - centre)).toBeLessThan(0.1);
    }
  });

  it('moons fill about [−5, 5] horizontally and the two classes do not overlap', () => {
    const points = generateDataset('moons', { n: 1000, noise: 0, seed: 6 });
    const xs = points.map((p) => p.x1);
    expect(Math.min(...xs)).toBeGreaterThan(-5.01);
    expect(Math.min(...xs)).toBeLessThan(-4.5);
    expect(Math.max(...xs)).toBeLessThan(5.01);
    expect(Math.max(...xs)).toBeGreaterThan(4.5);
    const key = (p: DataPoint) => `${p.x1.toFixed(6)},${p.x2.toFixed(6)}`;
    const zeros = new Set(points.filter((p) => p.label === 0).map(key));
    expect(points.filter((p) => p.label === 1).some((p) => zeros.has(key(p)))).toBe(false);
  });

  it('spiral arms grow outwards from the origin to radius about 5', () => {
    const points = generateDataset('spiral', { n: 400, noise: 0, seed: 1 });
    const radii = points.map((p) => Math.hypot(p.x1, p.x2));
    expect(Math.min(...radii)).toBeLessThan(1e-9);
    expect(Math.max(...radii)).toBeGreaterThan(4.9);
    expect(Math.max(...radii)).toBeLessThanOrEqual(5);
  });
});
