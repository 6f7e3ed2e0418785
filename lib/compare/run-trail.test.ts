import { describe, expect, it } from 'vitest';
import { recordTrail, type RunTrail } from './run-trail';
import { trailPointsFor } from '../race/race';

describe('recordTrail', () => {
  it('grows with the run, skips a repeated snapshot, thins to the budget keeping the first and last, and restarts with a new run', () => {
    let trail: RunTrail | null = null;
    for (let e = 0; e < 500; e++) trail = recordTrail(trail, 1, e, new Float32Array([e, -e, 1]));
    expect(trail!.points.length).toBeLessThanOrEqual(trailPointsFor(3));
    expect(trail!.points.length).toBeGreaterThan(trailPointsFor(3) / 2);
    // Points all along the run: no gap much wider than the average.
    const gaps = trail!.epochs.slice(1).map((e, i) => e - trail!.epochs[i]!);
    expect(Math.max(...gaps)).toBeLessThanOrEqual((4 * 499) / (trail!.epochs.length - 1));
    expect(trail!.epochs[0]).toBe(0);
    expect(trail!.epochs.at(-1)).toBe(499);
    expect(Array.from(trail!.points.at(-1)!)).toEqual([499, -499, 1]);
    expect(recordTrail(trail, 1, 499, new Float32Array([499, -499, 1]))).toBe(trail);
    const next = recordTrail(trail, 2, 0, new Float32Array([0, 0, 0]));
    expect(next.points).toHaveLength(1);
    expect(recordTrail(next, 2, 1, new Float32Array([1, 1])).points).toHaveLength(1);
  });
});
