/**
 * The optimizers, one entry each: slot count, the course's default hyperparameters and the update rule
 * on plain arrays (the plain-JS engine runs it; the tfjs engine has the same rule as tensor ops).
 * `Optimizer` is the table's keys. Parameters and slots are float32: every stored value is rounded
 * to float32 as a tensor would hold it.
 */

export type OptimizerHyperparameter = 'beta' | 'beta1' | 'beta2' | 'epsilon';

export interface OptimizerEntry {
  /** State arrays per parameter, initialised to 0: [] for gd, [v] momentum, [s] RMSprop, [v, s] Adam. */
  slotCount: number;
  /** The usual hyperparameters, as the course gives them, in the order it writes them. */
  defaults: Readonly<Partial<Record<OptimizerHyperparameter, number>>>;
  /**
   * One update of every θᵢ of `param` from its gradient dθᵢ = grad[i] with learning rate α, in place.
   * `stepCount` = 1, 2, … counts the steps taken with this state, this one included (Adam's bias
   * correction).
   */
  update(param: Float32Array, grad: ArrayLike<number>, slots: readonly Float32Array[], learningRate: number, stepCount: number): void;
}

function slot(slots: readonly Float32Array[], k: number): Float32Array {
  const s = slots[k];
  if (!s) throw new Error(`Missing optimizer slot ${k}`);
  return s;
}

const OPTIMIZER_DEFAULTS_GD = {} as const;
const MOMENTUM = { beta: 0.9 } as const;
const RMSPROP = { beta2: 0.999, epsilon: 1e-8 } as const;
const ADAM = { beta1: 0.9, beta2: 0.999, epsilon: 1e-8 } as const;

const optimizerTable = <K extends string>(table: Record<K, OptimizerEntry>): Record<K, OptimizerEntry> => table;

export const OPTIMIZER_TABLE = optimizerTable({
  /** θ := θ − α dθ */
  gd: {
    slotCount: 0,
    defaults: OPTIMIZER_DEFAULTS_GD,
    update(param, grad, _slots, lr) {
      for (let i = 0; i < param.length; i++) param[i] = param[i]! - lr * grad[i]!;
    },
  },
  /** v := β v + (1 − β) dθ; θ := θ − α v */
  momentum: {
    slotCount: 1,
    defaults: MOMENTUM,
    update(param, grad, slots, lr) {
      const { beta } = MOMENTUM;
      const v = slot(slots, 0);
      for (let i = 0; i < param.length; i++) {
        const vi = Math.fround(beta * v[i]! + (1 - beta) * grad[i]!);
        v[i] = vi;
        param[i] = param[i]! - lr * vi;
      }
    },
  },
  /** s := β₂ s + (1 − β₂) dθ²; θ := θ − α dθ / (√s + ε) */
  rmsprop: {
    slotCount: 1,
    defaults: RMSPROP,
    update(param, grad, slots, lr) {
      const { beta2, epsilon } = RMSPROP;
      const sq = slot(slots, 0);
      for (let i = 0; i < param.length; i++) {
        const g = Math.fround(grad[i]!);
        const si = Math.fround(beta2 * sq[i]! + (1 - beta2) * g * g);
        sq[i] = si;
        param[i] = param[i]! - (lr * g) / (Math.sqrt(si) + epsilon);
      }
    },
  },
  /** v, s as above; v̂ = v / (1 − β₁ᵗ), ŝ = s / (1 − β₂ᵗ) with t the step count; θ := θ − α v̂ / (√ŝ + ε) */
  adam: {
    slotCount: 2,
    defaults: ADAM,
    update(param, grad, slots, lr, stepCount) {
      const { beta1, beta2, epsilon } = ADAM;
      const correction1 = 1 - beta1 ** stepCount;
      const correction2 = 1 - beta2 ** stepCount;
      const v = slot(slots, 0);
      const sq = slot(slots, 1);
      for (let i = 0; i < param.length; i++) {
        const g = Math.fround(grad[i]!);
        const vi = Math.fround(beta1 * v[i]! + (1 - beta1) * g);
        const si = Math.fround(beta2 * sq[i]! + (1 - beta2) * g * g);
        v[i] = vi;
        sq[i] = si;
        param[i] = param[i]! - (lr * (vi / correction1)) / (Math.sqrt(si / correction2) + epsilon);
      }
    },
  },
});

export type Optimizer = keyof typeof OPTIMIZER_TABLE;

export const OPTIMIZERS = Object.keys(OPTIMIZER_TABLE) as readonly Optimizer[] as readonly [Optimizer, ...Optimizer[]];

/** Each optimizer's hyperparameters by name, for the formulas (the same objects as the table's defaults). */
export const OPTIMIZER_DEFAULTS = { gd: OPTIMIZER_DEFAULTS_GD, momentum: MOMENTUM, rmsprop: RMSPROP, adam: ADAM } as const satisfies Record<Optimizer, OptimizerEntry['defaults']>;

/** An optimizer's hyperparameters as [name, value] pairs, in the order the course writes them. */
export function optimizerHyperparameters(optimizer: Optimizer): [OptimizerHyperparameter, number][] {
  return Object.entries(OPTIMIZER_TABLE[optimizer].defaults) as [OptimizerHyperparameter, number][];
}
