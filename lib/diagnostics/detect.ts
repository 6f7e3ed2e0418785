/**
 * Why a run is failing, from the stream of snapshots: each detector states a condition on one snapshot
 * (and the run so far), and the tracker reports a diagnosis only once its condition has held for a while,
 * so the start of a run or one noisy batch raises nothing. Every threshold is a named constant with its reason.
 */
import { LEARNING_RATES } from '../config/defaults';
import type { Activation, NetworkHealth } from '../protocol';

export const DIAGNOSTIC_KINDS = ['diverging', 'dead-units', 'saturated', 'vanishing-gradients', 'symmetric', 'underfitting', 'overfitting', 'stalled'] as const;
export type DiagnosticKind = (typeof DIAGNOSTIC_KINDS)[number];

/** The lesson that teaches each failure (its slug under /lessons/). */
export const LESSON_OF: Record<DiagnosticKind, string> = {
  diverging: 'learning-rate',
  'dead-units': 'activation-functions',
  saturated: 'activation-functions',
  'vanishing-gradients': 'going-deep',
  symmetric: 'random-initialisation',
  underfitting: 'straight-line',
  overfitting: 'hidden-layer-size',
  stalled: 'learning-rate',
};

export interface Diagnostic {
  kind: DiagnosticKind;
  /** The hidden layer it is about (dead-units, saturated, symmetric), 1 … L − 1. */
  layer?: number;
  /** diverging: the learning rate now and a smaller one to try. */
  learningRate?: number;
  suggestedLearningRate?: number;
}

/** What the detectors read of one snapshot and the settings that produced it. */
export interface Observation {
  runId: number;
  epoch: number;
  hasDiverged: boolean;
  trainCost: number;
  testCost: number;
  trainAccuracy: number;
  /** NaN without test points. */
  testAccuracy: number;
  health?: NetworkHealth;
  /** g¹ … gᴸ⁻¹ */
  hiddenActivations: readonly Activation[];
  learningRate: number;
  /** The training cost of every epoch completed since the last observation (a snapshot's newCosts). */
  newCosts?: readonly { epoch: number; trainCost: number }[];
}

/** A condition must hold over this many epochs (and HOLD_OBSERVATIONS snapshots) before it is said: long enough to pass the first noisy epochs of a run. */
export const HOLD_EPOCHS = 20;
export const HOLD_OBSERVATIONS = 3;
/**
 * Diverging: the cost sits above where the run started (worse than untrained), or at more than twice its
 * best plus a margin. A deep ReLU network on minibatches wobbles by tens of per cent and recovers; a
 * diverging run does neither.
 */
export const DIVERGED_ABOVE_START = 0.05;
export const DIVERGED_RATIO = 2;
export const DIVERGED_MARGIN = 0.1;
/**
 * Diverging by oscillation: over the last OSCILLATION_WINDOW epochs the cost goes up and down in turn (at
 * least OSCILLATION_ALTERNATION of the changes flip sign; minibatch noise flips about half of them), the
 * swings of the newer half are OSCILLATION_GROWTH times those of the older half, and they are at least
 * OSCILLATION_MIN_SWING (a converged run's last digits also flip, by far less).
 */
export const OSCILLATION_WINDOW = 30;
export const OSCILLATION_ALTERNATION = 0.8;
export const OSCILLATION_GROWTH = 1.5;
export const OSCILLATION_MIN_SWING = 0.01;
/** Dead units: at least this share of a ReLU layer ("at least half", as the issue puts it). */
export const DEAD_SHARE = 0.5;
/** Saturated: more than this share of a sigmoid/tanh layer ("most"). */
export const SATURATED_SHARE = 0.5;
/** Vanishing gradients: ‖dW¹‖ below this share of ‖dWᴸ‖, in a network of at least VANISHING_MIN_LAYERS hidden layers. */
export const VANISHING_RATIO = 1 / 100;
export const VANISHING_MIN_LAYERS = 3;
/** A run that fits its training points this well is not failing, whatever its gradients or plateau say. */
export const GOOD_FIT_ACCURACY = 0.95;
/** Underfitting and stalled: training accuracy below this after the plateau below. Noisy data caps a good fit near 90 % (the course's flower with 4 units), so only a fit well under that is called poor… */
export const POOR_FIT_ACCURACY = 0.8;
/** …where a plateau is a change of training cost under this share over PLATEAU_EPOCHS epochs. */
export const PLATEAU_CHANGE = 0.01;
export const PLATEAU_EPOCHS = 200;
/** Overfitting: the test cost this far above its lowest (×, and +) while the training cost is below its value then; a noisy XOR drifts up by a few hundredths late in a good run, which is not worth a warning. */
export const OVERFIT_RATIO = 1.25;
export const OVERFIT_MARGIN = 0.05;
/** …and only while the test accuracy trails the training accuracy by this much: a test cost that creeps up on points still classified right (an ever more confident XOR) costs the learner nothing. */
export const OVERFIT_ACCURACY_GAP = 0.05;

/** The largest learning rate of the list at most a thirtieth of `learningRate`: a step that certainly shrinks it enough. */
export function smallerLearningRate(learningRate: number): number {
  const candidates = LEARNING_RATES.filter((lr) => lr <= learningRate / 30);
  return candidates.length ? candidates[candidates.length - 1]! : LEARNING_RATES[0];
}

/** What the run so far says: the best training cost, the test cost at its lowest, and recent costs for a plateau. */
interface RunMemory {
  startTrainCost: number;
  bestTrainCost: number;
  lowestTest: { cost: number; trainCost: number } | null;
  /** (epoch, trainCost) pairs, oldest first, covering about PLATEAU_EPOCHS. */
  recent: { epoch: number; trainCost: number }[];
  /** The training cost of each of the last OSCILLATION_WINDOW epochs, oldest first. */
  epochCosts: number[];
}

/** Whether `costs` (one per epoch) swing up and down with a growing amplitude (see OSCILLATION_*). */
export function isGrowingOscillation(costs: readonly number[]): boolean {
  if (costs.length < OSCILLATION_WINDOW) return false;
  const lastCosts = costs.slice(-OSCILLATION_WINDOW);
  const changes = lastCosts.slice(1).map((c, i) => c - lastCosts[i]!);
  let flips = 0;
  for (let k = 1; k < changes.length; k++) if (Math.sign(changes[k]!) !== Math.sign(changes[k - 1]!) && changes[k] !== 0) flips += 1;
  if (flips < OSCILLATION_ALTERNATION * (changes.length - 1)) return false;
  const half = Math.floor(changes.length / 2);
  const swing = (part: readonly number[]) => part.reduce((sum, d) => sum + Math.abs(d), 0) / part.length;
  const older = swing(changes.slice(0, half));
  const newer = swing(changes.slice(half));
  return newer >= OSCILLATION_MIN_SWING && newer >= OSCILLATION_GROWTH * older;
}

function isPlateau(memory: RunMemory, o: Observation): boolean {
  const first = memory.recent[0];
  if (!first || o.epoch - first.epoch < PLATEAU_EPOCHS) return false;
  return Math.abs(first.trainCost - o.trainCost) <= PLATEAU_CHANGE * first.trainCost;
}

/** The diagnoses whose condition holds on this observation (before any holding time). */
function conditions(o: Observation, memory: RunMemory): Diagnostic[] {
  const found: Diagnostic[] = [];
  const isFitted = o.trainAccuracy >= GOOD_FIT_ACCURACY;
  const isAboveStart = o.trainCost > memory.startTrainCost + DIVERGED_ABOVE_START;
  const isFarAboveBest = o.trainCost > memory.bestTrainCost * DIVERGED_RATIO + DIVERGED_MARGIN;
  const isOscillating = isGrowingOscillation(memory.epochCosts);
  if (o.hasDiverged || !Number.isFinite(o.trainCost) || isAboveStart || isFarAboveBest || isOscillating) {
    found.push({ kind: 'diverging', learningRate: o.learningRate, suggestedLearningRate: smallerLearningRate(o.learningRate) });
  }
  const layers = o.health?.layers ?? [];
  const dead = layers.find((l) => l.deadShare >= DEAD_SHARE);
  if (dead) found.push({ kind: 'dead-units', layer: dead.layer });
  const saturated = layers.find((l) => l.saturatedShare > SATURATED_SHARE);
  if (saturated && !isFitted) found.push({ kind: 'saturated', layer: saturated.layer });
  const norms = o.health?.gradientNorms ?? [];
  if (layers.length >= VANISHING_MIN_LAYERS && !isFitted && norms.length && norms[0]! < VANISHING_RATIO * norms[norms.length - 1]!) found.push({ kind: 'vanishing-gradients' });
  const symmetric = layers.find((l) => l.units >= 2 && l.largestIdenticalGroup === l.units);
  if (symmetric) found.push({ kind: 'symmetric', layer: symmetric.layer });
  const isStraight = o.hiddenActivations.every((a) => a === 'linear');
  const isPoorPlateau = isPlateau(memory, o) && o.trainAccuracy < POOR_FIT_ACCURACY;
  if (isStraight && isPoorPlateau) found.push({ kind: 'underfitting' });
  else if (isPoorPlateau && !found.some((d) => d.kind === 'diverging')) found.push({ kind: 'stalled' });
  const lowest = memory.lowestTest;
  const isTestBehind = o.trainAccuracy - o.testAccuracy >= OVERFIT_ACCURACY_GAP;
  if (lowest && Number.isFinite(o.testCost) && isTestBehind && o.testCost > lowest.cost * OVERFIT_RATIO + OVERFIT_MARGIN && o.trainCost < lowest.trainCost) {
    found.push({ kind: 'overfitting' });
  }
  return found;
}

export interface DiagnosticsTracker {
  /** The diagnoses to show after this snapshot: those whose condition has held for HOLD_EPOCHS. */
  observe(o: Observation): Diagnostic[];
}

export function createDiagnosticsTracker(): DiagnosticsTracker {
  let runId = -1;
  const emptyMemory = (): RunMemory => ({ startTrainCost: Infinity, bestTrainCost: Infinity, lowestTest: null, recent: [], epochCosts: [] });
  let memory = emptyMemory();
  /** When each currently true condition started: its first epoch, and how many snapshots since. */
  let since = new Map<DiagnosticKind, { epoch: number; observations: number }>();

  const remember = (o: Observation) => {
    if (Number.isFinite(o.trainCost)) {
      if (memory.recent.length === 0) memory.startTrainCost = o.trainCost;
      memory.bestTrainCost = Math.min(memory.bestTrainCost, o.trainCost);
      memory.recent.push({ epoch: o.epoch, trainCost: o.trainCost });
      while (memory.recent.length > 2 && o.epoch - memory.recent[1]!.epoch >= PLATEAU_EPOCHS) memory.recent.shift();
    }
    if (Number.isFinite(o.testCost) && (!memory.lowestTest || o.testCost < memory.lowestTest.cost)) memory.lowestTest = { cost: o.testCost, trainCost: o.trainCost };
  };

  return {
    observe(o) {
      if (o.runId !== runId || o.epoch < (memory.recent.at(-1)?.epoch ?? 0)) {
        runId = o.runId;
        memory = emptyMemory();
        since = new Map();
      }
      for (const c of o.newCosts ?? []) if (c.epoch > 0) memory.epochCosts.push(c.trainCost);
      if (memory.epochCosts.length > OSCILLATION_WINDOW) memory.epochCosts.splice(0, memory.epochCosts.length - OSCILLATION_WINDOW);
      const found = conditions(o, memory);
      remember(o);
      const next = new Map<DiagnosticKind, { epoch: number; observations: number }>();
      for (const d of found) {
        const started = since.get(d.kind);
        next.set(d.kind, started ? { epoch: started.epoch, observations: started.observations + 1 } : { epoch: o.epoch, observations: 1 });
      }
      since = next;
      // A NaN cost is said at once: training has already stopped.
      return found.filter((d) => (d.kind === 'diverging' && o.hasDiverged) || (o.epoch - next.get(d.kind)!.epoch >= HOLD_EPOCHS && next.get(d.kind)!.observations >= HOLD_OBSERVATIONS));
    },
  };
}
