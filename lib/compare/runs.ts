/**
 * Runs kept for comparison: the cost curve and final figures of a run, labelled by what sets it apart
 * from the other runs ("Adam, α = 0.01", "batch 10", "zeros").
 */
import type { PlaygroundConfig } from '../config/types';
import type { CostPoint } from '../protocol';
import type { RunTrail } from './run-trail';

/** At most this many runs are kept; keeping another drops the oldest. */
export const MAX_KEPT_RUNS = 6;

/** The settings a label may name, in the order it names them. */
export const LABEL_FIELDS = ['optimizer', 'learningRate', 'batchSize', 'init', 'regularization', 'layers', 'activations', 'features', 'dataset'] as const;
export type LabelField = (typeof LABEL_FIELDS)[number];

export interface RunFinal {
  epoch: number;
  trainCost: number;
  testCost: number;
  trainAccuracy: number;
  testAccuracy: number;
}

export interface KeptRun {
  id: number;
  config: PlaygroundConfig;
  history: readonly CostPoint[];
  final: RunFinal;
  isShown: boolean;
  /** Its path through parameter space, for the landscape (not carried in links). */
  trail?: RunTrail;
}

const valueOf = (config: PlaygroundConfig, field: LabelField): string => {
  switch (field) {
    case 'regularization':
      return config.regularization === 'none' ? 'none' : `${config.regularization}:${config.lambda}`;
    case 'layers':
    case 'activations':
    case 'features':
      return config[field].join(',');
    default:
      return String(config[field]);
  }
};

/** The fields in which `config` differs from at least one of `others` (all of LABEL_FIELDS' first two when there is nothing to differ from). */
export function distinguishingFields(config: PlaygroundConfig, others: readonly PlaygroundConfig[]): LabelField[] {
  // Activations of a network with another number of layers differ by that number alone: the layers say it.
  const differs = (other: PlaygroundConfig, field: LabelField) =>
    valueOf(other, field) !== valueOf(config, field) && !(field === 'activations' && other.layers.length !== config.layers.length);
  const fields = LABEL_FIELDS.filter((field) => others.some((other) => differs(other, field)));
  return fields.length ? fields : ['optimizer', 'learningRate'];
}

/** Keeps `run` (shown), dropping the oldest beyond MAX_KEPT_RUNS. */
export function keepRun(runs: readonly KeptRun[], run: Omit<KeptRun, 'id' | 'isShown'>): KeptRun[] {
  const id = runs.reduce((max, r) => Math.max(max, r.id), 0) + 1;
  return [...runs, { ...run, id, isShown: true }].slice(-MAX_KEPT_RUNS);
}
