import { describe, expect, it } from 'vitest';
import type { LayerBackward, LayerForward } from '../engine/engine';
import type { Activation, LayerParams } from '../protocol';
import { refForward, toRefLayers, type Matrix } from '../model/testing/reference-network';
import { refGradients } from '../model/testing/reference-training';
import { IDENTICAL_TOLERANCE, largestIdenticalGroup, networkHealth } from './health';

const layer = (rows: number, cols: number, W: number[], b: number[]): LayerParams => ({ rows, cols, W: Float32Array.from(W), b: Float32Array.from(b) });

/** X (2 × m): points on a ring of radius `r`, labels alternating. */
function ring(m: number, r: number): { X: Matrix; Y: number[] } {
  const data = new Array<number>(2 * m);
  for (let j = 0; j < m; j++) {
    data[j] = r * Math.cos((2 * Math.PI * j) / m);
    data[m + j] = r * Math.sin((2 * Math.PI * j) / m);
  }
  return { X: { rows: 2, cols: m, data }, Y: Array.from({ length: m }, (_, j) => j % 2) };
}

/** The health of `params` on the ring, its passes computed by the float64 reference. */
function healthOf(params: LayerParams[], activations: Activation[], m = 40, r = 2) {
  const { X, Y } = ring(m, r);
  const refLayers = toRefLayers(params);
  const { Z, A } = refForward(refLayers, X, activations);
  const forward: LayerForward[] = Z.map((z, l) => ({ Z: Float32Array.from(z.data), A: Float32Array.from(A[l]!.data) }));
  const grads = refGradients(refLayers, X, Y, activations, 'none', 0);
  const backward: LayerBackward[] = grads.map((g) => ({ dZ: Float32Array.from(g.dZ.data), dW: Float32Array.from(g.dW), db: Float32Array.from(g.db), dWPenalty: Float32Array.from(g.dWPenalty) }));
  return { health: networkHealth(activations, params, forward, backward, m), grads };
}

describe('networkHealth', () => {
  it('counts ReLU units that never fire as dead, and only those', () => {
    // Unit 1 has a bias far below anything the ring's inputs reach; unit 2 fires on half the ring.
    const params = [layer(2, 2, [0.5, 0.5, 1, 0], [-100, 0]), layer(1, 2, [1, 1], [0])];
    const { health } = healthOf(params, ['relu', 'sigmoid']);
    expect(health.layers).toEqual([expect.objectContaining({ layer: 1, units: 2, activation: 'relu', deadShare: 0.5, saturatedShare: 0 })]);
  });

  it('counts tanh units with large weights as saturated, small ones as not', () => {
    const params = [layer(3, 2, [50, 0, 0, 50, 0.1, 0.1], [0, 0, 0]), layer(1, 3, [1, 1, 1], [0])];
    const { health } = healthOf(params, ['tanh', 'sigmoid']);
    // On a ring of radius 2, 50·x has |z| < 4.6 only near x = 0: a small share of the examples.
    expect(health.layers[0]!.saturatedShare).toBeCloseTo(2 / 3);
    expect(health.layers[0]!.deadShare).toBe(0);
  });

  it('never calls a leaky ReLU or linear unit dead or saturated', () => {
    const params = [layer(1, 2, [0, 0], [-100]), layer(1, 1, [1], [0])];
    for (const activation of ['leakyRelu', 'linear'] as const) {
      const { health } = healthOf(params, [activation, 'sigmoid']);
      expect(health.layers[0]).toMatchObject({ deadShare: 0, saturatedShare: 0 });
    }
  });

  it('finds identical units (zero initialisation), and none in a random network', () => {
    const zeros = [layer(4, 2, new Array(8).fill(0), [0, 0, 0, 0]), layer(2, 4, new Array(8).fill(0), [0, 0]), layer(1, 2, [0, 0], [0])];
    const { health } = healthOf(zeros, ['tanh', 'tanh', 'sigmoid']);
    expect(health.layers.map((l) => l.largestIdenticalGroup)).toEqual([4, 2]);
    const random = [layer(3, 2, [0.3, -0.2, 0.1, 0.5, -0.4, 0.2], [0, 0.1, 0]), layer(1, 3, [0.2, -0.1, 0.3], [0])];
    expect(healthOf(random, ['tanh', 'sigmoid']).health.layers[0]!.largestIdenticalGroup).toBe(1);
  });

  it('tells units apart that differ only in their outgoing weights, or by more than the tolerance', () => {
    const sameIn = [layer(2, 1, [1, 1], [0, 0]), layer(1, 2, [1, 2], [0])];
    expect(largestIdenticalGroup(sameIn, 0)).toBe(1);
    const nearly = [layer(2, 1, [1, 1 + IDENTICAL_TOLERANCE / 2], [0, 0]), layer(1, 2, [1, 1], [0])];
    expect(largestIdenticalGroup(nearly, 0)).toBe(2);
    const apart = [layer(2, 1, [1, 1 + 1e-4], [0, 0]), layer(1, 2, [1, 1], [0])];
    expect(largestIdenticalGroup(apart, 0)).toBe(1);
  });

  it('gives ‖dWˡ‖ of every layer, output included', () => {
    const params = [layer(2, 2, [0.3, -0.2, 0.1, 0.5], [0, 0.1]), layer(1, 2, [0.2, -0.1], [0])];
    const { health, grads } = healthOf(params, ['tanh', 'sigmoid']);
    const norms = grads.map((g) => Math.sqrt(g.dW.reduce((s, v) => s + v * v, 0)));
    expect(health.gradientNorms).toHaveLength(2);
    health.gradientNorms.forEach((n, l) => expect(n).toBeCloseTo(norms[l]!, 6));
    expect(health.examples).toBe(40);
  });
});
