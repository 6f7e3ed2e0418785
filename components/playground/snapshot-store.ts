import type { CostPoint, TrainingSnapshot } from '@/lib/protocol';
import { nextCostHistory } from '@/components/views/cost-history';

export const MAX_COST_POINTS = 1000;
/**
 * While the user drags a point, secondary views (the network, inspectors, cost chart) follow once a second:
 * redrawing the network's maps and connections takes a frame's time on a slow machine, and every such frame
 * holds back the boundary under the pointer.
 */
export const SECONDARY_INTERVAL_WHILE_INTERACTING_MS = 1000;

export interface SnapshotState {
  snapshot: TrainingSnapshot | null;
  costHistory: readonly CostPoint[];
  /** The snapshot at which training last stopped (hasTrainingStopped), null before the first stop. */
  lastStop: TrainingSnapshot | null;
}

/**
 * "Training stopped", derived in this one place: `next` is the first snapshot that is not training after
 * one that was (paused, reached the stop epoch, diverged). Everything that reacts to a stop (the screen
 * reader announcement, the embed's final progress message) asks this, through the store.
 */
export function hasTrainingStopped(previous: TrainingSnapshot | null, next: TrainingSnapshot): boolean {
  return (previous?.isTraining ?? false) && !next.isTraining;
}

export interface SnapshotStore {
  /**
   * Called for every snapshot from the worker; views see at most one per animation frame (latest wins).
   * Returns whether training stopped at this snapshot (hasTrainingStopped with the one pushed before).
   */
  push(snapshot: TrainingSnapshot): boolean;
  /** Views the user is looking at now (the plane, the readouts): told every frame that has a new snapshot. */
  subscribe(listener: () => void): () => void;
  get(): SnapshotState;
  /**
   * Views that can lag a little while the user drags (the network diagram, inspectors, cost chart): told every
   * frame normally, every SECONDARY_INTERVAL_WHILE_INTERACTING_MS while interacting. Read with getSecondary.
   */
  subscribeSecondary(listener: () => void): () => void;
  getSecondary(): SnapshotState;
  /** A drag started or ended: the frame's time goes to what is being dragged. */
  setInteracting(isInteracting: boolean): void;
}

/**
 * Holds the newest snapshot and the cost history. Every snapshot's new costs are kept, but views are
 * notified once per animation frame, so a fast worker never makes the page render more than it can show.
 */
export function createSnapshotStore(
  requestFrame: (callback: () => void) => number,
  now: () => number = () => performance.now(),
): SnapshotStore {
  let state: SnapshotState = { snapshot: null, costHistory: [], lastStop: null };
  let secondaryState = state;
  let pendingState = state;
  let runId = -1;
  let isFrameRequested = false;
  let isInteracting = false;
  let secondaryAtMs = -Infinity;
  const listeners = new Set<() => void>();
  const secondaryListeners = new Set<() => void>();

  const flushSecondary = () => {
    secondaryAtMs = now();
    if (secondaryState === state) return;
    secondaryState = state;
    secondaryListeners.forEach((listener) => listener());
  };

  const flush = () => {
    isFrameRequested = false;
    state = pendingState;
    listeners.forEach((listener) => listener());
    if (!isInteracting || now() - secondaryAtMs >= SECONDARY_INTERVAL_WHILE_INTERACTING_MS) flushSecondary();
  };

  return {
    push(snapshot) {
      const history = snapshot.runId === runId ? pendingState.costHistory : [];
      runId = snapshot.runId;
      const hasStopped = hasTrainingStopped(pendingState.snapshot, snapshot);
      pendingState = {
        snapshot,
        costHistory: nextCostHistory(history, snapshot, MAX_COST_POINTS),
        lastStop: hasStopped ? snapshot : pendingState.lastStop,
      };
      if (!isFrameRequested) {
        isFrameRequested = true;
        requestFrame(flush);
      }
      return hasStopped;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    get: () => state,
    subscribeSecondary(listener) {
      secondaryListeners.add(listener);
      return () => secondaryListeners.delete(listener);
    },
    getSecondary: () => secondaryState,
    setInteracting(next) {
      isInteracting = next;
      // Catch up at once when the drag ends.
      if (!next) flushSecondary();
    },
  };
}
