import { MIN_TRAINING_SHARE } from '../lib/pacing/frame-pacing';
import type { ViewOptions } from '../lib/protocol';

/** Boundary and neuron maps are gridSize × gridSize… */
export const DEFAULT_GRID_SIZE = 100;
/** …and at most this while a point is dragged: the boundary follows the pointer sooner. */
export const DRAG_GRID_SIZE = 50;
export const DEFAULT_VIEW_OPTIONS: ViewOptions = { gridSize: DEFAULT_GRID_SIZE, isDragging: false, withGradients: true, trainingShare: 1 };

/**
 * `current` with the valid fields of `update` applied: a grid size is a whole number ≥ 1, a training share
 * a number in [MIN_TRAINING_SHARE, 1]; anything else in `update` is ignored.
 */
export function mergeViewOptions(current: ViewOptions, update: Partial<ViewOptions>): ViewOptions {
  const next = { ...current };
  if (typeof update.gridSize === 'number' && Number.isFinite(update.gridSize)) next.gridSize = Math.max(1, Math.floor(update.gridSize));
  if (typeof update.isDragging === 'boolean') next.isDragging = update.isDragging;
  if (typeof update.withGradients === 'boolean') next.withGradients = update.withGradients;
  if (typeof update.trainingShare === 'number' && Number.isFinite(update.trainingShare)) {
    next.trainingShare = Math.min(1, Math.max(MIN_TRAINING_SHARE, update.trainingShare));
  }
  return next;
}

/**
 * Multiply-adds one snapshot's grid may cost (cells × parameters), idle or training and while a point is
 * dragged: a wide network's boundary and maps are evaluated on a coarser grid (6 × 64: 43 × 43, not 100 × 100),
 * which also keeps the maps sent to the page small. Never coarser than MIN_GRID_SIZE.
 */
export const GRID_WORK_BUDGET = { normal: 4e7, dragging: 1e7 };
export const MIN_GRID_SIZE = 24;

/** The grid the next snapshot is evaluated on, for a network of `parameterCount` weights and biases. */
export function gridSizeOf(view: ViewOptions, parameterCount = 0): number {
  const asked = view.isDragging ? Math.min(view.gridSize, DRAG_GRID_SIZE) : view.gridSize;
  const budget = view.isDragging ? GRID_WORK_BUDGET.dragging : GRID_WORK_BUDGET.normal;
  const affordable = Math.max(MIN_GRID_SIZE, Math.floor(Math.sqrt(budget / Math.max(1, parameterCount))));
  return Math.min(asked, affordable);
}

/** Whether a snapshot of `next` would differ from one of `current` (a new snapshot is due when idle). */
export function changesSnapshot(current: ViewOptions, next: ViewOptions): boolean {
  return gridSizeOf(current) !== gridSizeOf(next) || current.withGradients !== next.withGradients;
}
