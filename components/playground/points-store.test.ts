import { describe, expect, it, vi } from 'vitest';
import type { LabeledPoint } from '@/lib/protocol';
import { createPointsStore } from './points-store';

const SETTINGS = { dataset: 'circle', n: 40, noise: 10, trainPercent: 70, seed: 1 } as const;
const point = (x1: number): LabeledPoint => ({ x1, x2: 0, label: 1, split: 'train' });

describe('createPointsStore', () => {
  it('starts at version 1 with the initial points', () => {
    const store = createPointsStore({ points: [point(1)], isCustom: false });
    expect(store.get()).toEqual({ points: [point(1)], version: 1, isCustom: false, replacedAt: 1 });
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
    expect(store.get()).toEqual({ points: [point(3)], version: 3, isCustom: false, replacedAt: 1 });
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

  it('edit makes an undoable step with the data settings; undo and redo restore points, flag and settings', () => {
    const generated = [point(1), point(2)];
    const store = createPointsStore({ points: generated, isCustom: false });
    const before = { ...SETTINGS };
    store.edit([], true, before);
    store.edit([point(5)], true, { ...SETTINGS, noise: 20 });
    const seen: number[] = [];
    store.subscribe(() => seen.push(store.get().points.length));
    expect(store.undo({ ...SETTINGS, noise: 30 })).toEqual({ ...SETTINGS, noise: 20 });
    expect(store.get().points).toEqual([]);
    expect(store.undo({ ...SETTINGS, noise: 20 })).toEqual(before);
    expect(store.get()).toMatchObject({ points: generated, isCustom: false });
    expect(store.undo(SETTINGS)).toBeNull();
    expect(store.redo(SETTINGS)).toEqual({ ...SETTINGS, noise: 20 });
    expect(store.redo({ ...SETTINGS, noise: 20 })).toEqual({ ...SETTINGS, noise: 30 });
    expect(store.get()).toMatchObject({ points: [point(5)], isCustom: true });
    expect(store.redo(SETTINGS)).toBeNull();
    expect(seen).toEqual([0, 2, 0, 1]);
  });

  it('edits of one group are one step until the group ends; set is no step at all', () => {
    const store = createPointsStore({ points: [point(0)], isCustom: true });
    for (let i = 1; i <= 5; i++) store.edit([point(i)], true, SETTINGS, 'drag-1');
    store.endGroup();
    store.edit([point(9)], true, SETTINGS, 'drag-1');
    store.set([point(10)]);
    expect(store.history().past.map((s) => s.points[0]?.x1)).toEqual([0, 5]);
    store.undo(SETTINGS);
    expect(store.get().points).toEqual([point(5)]);
    store.undo(SETTINGS);
    expect(store.get().points).toEqual([point(0)]);
  });
});

describe('replacements', () => {
  const settings = { dataset: 'circle' as const, n: 2, noise: 0, trainPercent: 50, seed: 1 };
  const at = (x: number) => ({ x1: x, x2: 0, label: 1 as const, split: 'train' as const });
  it('marks wholesale replacements and undo, not edits of single points', () => {
    const store = createPointsStore({ points: [at(0)], isCustom: false });
    expect(store.get().replacedAt).toBe(1);
    store.edit([at(1)], true, settings);
    expect(store.get().replacedAt).toBe(1);
    store.edit([at(2), at(3)], false, settings, undefined, true);
    expect(store.get().replacedAt).toBe(store.get().version);
    const replaced = store.get().replacedAt;
    store.edit([at(4)], true, settings, 'drag');
    expect(store.get().replacedAt).toBe(replaced);
    store.undo(settings);
    expect(store.get().replacedAt).toBe(store.get().version);
  });
});
