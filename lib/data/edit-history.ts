import type { DatasetName, LabeledPoint } from '../protocol';

/** The settings that generate the data: an undo restores them with the points. */
export interface DataSettings {
  dataset: DatasetName;
  n: number;
  noise: number;
  trainPercent: number;
  seed: number;
}

/** What the plane held at one moment. */
export interface DataState {
  points: readonly LabeledPoint[];
  settings: DataSettings;
  /** The points were edited or imported, not generated from `settings`. */
  isCustom: boolean;
}

/**
 * A bounded undo/redo history of data states, as an immutable value: every function returns a new
 * history (or the same one when nothing changes) and never mutates its argument.
 */
export interface EditHistory {
  /** The states before each step, oldest first: undo returns to the last one. */
  readonly past: readonly DataState[];
  /** The states undone, the next one to redo last. */
  readonly future: readonly DataState[];
  /** At most this many steps are kept; the oldest go first. */
  readonly limit: number;
  /** The group of the newest step while it is open: a further edit of the same group joins that step. */
  readonly openGroup: string | null;
}

export const HISTORY_LIMIT = 100;

/**
 * What a change of the data settings does to the points on the plane: the training share alone re-splits
 * them in place; any other change replaces them with generated points, at once when they were generated
 * (or there are none), only after the learner confirms when they were edited.
 */
export function kindOfDataChange(patch: Partial<DataSettings>, current: { isCustom: boolean; count: number }): 'resplit' | 'replace' | 'confirm' {
  const keys = Object.keys(patch) as (keyof DataSettings)[];
  if (keys.length > 0 && keys.every((key) => key === 'trainPercent')) return 'resplit';
  return current.isCustom && current.count > 0 ? 'confirm' : 'replace';
}

/** Pick the data settings out of a larger configuration. */
export function dataSettingsOf(config: DataSettings): DataSettings {
  return { dataset: config.dataset, n: config.n, noise: config.noise, trainPercent: config.trainPercent, seed: config.seed };
}

/** @throws RangeError when limit is not an integer ≥ 1. */
export function createHistory(limit = HISTORY_LIMIT): EditHistory {
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`limit must be an integer ≥ 1, got ${limit}`);
  return { past: [], future: [], limit, openGroup: null };
}

/**
 * A new step, given the state before the edit. With a `group` equal to the open group the edit joins
 * the newest step instead (one drag, or one slider moved several notches, is one step). A new step
 * clears what could be redone.
 */
export function push(history: EditHistory, before: DataState, group?: string): EditHistory {
  if (group !== undefined && group === history.openGroup) return history;
  const past = history.past.length >= history.limit ? history.past.slice(history.past.length - history.limit + 1) : history.past.slice();
  past.push(before);
  return { past, future: [], limit: history.limit, openGroup: group ?? null };
}

/** Ends the open group: the next edit is a step of its own whatever its group. */
export function closeGroup(history: EditHistory): EditHistory {
  return history.openGroup === null ? history : { ...history, openGroup: null };
}

export const canUndo = (history: EditHistory): boolean => history.past.length > 0;
export const canRedo = (history: EditHistory): boolean => history.future.length > 0;

/** The state to return to and the history after it, given the current state; null when there is none. */
export function undo(history: EditHistory, current: DataState): { history: EditHistory; state: DataState } | null {
  const state = history.past[history.past.length - 1];
  if (!state) return null;
  return {
    state,
    history: { past: history.past.slice(0, -1), future: [...history.future, current], limit: history.limit, openGroup: null },
  };
}

/** The state undone last and the history after it, given the current state; null when there is none. */
export function redo(history: EditHistory, current: DataState): { history: EditHistory; state: DataState } | null {
  const state = history.future[history.future.length - 1];
  if (!state) return null;
  return {
    state,
    history: { past: [...history.past, current], future: history.future.slice(0, -1), limit: history.limit, openGroup: null },
  };
}
