import { describe, expect, it } from 'vitest';
import { formatHyperparameter } from './format-hyperparameter';

describe('formatHyperparameter', () => {
  it('writes small powers of ten as powers', () => {
    expect(formatHyperparameter(1e-8)).toBe('10⁻⁸');
    expect(formatHyperparameter(1e-12)).toBe('10⁻¹²');
  });
  it('writes ordinary values as decimals', () => {
    expect(formatHyperparameter(0.9)).toBe('0.9');
    expect(formatHyperparameter(0.999)).toBe('0.999');
    expect(formatHyperparameter(0.001)).toBe('0.001');
  });
});
