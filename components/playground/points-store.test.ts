import { describe, expect, it, vi } from 'vitest';
import type { LabeledPoint } from '@/lib/protocol';
import { createPointsStore } from './points-store';

const point = (x1: number): LabeledPoint => ({ x1, x2: 0, label: 1, split: 'train' });

describe('createPointsStore', () => {
  it('starts at version 1 with the initial points', () => {
    const store = createPointsStore({ points: [point(1)], isCustom: false });
    expect(store.get()).toEqual({ points: [point(1)], version: 1, isCustom: false });
  });

  it('each set is a new version, custom unless said otherwise, and tells listeners synchronously', () => {
    const store = createPointsStore({ points: [], isCustom: false });
    const seen: number[] = [];
    store.subscribe(() => seen.push(store.get().version));
    store.set([point(2)]);
    expect(seen).toEqual([2]);
    expect(store.get().isCustom).toBe(true);
    store.set([point(3)], false);
    expect(seen).toEqual([2, 3]);
    expect(store.get()).toEqual({ points: [point(3)], version: 3, isCustom: false });
  });

  it('a new state object per set (React sees the change), and unsubscribed listeners hear nothing', () => {
    const store = createPointsStore({ points: [], isCustom: false });
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    const before = store.get();
    store.set([point(1)]);
    expect(store.get()).not.toBe(before);
    unsubscribe();
    store.set([point(2)]);
    expect(listener).toHaveBeenCalledTimes(1);
  });
});
