/**
 * The live checks of the lessons: pure functions of what the learner has done. A lesson page feeds
 * every configuration and every snapshot into `observeConfig` / `observeSnapshot` (a reducer over
 * `LessonProgress`), then asks `CHECKS[id](progress)` whether the point has been seen.
 */
import type { PlaygroundConfig } from '../config/types';
import type { TrainingSnapshot } from '../protocol';

export const CHECK_IDS = [
  'logisticFits',
  'linearStalls',
  'petalsAppear',
  'steppedThrough',
  'activationsCompared',
  'nonlinearNeeded',
  'symmetryBroken',
  'learningRateTuned',
  'deepSpiral',
  'sizeCompared',
  'parametersCounted',
] as const;
export type CheckId = (typeof CHECK_IDS)[number];

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

export interface LessonProgress {
  config: PlaygroundConfig;
  /** The newest snapshot of the current network, or null when none has arrived since it changed. */
  snapshot: TrainingSnapshot | null;
  /** Snapshots of earlier runs (runId below this) describe an older network and are ignored. */
  minRunId: number;
  /** Highest runId seen so far. */
  lastRunId: number;
  /** Lowest training cost of the current run. */
  lowestCost: number;
  /** Hidden-activation lists (e.g. "tanh" or "relu,tanh") trained for at least MIN_EPOCHS_SEEN epochs. */
  trainedActivations: readonly string[];
  /** Parameter counts of the networks trained for at least MIN_EPOCHS_SEEN epochs. */
  trainedParameterCounts: readonly number[];
  /** Zero initialisation kept every hidden unit identical while training. */
  sawSymmetry: boolean;
  /** Linear activations stalled well below what the data allows. */
  sawLinearStall: boolean;
  /** A tiny hidden layer (≤ 2 units) underfit. */
  sawUnderfit: boolean;
  /** The learning rate at which the cost diverged, if it did. */
  divergedAtLearningRate: number | null;
  /** Step-through reached the update of a step (every stage before it was shown on the way). */
  steppedThrough: boolean;
}

/** Epochs a network must train before it counts as "tried". */
export const MIN_EPOCHS_SEEN = 50;

/** The fields that define the network: changing one re-initialises the weights (a new run). */
function networkKey(config: PlaygroundConfig): string {
  return [config.features.join(','), config.layers.join(','), config.activations.join(','), config.init, config.seed].join('|');
}

export function initialProgress(config: PlaygroundConfig): LessonProgress {
  return {
    config,
    snapshot: null,
    minRunId: 0,
    lastRunId: -1,
    lowestCost: Infinity,
    trainedActivations: [],
    trainedParameterCounts: [],
    sawSymmetry: false,
    sawLinearStall: false,
    sawUnderfit: false,
    divergedAtLearningRate: null,
    steppedThrough: false,
  };
}

/** Step-through showed a stage; `isUpdateApplied`: it is the update, and the step is taken. */
export function observeStepThrough(progress: LessonProgress, isUpdateApplied: boolean): LessonProgress {
  return isUpdateApplied && !progress.steppedThrough ? { ...progress, steppedThrough: true } : progress;
}

/** A new configuration: a new network makes the snapshots so far stale. */
export function observeConfig(progress: LessonProgress, config: PlaygroundConfig): LessonProgress {
  if (networkKey(config) === networkKey(progress.config)) return { ...progress, config };
  return { ...progress, config, snapshot: null, minRunId: progress.lastRunId + 1, lowestCost: Infinity };
}

const addUnique = <T>(list: readonly T[], item: T): readonly T[] => (list.includes(item) ? list : [...list, item]);

/** A new snapshot from the trainer, read against the current configuration. */
export function observeSnapshot(progress: LessonProgress, snapshot: TrainingSnapshot): LessonProgress {
  const lastRunId = Math.max(progress.lastRunId, snapshot.runId);
  if (snapshot.runId < progress.minRunId) return { ...progress, lastRunId };
  const isNewRun = progress.snapshot === null || snapshot.runId !== progress.snapshot.runId;
  const lowestCost = Math.min(isNewRun ? Infinity : progress.lowestCost, Number.isFinite(snapshot.trainCost) ? snapshot.trainCost : Infinity);
  const next: LessonProgress = { ...progress, snapshot, lastRunId, lowestCost };
  const { config } = progress;
  if (snapshot.epoch >= MIN_EPOCHS_SEEN && !snapshot.hasDiverged) {
    next.trainedActivations = addUnique(progress.trainedActivations, config.activations.join(','));
    next.trainedParameterCounts = addUnique(progress.trainedParameterCounts, parameterCount(config));
  }
  if (config.init === 'zeros' && (config.layers[0] ?? 0) >= 2 && snapshot.epoch >= 20 && hiddenUnitsIdentical(config, snapshot)) {
    next.sawSymmetry = true;
  }
  if (config.layers.length > 0 && config.activations.every((a) => a === 'linear') && snapshot.epoch >= 100 && snapshot.trainAccuracy <= 0.75) {
    next.sawLinearStall = true;
  }
  if (config.layers.length === 1 && (config.layers[0] ?? 0) <= 2 && snapshot.epoch >= 100 && snapshot.trainAccuracy <= 0.8) {
    next.sawUnderfit = true;
  }
  if (isDiverging(snapshot, next.lowestCost)) {
    next.divergedAtLearningRate = Math.max(progress.divergedAtLearningRate ?? 0, config.learningRate);
  }
  return next;
}

// ---------------------------------------------------------------------------------------------
// Predicates on one snapshot.

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

// ---------------------------------------------------------------------------------------------

type Check = (progress: LessonProgress) => boolean;

/** Runs `check` on the current snapshot, which must have trained at least one epoch. */
const withSnapshot =
  (check: (s: TrainingSnapshot, config: PlaygroundConfig, progress: LessonProgress) => boolean): Check =>
  (progress) =>
    progress.snapshot !== null && progress.snapshot.epoch >= 1 && check(progress.snapshot, progress.config, progress);

const isLinearNetwork = (config: PlaygroundConfig) => config.activations.every((a) => a === 'linear');

export const CHECKS: Record<CheckId, Check> = {
  /** 1: logistic regression separates the blobs and J falls low. */
  logisticFits: withSnapshot((s, c) => c.layers.length === 0 && trainAccuracyAtLeast(s, 0.95) && costBelow(s, 0.2)),
  /** 2: the same straight line stalls near chance on the flower. */
  linearStalls: withSnapshot((s, c) => c.layers.length === 0 && c.dataset === 'flower' && epochAtLeast(s, 100) && trainAccuracyAtMost(s, 0.7)),
  /** 3: one hidden layer bends the boundary round the petals. */
  petalsAppear: withSnapshot((s, c) => c.layers.length >= 1 && c.dataset === 'flower' && trainAccuracyAtLeast(s, 0.85)),
  /** 4: the learner followed one gradient step through to its update. */
  steppedThrough: (p) => p.steppedThrough,
  /** 5: the learner trained with at least two different activations. */
  activationsCompared: (p) => p.trainedActivations.length >= 2,
  /** 6: linear layers stalled; a non-linear activation then fits. */
  nonlinearNeeded: withSnapshot((s, c, p) => p.sawLinearStall && c.layers.length > 0 && !isLinearNetwork(c) && trainAccuracyAtLeast(s, 0.9)),
  /** 7: zeros kept the units identical; random initialisation makes them differ. */
  symmetryBroken: withSnapshot((s, c, p) => p.sawSymmetry && c.init !== 'zeros' && epochAtLeast(s, 20) && hiddenUnitsDiffer(c, s)),
  /** 8: the cost diverged, then a smaller learning rate brought J down. */
  learningRateTuned: withSnapshot(
    (s, c, p) => p.divergedAtLearningRate !== null && c.learningRate < p.divergedAtLearningRate && !isDiverging(s, p.lowestCost) && costBelow(s, 0.3),
  ),
  /** 9: three or more hidden layers fit the spiral. */
  deepSpiral: withSnapshot((s, c) => c.layers.length >= 3 && trainAccuracyAtLeast(s, 0.95)),
  /** 10: a tiny layer underfit; a large one fits the training set clearly better than the test set. */
  sizeCompared: withSnapshot((s, c, p) => p.sawUnderfit && (c.layers[0] ?? 0) >= 20 && epochAtLeast(s, 200) && generalisationGap(s) >= OVERFIT_GAP),
  /** 11: the learner changed a hyperparameter that changes how many parameters there are, and trained. */
  parametersCounted: (p) => p.trainedParameterCounts.length >= 2,
};
