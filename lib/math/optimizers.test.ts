import { describe, expect, it } from 'vitest';
import { OPTIMIZER_TABLE, OPTIMIZERS, optimizerHyperparameters } from './optimizers';
import { REGULARIZATION_TABLE, REGULARIZATIONS, penaltyOf } from './regularizations';

describe('OPTIMIZER_TABLE', () => {
  it('lists the hyperparameters in the order the course writes them', () => {
    expect(optimizerHyperparameters('gd')).toEqual([]);
    expect(optimizerHyperparameters('momentum')).toEqual([['beta', 0.9]]);
    expect(optimizerHyperparameters('adam')).toEqual([['beta1', 0.9], ['beta2', 0.999], ['epsilon', 1e-8]]);
  });

  it.each(OPTIMIZERS)('%s: one step from zero slots moves θ against the gradient', (name) => {
    const entry = OPTIMIZER_TABLE[name];
    const param = Float32Array.from([1, -1]);
    const slots = Array.from({ length: entry.slotCount }, () => new Float32Array(2));
    entry.update(param, [0.5, -0.5], slots, 0.1, 1);
    expect(param[0]).toBeLessThan(1);
    expect(param[1]).toBeGreaterThan(-1);
  });

  it('Adam’s first step is α · sign(dθ) (bias correction), momentum’s α (1 − β) dθ', () => {
    const param = Float32Array.from([0]);
    OPTIMIZER_TABLE.adam.update(param, [0.3], [new Float32Array(1), new Float32Array(1)], 0.1, 1);
    expect(param[0]).toBeCloseTo(-0.1, 6);
    const p2 = Float32Array.from([0]);
    OPTIMIZER_TABLE.momentum.update(p2, [0.3], [new Float32Array(1)], 0.1, 1);
    expect(p2[0]).toBeCloseTo(-0.1 * 0.1 * 0.3, 7);
  });
});

describe('REGULARIZATION_TABLE', () => {
  it.each(REGULARIZATIONS)('%s: gradientScale · gradientTerm is the derivative of the penalty', (name) => {
    const entry = REGULARIZATION_TABLE[name];
    const h = 1e-6;
    for (const w of [-1.3, -0.2, 0.4, 2]) {
      const numeric = (penaltyOf(name, [[w + h]], 0.7, 5) - penaltyOf(name, [[w - h]], 0.7, 5)) / (2 * h);
      expect(entry.gradientScale(0.7, 5) * entry.gradientTerm(w)).toBeCloseTo(numeric, 6);
    }
  });
});
