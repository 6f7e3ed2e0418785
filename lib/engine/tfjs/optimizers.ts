import * as tf from '@tensorflow/tfjs-core';
import type { Optimizer, OptimizerCheckpoint } from '../../protocol';
import { OPTIMIZER_DEFAULTS, OPTIMIZER_TABLE } from '../../math/optimizers';

/** An optimizer's rule as tensor ops: the same maths as its entry in OPTIMIZER_TABLE (slot count, defaults). */
export interface OptimizerRule {
  /**
   * One update of a parameter θ from its gradient dθ with learning rate α; its slots are
   * OPTIMIZER_TABLE's. stepCount = 1, 2, … counts the steps taken with this state (Adam's bias correction).
   */
  update(
    param: tf.Tensor,
    grad: tf.Tensor,
    slots: readonly tf.Tensor[],
    learningRate: number,
    stepCount: number,
  ): { param: tf.Tensor; slots: tf.Tensor[] };
}

function slot(slots: readonly tf.Tensor[], i: number): tf.Tensor {
  const s = slots[i];
  if (!s) throw new Error(`Missing optimizer slot ${i}`);
  return s;
}

/** β v + (1 − β) x: an exponentially weighted average. */
const ewa = (beta: number, v: tf.Tensor, x: tf.Tensor): tf.Tensor => tf.add(tf.mul(beta, v), tf.mul(1 - beta, x));

export const OPTIMIZERS_BY_NAME: Record<Optimizer, OptimizerRule> = {
  /** θ := θ − α dθ */
  gd: {
    update: (param, grad, _slots, lr) => ({ param: tf.sub(param, tf.mul(lr, grad)), slots: [] }),
  },
  /** v := β v + (1 − β) dθ; θ := θ − α v */
  momentum: {
    update: (param, grad, slots, lr) => {
      const v = ewa(OPTIMIZER_DEFAULTS.momentum.beta, slot(slots, 0), grad);
      return { param: tf.sub(param, tf.mul(lr, v)), slots: [v] };
    },
  },
  /** s := β₂ s + (1 − β₂) dθ²; θ := θ − α dθ / (√s + ε) */
  rmsprop: {
    update: (param, grad, slots, lr) => {
      const { beta2, epsilon } = OPTIMIZER_DEFAULTS.rmsprop;
      const s = ewa(beta2, slot(slots, 0), tf.square(grad));
      return { param: tf.sub(param, tf.mul(lr, tf.div(grad, tf.add(tf.sqrt(s), epsilon)))), slots: [s] };
    },
  },
  /** v, s as above; v̂ = v / (1 − β₁ᵗ), ŝ = s / (1 − β₂ᵗ); θ := θ − α v̂ / (√ŝ + ε) */
  adam: {
    update: (param, grad, slots, lr, stepCount) => {
      const { beta1, beta2, epsilon } = OPTIMIZER_DEFAULTS.adam;
      const v = ewa(beta1, slot(slots, 0), grad);
      const s = ewa(beta2, slot(slots, 1), tf.square(grad));
      const vHat = tf.div(v, 1 - beta1 ** stepCount);
      const sHat = tf.div(s, 1 - beta2 ** stepCount);
      return { param: tf.sub(param, tf.mul(lr, tf.div(vHat, tf.add(tf.sqrt(sHat), epsilon)))), slots: [v, s] };
    },
  },
};

/** An optimizer's state over a list of parameter variables. */
export interface OptimizerState {
  optimizer: Optimizer;
  /** Steps taken with this state. */
  stepCount: number;
  slots: tf.Variable[][];
}

export function createOptimizerState(optimizer: Optimizer, params: readonly tf.Variable[]): OptimizerState {
  const { slotCount } = OPTIMIZER_TABLE[optimizer];
  const slots = params.map((p) =>
    Array.from({ length: slotCount }, () => tf.tidy(() => tf.variable(tf.zerosLike(p), false))),
  );
  return { optimizer, stepCount: 0, slots };
}

/** Applies one step to every parameter variable (grads in the same order); call inside tf.tidy. */
export function applyOptimizerStep(
  state: OptimizerState,
  params: readonly tf.Variable[],
  grads: readonly tf.Tensor[],
  learningRate: number,
): void {
  state.stepCount += 1;
  const rule = OPTIMIZERS_BY_NAME[state.optimizer];
  params.forEach((param, i) => {
    const grad = grads[i];
    const slots = state.slots[i];
    if (!grad || !slots) throw new Error(`Missing gradient or state for parameter ${i}`);
    const next = rule.update(param, grad, slots, learningRate, state.stepCount);
    param.assign(next.param);
    slots.forEach((s, k) => s.assign(slot(next.slots, k)));
  });
}

export function disposeOptimizerState(state: OptimizerState): void {
  for (const slots of state.slots) for (const s of slots) s.dispose();
}

/** Copies of the slot tensors, in checkpoint order (dispose them, or return them from tf.tidy). */
export function cloneOptimizerSlots(state: OptimizerState): tf.Tensor[] {
  return state.slots.flat().map((s) => s.clone());
}

/** The checkpoint of `state` from the values of cloneOptimizerSlots; null when it has no slots (gd). */
export function optimizerCheckpoint(state: Pick<OptimizerState, 'optimizer' | 'stepCount'>, slotValues: readonly Float32Array[]): OptimizerCheckpoint | null {
  return slotValues.length === 0 ? null : { optimizer: state.optimizer, t: state.stepCount, slots: [...slotValues] };
}

/**
 * Puts a checkpoint's slots and step count into `state`. Returns false, changing nothing, when it was taken
 * with another optimizer or for parameters of other shapes.
 */
export function restoreOptimizerState(state: OptimizerState, checkpoint: OptimizerCheckpoint): boolean {
  const slots = state.slots.flat();
  const fits =
    checkpoint.optimizer === state.optimizer &&
    checkpoint.slots.length === slots.length &&
    slots.every((s, i) => checkpoint.slots[i]!.length === s.size);
  if (!fits) return false;
  tf.tidy(() => slots.forEach((s, i) => s.assign(tf.tensor(checkpoint.slots[i]!, s.shape))));
  state.stepCount = checkpoint.t;
  return true;
}
