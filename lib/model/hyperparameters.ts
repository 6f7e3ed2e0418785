/** Constants shared by the tfjs path and the fused core (this module imports no tfjs). */
import type { Optimizer } from '../protocol';

/** The usual optimizer hyperparameters, as the course gives them (shown by the UI). */
export const OPTIMIZER_DEFAULTS = {
  gd: {},
  momentum: { beta: 0.9 },
  rmsprop: { beta2: 0.999, epsilon: 1e-8 },
  adam: { beta1: 0.9, beta2: 0.999, epsilon: 1e-8 },
} as const satisfies Record<Optimizer, Readonly<Record<string, number>>>;

/** ε of the clip aᴸ ∈ [ε, 1 − ε] inside the cost's logs, so log(0) never gives −∞. */
export const COST_EPSILON = 1e-7;
