import { describe, expect, it } from 'vitest';
import { ACTIVATIONS } from '../protocol';
import { ACTIVATION_TABLE as ACTIVATION_SCALAR, LEAKY_SLOPE } from './activations';

describe('ACTIVATION_TABLE', () => {
  it('gives the textbook values at known points', () => {
    expect(ACTIVATION_SCALAR.sigmoid.g(0)).toBe(0.5);
    expect(ACTIVATION_SCALAR.sigmoid.dg(0)).toBe(0.25);
    expect(ACTIVATION_SCALAR.tanh.g(0)).toBe(0);
    expect(ACTIVATION_SCALAR.tanh.dg(0)).toBe(1);
    expect(ACTIVATION_SCALAR.relu.g(-2)).toBe(0);
    expect(ACTIVATION_SCALAR.relu.g(3)).toBe(3);
    expect(ACTIVATION_SCALAR.relu.dg(-2)).toBe(0);
    expect(ACTIVATION_SCALAR.relu.dg(0)).toBe(0);
    expect(ACTIVATION_SCALAR.relu.dg(2)).toBe(1);
    expect(LEAKY_SLOPE).toBe(0.01);
    expect(ACTIVATION_SCALAR.leakyRelu.g(-2)).toBeCloseTo(-0.02, 12);
    expect(ACTIVATION_SCALAR.leakyRelu.dg(-2)).toBe(0.01);
    expect(ACTIVATION_SCALAR.linear.g(-1.5)).toBe(-1.5);
    expect(ACTIVATION_SCALAR.linear.dg(7)).toBe(1);
  });

  it.each(ACTIVATIONS)('%s: dg matches a central difference of g away from kinks', (name) => {
    const { g, dg } = ACTIVATION_SCALAR[name];
    const h = 1e-6;
    for (const z of [-3, -0.7, -0.1, 0.2, 0.9, 2.5]) {
      const numeric = (g(z + h) - g(z - h)) / (2 * h);
      expect(dg(z)).toBeCloseTo(numeric, 6);
    }
  });

  it.each(ACTIVATIONS)('%s: dgOfA(g(z)) equals dg(z), as backpropagation uses it', (name) => {
    const { g, dg, dgOfA } = ACTIVATION_SCALAR[name];
    for (const z of [-3, -0.7, -0.1, 0, 0.2, 0.9, 2.5]) expect(dgOfA(g(z))).toBeCloseTo(dg(z), 12);
  });

  it.each(ACTIVATIONS)('%s: its maps are coloured over a range that holds g', (name) => {
    const { g, colorRange } = ACTIVATION_SCALAR[name];
    if (colorRange === 'symmetric') return;
    for (const z of [-30, -1, 0, 1, 30]) {
      expect(g(z)).toBeGreaterThanOrEqual(colorRange[0]);
      expect(g(z)).toBeLessThanOrEqual(colorRange[1]);
    }
  });
});
