import type { LabeledPoint } from '@/lib/protocol';

export interface PointsState {
  points: LabeledPoint[];
  /** Bumped by every edit; snapshots echo the newest version they reflect. */
  version: number;
  /** Edited or imported (not generated from the config): a shared link then carries them. */
  isCustom: boolean;
}

export interface PointsStore {
  get(): PointsState;
  /** Replaces the points with a new version and tells every listener at once. */
  set(points: LabeledPoint[], isCustom?: boolean): void;
  subscribe(listener: () => void): () => void;
}

/**
 * The plane's points, outside React state: a drag changes them up to 60 times a second, and only what
 * shows them (the plane, the counts) re-renders, while the worker hears of each edit synchronously,
 * without waiting for a render and its effects.
 */
export function createPointsStore(initial: { points: LabeledPoint[]; isCustom: boolean }): PointsStore {
  let state: PointsState = { points: initial.points, version: 1, isCustom: initial.isCustom };
  const listeners = new Set<() => void>();
  return {
    get: () => state,
    set(points, isCustom = true) {
      state = { points, version: state.version + 1, isCustom };
      listeners.forEach((listener) => listener());
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
