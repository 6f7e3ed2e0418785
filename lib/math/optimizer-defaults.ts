import type { Optimizer } from '../protocol';

/**
 * The usual optimizer hyperparameters, as the course gives them: β for momentum, β₂ and ε for
 * RMSprop, β₁, β₂ and ε for Adam. Plain numbers (no tensors), so the UI can show them;
 * lib/model uses the same values.
 */
export const OPTIMIZER_DEFAULTS = {
  gd: {},
  momentum: { beta: 0.9 },
  rmsprop: { beta2: 0.999, epsilon: 1e-8 },
  adam: { beta1: 0.9, beta2: 0.999, epsilon: 1e-8 },
} as const satisfies Record<Optimizer, Readonly<Record<string, number>>>;

export type OptimizerHyperparameter = 'beta' | 'beta1' | 'beta2' | 'epsilon';

/** An optimizer's hyperparameters as [name, value] pairs, in the order the course writes them. */
export function optimizerHyperparameters(optimizer: Optimizer): [OptimizerHyperparameter, number][] {
  return Object.entries(OPTIMIZER_DEFAULTS[optimizer]) as [OptimizerHyperparameter, number][];
}
