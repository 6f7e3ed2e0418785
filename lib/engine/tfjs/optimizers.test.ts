import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { OPTIMIZERS } from '../../protocol';
import {
  applyOptimizerStep,
  cloneOptimizerSlots,
  createOptimizerState,
  disposeOptimizerState,
  optimizerCheckpoint,
  restoreOptimizerState,
  type OptimizerState,
} from './optimizers';
import { OPTIMIZER_DEFAULTS } from '../../math/optimizers';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const theta0 = [0.5, -1.2, 2];
const grad1 = [0.3, -0.4, 0.05];
const grad2 = [-0.1, 0.2, 0.6];
const lr = 0.1;

/** Runs the named optimizer for the given gradients on θ₀ and returns θ after each step. */
function run(optimizer: (typeof OPTIMIZERS)[number], grads: number[][]): number[][] {
  const theta = tf.tidy(() => tf.variable(tf.tensor1d(theta0)));
  const state = createOptimizerState(optimizer, [theta]);
  const history = grads.map((g) => {
    tf.tidy(() => applyOptimizerStep(state, [theta], [tf.tensor1d(g)], lr));
    return Array.from(theta.dataSync());
  });
  disposeOptimizerState(state);
  theta.dispose();
  return history;
}

function expectClose(actual: number[] | undefined, expected: number[]): void {
  expect(actual).toHaveLength(expected.length);
  expected.forEach((e, i) => expect(actual![i]).toBeCloseTo(e, 5));
}

describe('optimizers', () => {
  it('shows the usual defaults', () => {
    expect(OPTIMIZER_DEFAULTS).toEqual({
      gd: {},
      momentum: { beta: 0.9 },
      rmsprop: { beta2: 0.999, epsilon: 1e-8 },
      adam: { beta1: 0.9, beta2: 0.999, epsilon: 1e-8 },
    });
  });

  it('gd: θ − α dθ', () => {
    const [step1, step2] = run('gd', [grad1, grad2]);
    const expected1 = theta0.map((t, i) => t - lr * grad1[i]!);
    expectClose(step1, expected1);
    expectClose(step2, expected1.map((t, i) => t - lr * grad2[i]!));
  });

  it('momentum: v = 0.9 v + 0.1 dθ, θ − α v', () => {
    const [step1, step2] = run('momentum', [grad1, grad2]);
    const v1 = grad1.map((g) => 0.1 * g);
    const v2 = grad2.map((g, i) => 0.9 * v1[i]! + 0.1 * g);
    const expected1 = theta0.map((t, i) => t - lr * v1[i]!);
    expectClose(step1, expected1);
    expectClose(step2, expected1.map((t, i) => t - lr * v2[i]!));
  });

  it('rmsprop: s = 0.999 s + 0.001 dθ², θ − α dθ / (√s + ε)', () => {
    const [step1, step2] = run('rmsprop', [grad1, grad2]);
    const s1 = grad1.map((g) => 0.001 * g * g);
    const s2 = grad2.map((g, i) => 0.999 * s1[i]! + 0.001 * g * g);
    const expected1 = theta0.map((t, i) => t - (lr * grad1[i]!) / (Math.sqrt(s1[i]!) + 1e-8));
    expectClose(step1, expected1);
    expectClose(step2, expected1.map((t, i) => t - (lr * grad2[i]!) / (Math.sqrt(s2[i]!) + 1e-8)));
  });

  it('adam: bias-corrected v̂ / (√ŝ + ε)', () => {
    const [step1, step2] = run('adam', [grad1, grad2]);
    // Step 1: v̂ = dθ and ŝ = dθ², so each entry moves by α·sign(dθ).
    expectClose(step1, theta0.map((t, i) => t - lr * Math.sign(grad1[i]!)));
    const v2 = grad2.map((g, i) => 0.9 * 0.1 * grad1[i]! + 0.1 * g);
    const s2 = grad2.map((g, i) => 0.999 * 0.001 * grad1[i]! ** 2 + 0.001 * g * g);
    const expected2 = step1!.map((t, i) => {
      const vHat = v2[i]! / (1 - 0.9 ** 2);
      const sHat = s2[i]! / (1 - 0.999 ** 2);
      return t - (lr * vHat) / (Math.sqrt(sHat) + 1e-8);
    });
    expectClose(step2, expected2);
  });

  it.each(OPTIMIZERS)('%s keeps the tensor count flat', (optimizer) => {
    const before = tf.memory().numTensors;
    run(optimizer, [grad1, grad2, grad1]);
    expect(tf.memory().numTensors).toBe(before);
  });

  describe('checkpoints', () => {
    const checkpointOf = (state: OptimizerState) => {
      const clones = cloneOptimizerSlots(state);
      const checkpoint = optimizerCheckpoint(state, clones.map((c) => c.dataSync() as Float32Array));
      tf.dispose(clones);
      return checkpoint;
    };
    /** θ after `grads` from θ₀, where the optimizer's state is carried across a checkpoint after `split` steps. */
    const runAcrossCheckpoint = (optimizer: 'momentum' | 'adam', grads: number[][], split: number, keepState: boolean) => {
      const theta = tf.tidy(() => tf.variable(tf.tensor1d(theta0)));
      let state = createOptimizerState(optimizer, [theta]);
      grads.forEach((g, i) => {
        if (i === split) {
          const checkpoint = checkpointOf(state);
          disposeOptimizerState(state);
          state = createOptimizerState(optimizer, [theta]);
          if (keepState) expect(restoreOptimizerState(state, checkpoint!)).toBe(true);
        }
        tf.tidy(() => applyOptimizerStep(state, [theta], [tf.tensor1d(g)], lr));
      });
      const result = Array.from(theta.dataSync());
      disposeOptimizerState(state);
      theta.dispose();
      return result;
    };

    it('gd has nothing to keep', () => {
      const theta = tf.tidy(() => tf.variable(tf.tensor1d(theta0)));
      const state = createOptimizerState('gd', [theta]);
      expect(checkpointOf(state)).toBeNull();
      disposeOptimizerState(state);
      theta.dispose();
    });

    it.each(['momentum', 'adam'] as const)('%s goes on from a checkpoint as if never interrupted (and not without it)', (optimizer) => {
      const grads = [grad1, grad2, grad1, grad2];
      const uninterrupted = run(optimizer, grads).at(-1)!;
      expectClose(runAcrossCheckpoint(optimizer, grads, 2, true), uninterrupted);
      const restarted = runAcrossCheckpoint(optimizer, grads, 2, false);
      expect(Math.max(...restarted.map((t, i) => Math.abs(t - uninterrupted[i]!)))).toBeGreaterThan(1e-3);
    });

    it('refuses a checkpoint of another optimizer or shape, changing nothing, and leaks no tensor', () => {
      const before = tf.memory().numTensors;
      const theta = tf.tidy(() => tf.variable(tf.tensor1d(theta0)));
      const state = createOptimizerState('adam', [theta]);
      tf.tidy(() => applyOptimizerStep(state, [theta], [tf.tensor1d(grad1)], lr));
      const checkpoint = checkpointOf(state)!;
      expect(checkpoint).toMatchObject({ optimizer: 'adam', t: 1 });
      expect(checkpoint.slots).toHaveLength(2);
      const fresh = createOptimizerState('adam', [theta]);
      expect(restoreOptimizerState(fresh, { ...checkpoint, optimizer: 'rmsprop' })).toBe(false);
      expect(restoreOptimizerState(fresh, { ...checkpoint, slots: checkpoint.slots.map((s) => s.slice(1)) })).toBe(false);
      expect(fresh.stepCount).toBe(0);
      expect(Array.from(fresh.slots[0]![0]!.dataSync())).toEqual([0, 0, 0]);
      expect(restoreOptimizerState(fresh, checkpoint)).toBe(true);
      expect(fresh.stepCount).toBe(1);
      expect(Array.from(fresh.slots[0]![1]!.dataSync())).toEqual(Array.from(checkpoint.slots[1]!));
      [state, fresh].forEach(disposeOptimizerState);
      theta.dispose();
      expect(tf.memory().numTensors).toBe(before);
    });
  });
});
