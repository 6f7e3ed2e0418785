import type { CostPoint, TrainingSnapshot } from '@/lib/protocol';
import { appendCostHistory } from '@/components/views/cost-history';

export const MAX_COST_POINTS = 1000;

export interface SnapshotState {
  snapshot: TrainingSnapshot | null;
  costHistory: CostPoint[];
}

export interface SnapshotStore {
  /** Called for every snapshot from the worker; views see at most one per animation frame (latest wins). */
  push(snapshot: TrainingSnapshot): void;
  subscribe(listener: () => void): () => void;
  get(): SnapshotState;
}

/**
 * Holds the newest snapshot and the cost history. Every snapshot's new costs are kept, but views are
 * notified once per animation frame, so a fast worker never makes the page render more than it can show.
 */
export function createSnapshotStore(
  requestFrame: (callback: () => void) => number,
): SnapshotStore {
  let state: SnapshotState = { snapshot: null, costHistory: [] };
  let pendingState = state;
  let runId = -1;
  let isFrameRequested = false;
  const listeners = new Set<() => void>();

  const flush = () => {
    isFrameRequested = false;
    state = pendingState;
    listeners.forEach((listener) => listener());
  };

  return {
    push(snapshot) {
      const history = snapshot.runId === runId ? pendingState.costHistory : [];
      runId = snapshot.runId;
      pendingState = {
        snapshot,
        costHistory: snapshot.newCosts.length
          ? appendCostHistory(history, snapshot.newCosts, MAX_COST_POINTS)
          : history,
      };
      if (!isFrameRequested) {
        isFrameRequested = true;
        requestFrame(flush);
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    get: () => state,
  };
}
