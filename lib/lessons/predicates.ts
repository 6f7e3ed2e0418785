/**
 * Predicates on one training snapshot and facts about a configuration, for the lessons' checks
 * (lib/lessons/checks.ts) and progress (lib/lessons/progress.ts). Pure.
 */
import type { PlaygroundConfig } from '../config/types';
import type { TrainingSnapshot } from '../protocol';

/** Units whose activation maps differ by less than this everywhere count as identical. */
export const IDENTICAL_TOLERANCE = 1e-4;
/** Units whose maps differ by more than this somewhere count as different. */
export const DIFFERENT_THRESHOLD = 0.05;
/**
 * Training accuracy this far above the test accuracy counts as overfitting (lesson 10). The
 * flower's petals overlap, so every layer size shows some gap on a small training share; the
 * threshold lies above the widest gap a layer of 1 to 5 units opens on lesson 10's data, so only
 * the extra capacity of a large layer reaches it.
 */
export const OVERFIT_GAP = 0.2;
/** J that rose this far above its lowest value in the run counts as diverging. */
export const DIVERGENCE_RISE = 0.2;

export const trainAccuracyAtLeast = (s: TrainingSnapshot, fraction: number) => s.trainAccuracy >= fraction;
export const trainAccuracyAtMost = (s: TrainingSnapshot, fraction: number) => s.trainAccuracy <= fraction;
export const epochAtLeast = (s: TrainingSnapshot, epoch: number) => s.epoch >= epoch;
export const costBelow = (s: TrainingSnapshot, cost: number) => s.trainCost < cost;
/** Training accuracy minus test accuracy (NaN without test points). */
export const generalisationGap = (s: TrainingSnapshot) => s.trainAccuracy - s.testAccuracy;

/** The cost became NaN or infinite, or J rose well above the lowest value it reached in this run. */
export function isDiverging(s: TrainingSnapshot, lowestCost: number): boolean {
  return s.hasDiverged || !Number.isFinite(s.trainCost) || s.trainCost > lowestCost + DIVERGENCE_RISE;
}

/** Largest difference between the activation map of hidden unit 1 of layer 1 and any other unit of that layer. */
export function hiddenUnitSpread(config: PlaygroundConfig, s: TrainingSnapshot): number {
  const units = config.layers[0] ?? 0;
  const grid = s.layerGrids[0];
  const cells = s.gridSize * s.gridSize;
  if (units < 2 || !grid || grid.length !== units * cells) return NaN;
  let spread = 0;
  for (let unit = 1; unit < units; unit++) {
    for (let cell = 0; cell < cells; cell++) {
      const difference = Math.abs(grid[unit * cells + cell]! - grid[cell]!);
      if (!(difference <= spread)) spread = difference; // NaN propagates
    }
  }
  return spread;
}

export const hiddenUnitsIdentical = (config: PlaygroundConfig, s: TrainingSnapshot) => hiddenUnitSpread(config, s) < IDENTICAL_TOLERANCE;
export const hiddenUnitsDiffer = (config: PlaygroundConfig, s: TrainingSnapshot) => hiddenUnitSpread(config, s) > DIFFERENT_THRESHOLD;

/** Sizes of the layers after the input: the hidden layers, then the single output unit. */
export function layerSizes(config: PlaygroundConfig): { rows: number; cols: number }[] {
  const sizes = [...config.layers, 1];
  return sizes.map((rows, l) => ({ rows, cols: l === 0 ? config.features.length : sizes[l - 1]! }));
}

/** The number of learned parameters: Σ over layers of nˡ·nˡ⁻¹ weights plus nˡ biases. */
export function parameterCount(config: PlaygroundConfig): number {
  return layerSizes(config).reduce((sum, { rows, cols }) => sum + rows * cols + rows, 0);
}
