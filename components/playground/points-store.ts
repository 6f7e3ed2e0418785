import type { LabeledPoint } from '@/lib/protocol';
import { closeGroup, createHistory, push, redo, undo, type DataSettings, type EditHistory } from '@/lib/data/edit-history';

export interface PointsState {
  points: LabeledPoint[];
  /** Bumped by every edit; snapshots echo the newest version they reflect. */
  version: number;
  /** Edited or imported (not generated from the config): a shared link then carries them. */
  isCustom: boolean;
  /**
   * The version of the last wholesale replacement (generated, imported, cleared, undone, set by a host),
   * as opposed to an edit of single points on the plane: a selected point means nothing after one.
   */
  replacedAt: number;
}

export interface PointsStore {
  get(): PointsState;
  /** Replaces the points with a new version and tells every listener at once; not a step of the history. */
  set(points: LabeledPoint[], isCustom?: boolean, isReplacement?: boolean): void;
  /**
   * An edit the learner can undo: the current points, with `settings` (the data settings they were made
   * with), become a step of the history, then `set`. Edits of the open `group` join its step.
   */
  edit(points: LabeledPoint[], isCustom: boolean, settings: DataSettings, group?: string, isReplacement?: boolean): void;
  /** Ends the open group (a drag has ended). */
  endGroup(): void;
  /** Goes back one step given the current data settings; returns the settings to restore, or null. */
  undo(settings: DataSettings): DataSettings | null;
  /** Goes forward one undone step; returns the settings to restore, or null. */
  redo(settings: DataSettings): DataSettings | null;
  history(): EditHistory;
  subscribe(listener: () => void): () => void;
}

/**
 * The plane's points and their undo history, outside React state: a drag changes them up to 60 times a
 * second, and only what shows them (the plane, the counts) re-renders, while the worker hears of each
 * edit synchronously, without waiting for a render and its effects.
 */
export function createPointsStore(initial: { points: LabeledPoint[]; isCustom: boolean }): PointsStore {
  let state: PointsState = { points: initial.points, version: 1, isCustom: initial.isCustom, replacedAt: 1 };
  let history = createHistory();
  const listeners = new Set<() => void>();
  const set = (points: LabeledPoint[], isCustom = true, isReplacement = false) => {
    const version = state.version + 1;
    state = { points, version, isCustom, replacedAt: isReplacement ? version : state.replacedAt };
    listeners.forEach((listener) => listener());
  };
  const travel = (step: typeof undo, settings: DataSettings) => {
    const result = step(history, { points: state.points, isCustom: state.isCustom, settings });
    if (!result) return null;
    history = result.history;
    set(result.state.points.slice(), result.state.isCustom, true);
    return result.state.settings;
  };
  return {
    get: () => state,
    set,
    edit(points, isCustom, settings, group, isReplacement) {
      history = push(history, { points: state.points, isCustom: state.isCustom, settings }, group);
      set(points, isCustom, isReplacement);
    },
    endGroup() {
      history = closeGroup(history);
    },
    undo: (settings) => travel(undo, settings),
    redo: (settings) => travel(redo, settings),
    history: () => history,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
