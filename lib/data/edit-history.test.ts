import { describe, expect, it } from 'vitest';
import type { LabeledPoint } from '../protocol';
import { HISTORY_LIMIT, canRedo, canUndo, closeGroup, createHistory, dataSettingsOf, kindOfDataChange, push, redo, undo, type DataState, type EditHistory } from './edit-history';

const SETTINGS = { dataset: 'circle', n: 400, noise: 10, trainPercent: 70, seed: 1 } as const;
const point = (x1: number): LabeledPoint => ({ x1, x2: 0, label: 0, split: 'train' });
/** A state with `count` points at x1 = 0 … count − 1 (its identity is the count). */
const stateOf = (count: number, patch: Partial<DataState> = {}): DataState => ({
  points: Array.from({ length: count }, (_, i) => point(i)),
  settings: SETTINGS,
  isCustom: true,
  ...patch,
});
const countOf = (state: DataState | undefined) => state?.points.length;

/** Applies edits 0 → 1 → … → steps, one step each, and returns the history and the current state. */
function editTimes(steps: number, history: EditHistory = createHistory()): { history: EditHistory; current: DataState } {
  let current = stateOf(0);
  for (let i = 1; i <= steps; i++) {
    history = push(history, current);
    current = stateOf(i);
  }
  return { history, current };
}

describe('edit history', () => {
  it('starts empty, with nothing to undo or redo', () => {
    const history = createHistory();
    expect(canUndo(history)).toBe(false);
    expect(canRedo(history)).toBe(false);
    expect(undo(history, stateOf(0))).toBeNull();
    expect(redo(history, stateOf(0))).toBeNull();
  });

  it('undo returns the state before each edit, newest first, and redo walks forward again', () => {
    let { history, current } = editTimes(3);
    const seen: (number | undefined)[] = [];
    for (let i = 0; i < 3; i++) {
      const step = undo(history, current)!;
      ({ history } = step);
      current = step.state;
      seen.push(countOf(current));
    }
    expect(seen).toEqual([2, 1, 0]);
    expect(canUndo(history)).toBe(false);
    expect(canRedo(history)).toBe(true);
    const forward: (number | undefined)[] = [];
    for (let i = 0; i < 3; i++) {
      const step = redo(history, current)!;
      ({ history } = step);
      current = step.state;
      forward.push(countOf(current));
    }
    expect(forward).toEqual([1, 2, 3]);
    expect(canRedo(history)).toBe(false);
  });

  it('keeps the data settings and the custom flag with the points', () => {
    const generated = stateOf(40, { isCustom: false, settings: { ...SETTINGS, noise: 11, dataset: 'xor' } });
    const history = push(createHistory(), generated);
    const step = undo(history, stateOf(8))!;
    expect(step.state).toBe(generated);
    expect(step.state.settings).toEqual({ ...SETTINGS, noise: 11, dataset: 'xor' });
    expect(step.state.isCustom).toBe(false);
  });

  it(`holds at least 50 steps (${HISTORY_LIMIT}) and forgets the oldest beyond its limit`, () => {
    expect(HISTORY_LIMIT).toBeGreaterThanOrEqual(50);
    let { history, current } = editTimes(HISTORY_LIMIT + 20);
    expect(history.past).toHaveLength(HISTORY_LIMIT);
    let undone = 0;
    for (let step = undo(history, current); step; step = undo(history, current)) {
      ({ history } = step);
      current = step.state;
      undone++;
    }
    expect(undone).toBe(HISTORY_LIMIT);
    expect(countOf(current)).toBe(20);
  });

  it('a small limit is honoured too, and a bad one refused', () => {
    const { history } = editTimes(5, createHistory(2));
    expect(history.past.map(countOf)).toEqual([3, 4]);
    expect(() => createHistory(0)).toThrow(RangeError);
    expect(() => createHistory(1.5)).toThrow(RangeError);
  });

  it('a new edit after an undo clears what could be redone', () => {
    const { history, current } = editTimes(3);
    const step = undo(history, current)!;
    expect(canRedo(step.history)).toBe(true);
    const edited = push(step.history, step.state);
    expect(canRedo(edited)).toBe(false);
    expect(countOf(undo(edited, stateOf(7))!.state)).toBe(2);
  });

  it('edits of one open group are one step: a whole drag undoes at once', () => {
    let history = push(createHistory(), stateOf(1), 'drag-1');
    // Every later pointer move of the same drag joins the step and keeps the state before the drag.
    for (let i = 2; i < 10; i++) history = push(history, stateOf(i), 'drag-1');
    expect(history.past.map(countOf)).toEqual([1]);
    // The next drag is a step of its own.
    history = push(history, stateOf(10), 'drag-2');
    expect(history.past.map(countOf)).toEqual([1, 10]);
  });

  it('an edit without a group, a closed group or an undo ends the open group', () => {
    let history = push(createHistory(), stateOf(1), 'noise');
    history = push(history, stateOf(2));
    history = push(history, stateOf(3), 'noise');
    expect(history.past.map(countOf)).toEqual([1, 2, 3]);
    history = push(closeGroup(history), stateOf(4), 'noise');
    expect(history.past.map(countOf)).toEqual([1, 2, 3, 4]);
    const step = undo(history, stateOf(5))!;
    expect(push(step.history, stateOf(4), 'noise').past.map(countOf)).toEqual([1, 2, 3, 4]);
  });

  it('never mutates the history it is given', () => {
    const { history, current } = editTimes(3);
    const frozen = JSON.stringify(history);
    push(history, current);
    undo(history, current);
    redo(undo(history, current)!.history, current);
    closeGroup(push(history, current, 'g'));
    expect(JSON.stringify(history)).toBe(frozen);
    expect(closeGroup(history)).toBe(history);
  });

  it('dataSettingsOf keeps the five data settings only', () => {
    expect(dataSettingsOf({ ...SETTINGS, ...{ layers: [4] } } as typeof SETTINGS)).toEqual(SETTINGS);
  });

  it('kindOfDataChange: the training share re-splits; other changes replace, asking first for edited points', () => {
    const edited = { isCustom: true, count: 8 };
    const generated = { isCustom: false, count: 400 };
    expect(kindOfDataChange({ trainPercent: 65 }, edited)).toBe('resplit');
    expect(kindOfDataChange({ trainPercent: 65 }, generated)).toBe('resplit');
    for (const patch of [{ noise: 11 }, { n: 50 }, { dataset: 'xor' as const }, { seed: 7 }]) {
      expect(kindOfDataChange(patch, edited)).toBe('confirm');
      expect(kindOfDataChange(patch, generated)).toBe('replace');
    }
    // Nothing drawn, nothing to lose (after Clear).
    expect(kindOfDataChange({ noise: 11 }, { isCustom: true, count: 0 })).toBe('replace');
    expect(kindOfDataChange({ trainPercent: 65, noise: 11 }, edited)).toBe('confirm');
  });
});
