'use client';

import { useSyncExternalStore } from 'react';
import type { PointsState, PointsStore } from './points-store';
import type { SnapshotState, SnapshotStore } from './snapshot-store';

const EMPTY_SNAPSHOT_STATE: SnapshotState = { snapshot: null, costHistory: [], lastStop: null };

/** The newest snapshot and cost history: the calling component re-renders once per drawn frame. */
export function useSnapshotState(store: SnapshotStore): SnapshotState {
  return useSyncExternalStore(store.subscribe, store.get, () => EMPTY_SNAPSHOT_STATE);
}

/** The same for a view that may lag a few frames while the user drags a point (snapshot-store.ts). */
export function useSecondarySnapshotState(store: SnapshotStore): SnapshotState {
  return useSyncExternalStore(store.subscribeSecondary, store.getSecondary, () => EMPTY_SNAPSHOT_STATE);
}

/** One value derived from the snapshot state: the component re-renders only when it changes (compare with Object.is). */
export function useSnapshotValue<T>(store: SnapshotStore, select: (state: SnapshotState) => T): T {
  return useSyncExternalStore(store.subscribe, () => select(store.get()), () => select(EMPTY_SNAPSHOT_STATE));
}

/** The points: the calling component re-renders with every edit. */
export function usePointsState(store: PointsStore): PointsState {
  return useSyncExternalStore(store.subscribe, store.get, store.get);
}
