import { describe, expect, it } from 'vitest';
import { MIN_TRAINING_SHARE } from '../lib/pacing/frame-pacing';
import { changesSnapshot, DEFAULT_GRID_SIZE, DEFAULT_VIEW_OPTIONS, DRAG_GRID_SIZE, GRID_WORK_BUDGET, gridSizeOf, mergeViewOptions, MIN_GRID_SIZE } from './view-options';

describe('view options', () => {
  it('merges the valid fields of an update and ignores the rest', () => {
    const next = mergeViewOptions(DEFAULT_VIEW_OPTIONS, { gridSize: 40.7, withGradients: false });
    expect(next).toEqual({ ...DEFAULT_VIEW_OPTIONS, gridSize: 40, withGradients: false });
    const bad = { gridSize: Number.NaN, trainingShare: Infinity, isDragging: 'yes' } as unknown as Partial<typeof next>;
    expect(mergeViewOptions(next, bad)).toEqual(next);
    expect(mergeViewOptions(next, { gridSize: -3 }).gridSize).toBe(1);
  });

  it('keeps the training share within [MIN_TRAINING_SHARE, 1]', () => {
    expect(mergeViewOptions(DEFAULT_VIEW_OPTIONS, { trainingShare: 0 }).trainingShare).toBe(MIN_TRAINING_SHARE);
    expect(mergeViewOptions(DEFAULT_VIEW_OPTIONS, { trainingShare: 3 }).trainingShare).toBe(1);
  });

  it('a drag caps the grid; only the grid and the gradients change a snapshot', () => {
    const dragging = mergeViewOptions(DEFAULT_VIEW_OPTIONS, { isDragging: true });
    expect(gridSizeOf(dragging)).toBe(DRAG_GRID_SIZE);
    expect(gridSizeOf({ ...dragging, gridSize: 20 })).toBe(20);
    expect(changesSnapshot(DEFAULT_VIEW_OPTIONS, dragging)).toBe(true);
    expect(changesSnapshot(DEFAULT_VIEW_OPTIONS, { ...DEFAULT_VIEW_OPTIONS, trainingShare: 0.6 })).toBe(false);
    expect(changesSnapshot(DEFAULT_VIEW_OPTIONS, { ...DEFAULT_VIEW_OPTIONS, withGradients: false })).toBe(true);
  });

  it('a wide network gets a coarser grid, within the work budget and never below the minimum', () => {
    // 8-8: 105 parameters, the full grid.
    expect(gridSizeOf(DEFAULT_VIEW_OPTIONS, 105)).toBe(DEFAULT_GRID_SIZE);
    // 6 × 64: about 21,000 parameters.
    const wide = gridSizeOf(DEFAULT_VIEW_OPTIONS, 21_000);
    expect(wide * wide * 21_000).toBeLessThanOrEqual(GRID_WORK_BUDGET.normal);
    expect((wide + 1) * (wide + 1) * 21_000).toBeGreaterThan(GRID_WORK_BUDGET.normal);
    expect(gridSizeOf({ ...DEFAULT_VIEW_OPTIONS, isDragging: true }, 21_000)).toBe(MIN_GRID_SIZE);
    expect(gridSizeOf(DEFAULT_VIEW_OPTIONS, 1e9)).toBe(MIN_GRID_SIZE);
  });
});
