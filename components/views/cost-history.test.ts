import { describe, expect, it } from 'vitest';
import { appendCostHistory } from './cost-history';

const costs = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => ({ epoch: from + i, trainCost: 1 / (from + i), testCost: NaN }));

describe('appendCostHistory', () => {
  it('appends while under the limit', () => {
    const h = appendCostHistory(costs(1, 3), costs(4, 5), 10);
    expect(h.map((c) => c.epoch)).toEqual([1, 2, 3, 4, 5]);
  });
  it('stays under the limit and keeps the first and newest epoch', () => {
    let h = appendCostHistory([], [], 50);
    let newest = 0;
    for (let e = 1; e <= 1000; e += 7) {
      h = appendCostHistory(h, costs(e, e + 6), 50);
      newest = e + 6;
    }
    expect(h.length).toBeLessThanOrEqual(50);
    expect(h.length).toBeGreaterThan(20);
    expect(h[0]!.epoch).toBe(1);
    expect(h[h.length - 1]!.epoch).toBe(newest);
    const epochs = h.map((c) => c.epoch);
    expect([...epochs].sort((a, b) => a - b)).toEqual(epochs);
  });
});
