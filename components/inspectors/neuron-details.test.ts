import { describe, expect, it } from 'vitest';
import type { LayerParams } from '@/lib/protocol';
import { formatNumber, neuronDetails, neuronEquation, signedTerm } from './neuron-details';

const params: LayerParams[] = [
  { rows: 2, cols: 3, W: new Float32Array([1, 2, 3, 4, 5, 6]), b: new Float32Array([0.5, -0.5]) },
  { rows: 1, cols: 2, W: new Float32Array([7, 8]), b: new Float32Array([9]) },
];
const gradients: LayerParams[] = params.map((p) => ({ ...p, W: p.W.map((w) => w / 10), b: p.b.map((b) => b / 10) }));

describe('neuronDetails', () => {
  it('reads row `unit` of W and b, and of dW and db', () => {
    expect(neuronDetails(params, gradients, 1, 1)).toEqual({
      weights: [4, 5, 6],
      bias: -0.5,
      weightGradients: [0.4000000059604645, 0.5, 0.6000000238418579],
      biasGradient: -0.05000000074505806,
    });
    expect(neuronDetails(params, null, 2, 0)).toEqual({ weights: [7, 8], bias: 9, weightGradients: null, biasGradient: null });
  });
  it('is null for a neuron that is not there', () => {
    expect(neuronDetails(params, null, 3, 0)).toBeNull();
    expect(neuronDetails(params, null, 1, 2)).toBeNull();
  });
});

describe('formatNumber and signedTerm', () => {
  it('writes a true minus and no negative zero', () => {
    expect(formatNumber(-0.1234)).toBe('−0.123');
    expect(formatNumber(-0.0001)).toBe('0.000');
    expect(formatNumber(Infinity)).toBe('∞');
    expect(formatNumber(Number.NaN)).toBe('NaN');
  });
  it('splits a value into sign and magnitude', () => {
    expect(signedTerm(-0.113)).toEqual({ sign: '−', magnitude: '0.113' });
    expect(signedTerm(0.4)).toEqual({ sign: '+', magnitude: '0.400' });
  });
});

describe('neuronEquation', () => {
  it('writes z with the neuron’s weights, inputs and bias in TeX', () => {
    expect(neuronEquation(1, 2, [0.5, -1.25], 0.1, ['x1', 'sinx2'])).toBe('z^{[1]}_{2} = 0.500 \\cdot x_1 - 1.250 \\cdot \\sin x_2 + 0.100');
    expect(neuronEquation(3, 1, [-0.2], -0.0004, ['x1', 'x2'])).toBe('z^{[3]}_{1} = -0.200 \\cdot a^{[2]}_{1} + 0.000');
    expect(neuronEquation(2, 1, [Infinity, NaN], -2, ['x1'])).toBe('z^{[2]}_{1} = \\infty \\cdot a^{[1]}_{1} + \\text{NaN} \\cdot a^{[1]}_{2} - 2.000');
  });
});
