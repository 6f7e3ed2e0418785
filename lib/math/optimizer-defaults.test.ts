import { describe, expect, it } from 'vitest';
import { OPTIMIZER_DEFAULTS as ENGINE_DEFAULTS } from '../model/optimizers';
import { OPTIMIZERS } from '../protocol';
import { OPTIMIZER_DEFAULTS, optimizerHyperparameters } from './optimizer-defaults';

describe('OPTIMIZER_DEFAULTS', () => {
  it('are the course values', () => {
    expect(OPTIMIZER_DEFAULTS.momentum.beta).toBe(0.9);
    expect(OPTIMIZER_DEFAULTS.rmsprop).toEqual({ beta2: 0.999, epsilon: 1e-8 });
    expect(OPTIMIZER_DEFAULTS.adam).toEqual({ beta1: 0.9, beta2: 0.999, epsilon: 1e-8 });
  });

  // The numbers the UI shows must be the numbers the engine trains with.
  it.each(OPTIMIZERS)('%s equals the engine’s values', (optimizer) => {
    expect(OPTIMIZER_DEFAULTS[optimizer]).toEqual(ENGINE_DEFAULTS[optimizer]);
  });
});

describe('optimizerHyperparameters', () => {
  it('lists the hyperparameters in course order', () => {
    expect(optimizerHyperparameters('gd')).toEqual([]);
    expect(optimizerHyperparameters('momentum')).toEqual([['beta', 0.9]]);
    expect(optimizerHyperparameters('adam')).toEqual([
      ['beta1', 0.9],
      ['beta2', 0.999],
      ['epsilon', 1e-8],
    ]);
  });
});
