/**
 * What the learner has done on a lesson page, as a reducer over `LessonProgress`: the page feeds it
 * every configuration, snapshot, step-through stage and change of the open inspectors, and the
 * lesson's check (lib/lessons/checks.ts) reads it. Pure.
 */
import type { PlaygroundConfig } from '../config/types';
import type { TrainingSnapshot } from '../protocol';
import { hiddenUnitsIdentical, isDiverging, parameterCount } from './predicates';

/** A selected training point's loss beside the cost, with the weights they were computed for (run and step). */
export interface PointLossEvent {
  index: number;
  loss: number;
  cost: number;
  m: number;
  runId: number;
  step: number;
}

/** A stage step-through showed: its id (forward-1, cost, backward-2, update), the step's L and m. */
export interface StepThroughEvent {
  stage: string;
  layers: number;
  m: number;
  /** The update, with the step taken. */
  isUpdateApplied: boolean;
}

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
  /** Logistic regression with α ≤ 0.01 trained 50 epochs and J had hardly left where it started (above 0.5). */
  sawSlowDescent: boolean;
  /** The learning rate at which the cost diverged, if it did. */
  divergedAtLearningRate: number | null;
  /** Step-through reached the update of a step (every stage before it was shown on the way). */
  steppedThrough: boolean;
  /** Every step-through stage shown, with its step's L and m (once each). */
  stagesSeen: readonly Omit<StepThroughEvent, 'isUpdateApplied'>[];
  /** The inspector panels open now (shapes, equations, activation, landscape, layerspace). */
  openInspectors: readonly string[];
  /** The newest readings of a selected point's loss (at most POINT_LOSS_MEMORY). */
  pointLosses: readonly PointLossEvent[];
  /** The layer sizes n⁰, …, n^L (drillNetworkKey) of the last network whose shapes drill was solved. */
  drillSolved: string | null;
}

/** Readings of a point's loss kept: enough for a drag and back. */
export const POINT_LOSS_MEMORY = 64;

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
    sawSlowDescent: false,
    divergedAtLearningRate: null,
    steppedThrough: false,
    stagesSeen: [],
    openInspectors: [],
    pointLosses: [],
    drillSolved: null,
  };
}

/** Step-through showed a stage; `isUpdateApplied`: it is the update, and the step is taken. */
export function observeStepThrough(progress: LessonProgress, { isUpdateApplied, ...seen }: StepThroughEvent): LessonProgress {
  const isNew = !progress.stagesSeen.some((s) => s.stage === seen.stage && s.layers === seen.layers && s.m === seen.m);
  return {
    ...progress,
    steppedThrough: progress.steppedThrough || isUpdateApplied,
    stagesSeen: isNew ? [...progress.stagesSeen, seen] : progress.stagesSeen,
  };
}

/** A selected point's loss, read beside the cost. */
export function observePointLoss(progress: LessonProgress, event: PointLossEvent): LessonProgress {
  return { ...progress, pointLosses: [...progress.pointLosses, event].slice(-POINT_LOSS_MEMORY) };
}

/** The inspector panels open now. */
export function observeInspectors(progress: LessonProgress, open: readonly string[]): LessonProgress {
  return { ...progress, openInspectors: open };
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
  if (config.layers.length === 0 && config.learningRate <= 0.01 && snapshot.epoch >= MIN_EPOCHS_SEEN && snapshot.trainCost > 0.5) {
    next.sawSlowDescent = true;
  }
  if (isDiverging(snapshot, next.lowestCost)) {
    next.divergedAtLearningRate = Math.max(progress.divergedAtLearningRate ?? 0, config.learningRate);
  }
  return next;
}

/** The shapes drill was solved, every shape right, for the network with these layer sizes (drillNetworkKey). */
export function observeDrill(progress: LessonProgress, network: string): LessonProgress {
  return { ...progress, drillSolved: network };
}
