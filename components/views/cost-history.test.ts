import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CostPoint } from '@/lib/protocol';
import { appendCostHistory, bucketCostHistory, bucketWidth, nextCostHistory } from './cost-history';

const costs = (from: number, to: number, cost: (epoch: number) => number = (e) => 1 / e) =>
  Array.from({ length: to - from + 1 }, (_, i) => ({ epoch: from + i, trainCost: cost(from + i), testCost: NaN }));

/** A run of `epochs` epochs arriving `chunk` epochs per snapshot, kept under `maxPoints`. */
function runOf(epochs: number, chunk: number, maxPoints: number, cost: (epoch: number) => number): CostPoint[] {
  let history: CostPoint[] = [];
  for (let e = 1; e <= epochs; e += chunk) history = appendCostHistory(history, costs(e, Math.min(epochs, e + chunk - 1), cost), maxPoints);
  return history;
}

/** Flower-like: a fast fall in the first 300 epochs, then a slow one. */
const fastFall = (e: number) => 0.3 + 0.39 * Math.exp(-e / 60) - e * 1e-6;

describe('bucketWidth', () => {
  it('is 1 below the resolution and doubles with every doubling of the epoch', () => {
    expect([0, 63, 64, 127, 128, 255, 256].map((e) => bucketWidth(e, 64))).toEqual([1, 1, 1, 1, 2, 2, 4]);
  });
});

describe('appendCostHistory', () => {
  it('appends while under the limit', () => {
    const h = appendCostHistory(costs(1, 3), costs(4, 5), 10);
    expect(h.map((c) => c.epoch)).toEqual([1, 2, 3, 4, 5]);
  });

  it('stays under the limit and keeps the first and newest epoch, in order', () => {
    const h = runOf(1000, 7, 50, (e) => 1 / e);
    expect(h.length).toBeLessThanOrEqual(50);
    expect(h.length).toBeGreaterThan(20);
    expect(h[0]!.epoch).toBe(1);
    expect(h[h.length - 1]!.epoch).toBe(1000);
    const epochs = h.map((c) => c.epoch);
    expect([...epochs].sort((a, b) => a - b)).toEqual(epochs);
  });

  it('keeps the fast early fall of a long run in detail', () => {
    for (const epochs of [10_000, 500_000]) {
      const h = runOf(epochs, 997, 1000, fastFall);
      expect(h.length).toBeLessThanOrEqual(1000);
      const early = h.filter((p) => p.epoch <= 300);
      // Today's thinning left the first 4,800 of 10,000 epochs as one segment.
      expect(early.length).toBeGreaterThanOrEqual(30);
      // No step of the early fall is lost: consecutive kept points differ by little.
      for (let i = 1; i < early.length; i++) expect(early[i - 1]!.trainCost - early[i]!.trainCost).toBeLessThan(0.05);
    }
  });

  it('keeps a one-epoch spike and a one-epoch dip', () => {
    const h = runOf(200_000, 1013, 500, (e) => (e === 123_457 ? 5 : e === 150_001 ? 0.01 : 0.3));
    expect(h.find((p) => p.epoch === 123_457)?.trainCost).toBe(5);
    expect(h.find((p) => p.epoch === 150_001)?.trainCost).toBe(0.01);
  });

  it('keeps where the cost became non-finite', () => {
    const h = runOf(50_000, 101, 300, (e) => (e >= 40_000 ? NaN : 0.5));
    expect(h.find((p) => Number.isNaN(p.trainCost))?.epoch).toBe(40_000);
  });

  it('property: bounded, in epoch order, ends kept, every point real, global extremes kept', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 3000, size: 'max' }),
        fc.integer({ min: 1, max: 400 }),
        fc.integer({ min: 120, max: 600 }),
        fc.nat(),
        fc.nat(),
        (values, chunk, maxPoints, spikeAt, dipAt) => {
          // One spike in the training cost and one dip in the test cost, anywhere.
          const all = values.map((v, i) => ({ epoch: i + 1, trainCost: v, testCost: 1 - v }));
          all[spikeAt % all.length]!.trainCost = 5;
          all[dipAt % all.length]!.testCost = -5;
          let h: CostPoint[] = [];
          for (let i = 0; i < all.length; i += chunk) h = appendCostHistory(h, all.slice(i, i + chunk), maxPoints);
          expect(h.length).toBeLessThanOrEqual(maxPoints);
          for (let i = 1; i < h.length; i++) expect(h[i]!.epoch).toBeGreaterThan(h[i - 1]!.epoch);
          expect(h[0]).toEqual(all[0]);
          expect(h[h.length - 1]).toEqual(all[all.length - 1]);
          for (const p of h) expect(p).toEqual(all[p.epoch - 1]);
          expect(h).toContainEqual(all[spikeAt % all.length]);
          expect(h).toContainEqual(all[dipAt % all.length]);
          expect(Math.min(...h.map((p) => p.trainCost))).toBe(Math.min(...all.map((p) => p.trainCost)));
        },
      ),
      { numRuns: 25 },
    );
  });
});

describe('bucketCostHistory', () => {
  it('is stable: bucketing a bucketed history again changes nothing', () => {
    const once = bucketCostHistory(costs(1, 5000, fastFall), 16);
    expect(bucketCostHistory(once, 16)).toEqual(once);
  });
});

describe('nextCostHistory', () => {
  const snapshot = (epoch: number, trainCost: number, newCosts: CostPoint[] = []) => ({ epoch, trainCost, testCost: NaN, newCosts });

  it('starts with the initial cost before the first step, and follows it while the points change', () => {
    const h = nextCostHistory([], snapshot(0, 0.69), 100);
    expect(h).toEqual([{ epoch: 0, trainCost: 0.69, testCost: NaN }]);
    expect(nextCostHistory(h, snapshot(0, 0.7), 100)).toEqual([{ epoch: 0, trainCost: 0.7, testCost: NaN }]);
  });

  it('appends new epochs, and keeps the history on a snapshot without any', () => {
    const h = nextCostHistory([{ epoch: 0, trainCost: 0.69, testCost: NaN }], snapshot(2, 0.5, costs(1, 2)), 100);
    expect(h.map((p) => p.epoch)).toEqual([0, 1, 2]);
    expect(nextCostHistory(h, snapshot(2, 0.4), 100)).toBe(h);
  });

  it('starts nothing without a finite cost (no training points)', () => {
    expect(nextCostHistory([], snapshot(0, NaN), 100)).toEqual([]);
  });
});
