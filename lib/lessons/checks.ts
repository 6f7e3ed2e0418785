/**
 * The live checks of the lessons: pure functions of what the learner has done (lib/lessons/progress.ts).
 * A lesson page asks `CHECKS[id](progress)` whether the point has been seen.
 */
import type { PlaygroundConfig } from '../config/types';
import { drillNetworkKey } from '../math/shape-drill';
import type { TrainingSnapshot } from '../protocol';
import {
  costBelow,
  epochAtLeast,
  generalisationGap,
  hiddenUnitsDiffer,
  isDiverging,
  OVERFIT_GAP,
  trainAccuracyAtLeast,
  trainAccuracyAtMost,
} from './predicates';
import type { LessonProgress } from './progress';

export * from './predicates';
export * from './progress';

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
  'graphBackward',
  'loopVectorised',
  'broadcastSeen',
  'layersSeparate',
  'notationCounted',
  'descentTuned',
  'blocksChained',
  'lossVsCost',
  'dimensionsDrilled',
] as const;
export type CheckId = (typeof CHECK_IDS)[number];

type Check = (progress: LessonProgress) => boolean;

/** J is a float32 mean of the m losses: it matches L/m to about this. */
export const POINT_COST_TOLERANCE = 5e-4;

/** Step-through showed `stage` in a step that passes `is` (its L and m). */
const sawStage = (p: LessonProgress, stage: string, is: (seen: LessonProgress['stagesSeen'][number]) => boolean) =>
  p.stagesSeen.some((seen) => seen.stage === stage && is(seen));

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
  /** §2.7–2.9: step-through showed logistic regression's graph going backwards (dz = a − y). */
  graphBackward: (p) => sawStage(p, 'backward-1', (s) => s.layers === 1),
  /** §2.10–2.14: the loop over m > 1 examples beside the vectorised form (logistic regression's backward stage). */
  loopVectorised: (p) => sawStage(p, 'backward-1', (s) => s.layers === 1 && s.m > 1),
  /** §2.15: a hidden layer's forward stage, where b^{[1]} (n, 1) is broadcast over m > 1 columns. */
  broadcastSeen: (p) => sawStage(p, 'forward-1', (s) => s.layers >= 2 && s.m > 1),
  /**
   * §4.4: with the layer space open, the output's straight line ŷ = 0.5 separates ≥ 95 % of the training points in
   * the space of the last hidden layer, which has two units (the output is logistic regression on those two).
   */
  /**
   * §2.4: on the landscape, logistic regression crawled with a tiny α, overshot (J rose) with a large one, and a
   * smaller α than that brought J to the bowl's bottom (below 0.36 on lesson 3's moons; its minimum is 0.353).
   */
  descentTuned: withSnapshot(
    (s, c, p) =>
      p.openInspectors.includes('landscape') && c.layers.length === 0 && p.sawSlowDescent && p.divergedAtLearningRate !== null &&
      c.learningRate < p.divergedAtLearningRate && !isDiverging(s, p.lowestCost) && costBelow(s, 0.36),
  ),
  /**
   * §2.2–2.3: one point moved (the weights unchanged: same run and step) so that its loss changed by 0.5 or more and
   * went above 1, and J changed by that change divided by m: one point is one m-th of the cost.
   */
  lossVsCost: (p) =>
    p.pointLosses.some((a, i) =>
      p.pointLosses.slice(i + 1).some(
        (b) =>
          b.index === a.index && b.runId === a.runId && b.step === a.step && b.m === a.m && Math.abs(b.loss - a.loss) >= 0.5 &&
          Math.max(a.loss, b.loss) > 1 && Math.abs(b.cost - a.cost - (b.loss - a.loss) / b.m) <= POINT_COST_TOLERANCE,
      ),
    ),
  /** §4.5–4.6: every block of a network with L ≥ 3 seen forward and backward, and the step's update applied. */
  blocksChained: (p) =>
    p.steppedThrough &&
    p.stagesSeen.some((s) => s.layers >= 3 && Array.from({ length: s.layers }, (_, l) => [`forward-${l + 1}`, `backward-${l + 1}`]).flat().every((stage) => sawStage(p, stage, (t) => t.layers === s.layers))),
  /** §3.2–3.5: the Shapes panel open on a network with two hidden layers, so that its last row is L = 3. */
  notationCounted: (p) => p.openInspectors.includes('shapes') && p.config.layers.length === 2,
  layersSeparate: withSnapshot((s, c, p) => p.openInspectors.includes('layerspace') && c.layers.length >= 2 && c.layers.at(-1) === 2 && trainAccuracyAtLeast(s, 0.95)),
  /** §4.3: every shape of the drill right for the network on screen, which has two or more hidden layers. */
  dimensionsDrilled: (p) => p.config.layers.length >= 2 && p.drillSolved === drillNetworkKey(p.config.features.length, p.config.layers),
};
