import { describe, expect, it } from 'vitest';
import type { LayerHealth, NetworkHealth } from '../protocol';
import { createDiagnosticsTracker, HOLD_EPOCHS, isGrowingOscillation, OSCILLATION_WINDOW, PLATEAU_EPOCHS, smallerLearningRate, type Observation } from './detect';
import { createRng } from '../data/random';

const layer = (l: number, over: Partial<LayerHealth> = {}): LayerHealth => ({ layer: l, units: 8, activation: 'tanh', deadShare: 0, saturatedShare: 0, largestIdenticalGroup: 1, ...over });
const healthy = (layers = 2): NetworkHealth => ({ examples: 280, layers: Array.from({ length: layers }, (_, i) => layer(i + 1)), gradientNorms: Array.from({ length: layers + 1 }, () => 0.1) });

/** A run of `epochs` snapshots, one per epoch; `at(e)` gives what changes from a healthy, learning run. */
function run(epochs: number, at: (epoch: number) => Partial<Observation> = () => ({})) {
  const tracker = createDiagnosticsTracker();
  const seen: string[][] = [];
  for (let epoch = 0; epoch <= epochs; epoch++) {
    const base: Observation = { runId: 1, epoch, hasDiverged: false, trainCost: 0.69 * Math.exp(-epoch / 100) + 0.05, testCost: 0.7 * Math.exp(-epoch / 100) + 0.08, trainAccuracy: Math.min(0.99, 0.5 + epoch / 200), testAccuracy: Math.min(0.97, 0.5 + epoch / 200), health: healthy(), hiddenActivations: ['tanh', 'tanh'], learningRate: 0.03 };
    seen.push(tracker.observe({ ...base, ...at(epoch) }).map((d) => d.kind));
  }
  return seen;
}
const kindsAt = (seen: string[][], epoch: number) => seen[epoch]!;
const ever = (seen: string[][]) => [...new Set(seen.flat())];

describe('createDiagnosticsTracker', () => {
  it('says nothing about a healthy run', () => {
    expect(ever(run(1000))).toEqual([]);
  });

  it('says diverging at once when the cost is NaN, with a smaller learning rate to try', () => {
    const tracker = createDiagnosticsTracker();
    const o: Observation = { runId: 1, epoch: 3, hasDiverged: true, trainCost: NaN, testCost: NaN, trainAccuracy: 0.5, testAccuracy: NaN, hiddenActivations: ['relu'], learningRate: 10 };
    expect(tracker.observe(o)).toEqual([{ kind: 'diverging', learningRate: 10, suggestedLearningRate: 0.3 }]);
    expect(smallerLearningRate(0.03)).toBe(0.001);
    expect(smallerLearningRate(0.0001)).toBe(0.0001);
  });

  it('says diverging when the cost stays well above its best, not on one noisy epoch', () => {
    expect(ever(run(300, (e) => (e === 150 ? { trainCost: 0.9 } : {})))).toEqual([]);
    const seen = run(300, (e) => (e >= 100 ? { trainCost: 0.84 } : {}));
    expect(kindsAt(seen, 100 + HOLD_EPOCHS - 1)).toEqual([]);
    expect(kindsAt(seen, 100 + HOLD_EPOCHS)).toContain('diverging');
  });

  it('says diverging when the cost swings up and down ever wider, before it rises above its best', () => {
    // Every epoch's cost arrives with the snapshot (newCosts); the swings grow by 8 % an epoch around a falling cost.
    const cost = (e: number) => 0.4 - e * 0.0005 + (e >= 50 ? (-1) ** e * 0.004 * 1.08 ** (e - 50) : 0);
    const seen = run(120, (e) => ({ trainCost: cost(e), newCosts: [{ epoch: e, trainCost: cost(e) }] }));
    expect(ever(seen.slice(0, 60))).toEqual([]);
    const first = seen.findIndex((kinds) => kinds.includes('diverging'));
    expect(first).toBeGreaterThan(60);
    // Said while the cost is still below its start and within twice its best.
    expect(cost(first)).toBeLessThan(0.69);
  });

  it('isGrowingOscillation: not minibatch noise, not steady swings, not a converged run’s last digits', () => {
    const rng = createRng(4);
    const noisy = Array.from({ length: OSCILLATION_WINDOW }, (_, e) => 0.3 - e * 0.001 + (rng.uniform(0, 1) - 0.5) * 0.05);
    expect(isGrowingOscillation(noisy)).toBe(false);
    const steady = Array.from({ length: OSCILLATION_WINDOW }, (_, e) => 0.3 + (-1) ** e * 0.05);
    expect(isGrowingOscillation(steady)).toBe(false);
    const tiny = Array.from({ length: OSCILLATION_WINDOW }, (_, e) => 0.01 + (-1) ** e * 1e-5 * 1.1 ** e);
    expect(isGrowingOscillation(tiny)).toBe(false);
    const growing = Array.from({ length: OSCILLATION_WINDOW }, (_, e) => 0.3 + (-1) ** e * 0.01 * 1.1 ** e);
    expect(isGrowingOscillation(growing)).toBe(true);
    expect(isGrowingOscillation(growing.slice(1))).toBe(false);
  });

  it('names dead ReLU units, saturated units and symmetric units once they have lasted', () => {
    const dead = run(100, () => ({ hiddenActivations: ['relu', 'relu'], health: { ...healthy(), layers: [layer(1, { activation: 'relu', deadShare: 1 }), layer(2)] } }));
    expect(kindsAt(dead, HOLD_EPOCHS - 1)).toEqual([]);
    expect(kindsAt(dead, HOLD_EPOCHS)).toEqual(['dead-units']);
    const saturated = run(100, () => ({ trainAccuracy: 0.6, health: { ...healthy(), layers: [layer(1), layer(2, { saturatedShare: 0.9 })] } }));
    expect(kindsAt(saturated, 50)).toEqual(['saturated']);
    const symmetric = run(100, () => ({ health: { ...healthy(), layers: [layer(1, { largestIdenticalGroup: 8 }), layer(2, { largestIdenticalGroup: 8 })] } }));
    expect(kindsAt(symmetric, 50)).toEqual(['symmetric']);
  });

  it('names vanishing gradients in a deep network that does not fit, not in a shallow one or a fitted one', () => {
    const vanishing = (layers: number, accuracy: number) => run(100, () => ({ trainAccuracy: accuracy, health: { ...healthy(layers), gradientNorms: [1e-5, ...new Array(layers - 1).fill(1e-3), 0.1] } }));
    expect(kindsAt(vanishing(4, 0.6), 50)).toEqual(['vanishing-gradients']);
    expect(ever(vanishing(2, 0.6))).toEqual([]);
    expect(ever(vanishing(4, 0.97))).toEqual([]);
  });

  it('tells underfitting (a straight model on a plateau) from stalled (a bending one)', () => {
    const flat = (activations: ('linear' | 'tanh')[]) => run(PLATEAU_EPOCHS + HOLD_EPOCHS + 50, () => ({ trainCost: 0.6, trainAccuracy: 0.55, hiddenActivations: activations }));
    expect(ever(flat([]))).toEqual(['underfitting']);
    expect(ever(flat(['linear']))).toEqual(['underfitting']);
    expect(ever(flat(['tanh']))).toEqual(['stalled']);
    // A plateau at a good fit is convergence, not a failure.
    expect(ever(run(600, () => ({ trainCost: 0.05, trainAccuracy: 0.97, hiddenActivations: [] })))).toEqual([]);
  });

  it('names overfitting when the test cost climbs while the training cost falls and test accuracy trails', () => {
    const climbing = (e: number) => (e < 100 ? 0.7 - e / 400 : 0.45 + (e - 100) / 200);
    const seen = run(400, (e) => ({ testCost: climbing(e), testAccuracy: e < 100 ? 0.5 + e / 200 : 0.8 }));
    expect(kindsAt(seen, 99)).toEqual([]);
    expect(kindsAt(seen, 300)).toEqual(['overfitting']);
    // The same climb while every test point stays classified right is not worth a warning.
    expect(ever(run(400, (e) => ({ testCost: climbing(e), testAccuracy: Math.min(0.99, 0.5 + e / 200) })))).toEqual([]);
  });

  it('forgets the run on a reset: a diagnosis goes as soon as its condition does', () => {
    const tracker = createDiagnosticsTracker();
    const o = (runId: number, epoch: number, deadShare: number): Observation => ({ runId, epoch, hasDiverged: false, trainCost: 0.5, testCost: 0.5, trainAccuracy: 0.7, testAccuracy: 0.7, health: { ...healthy(), layers: [layer(1, { activation: 'relu', deadShare })] }, hiddenActivations: ['relu'], learningRate: 0.03 });
    for (let e = 0; e <= HOLD_EPOCHS; e++) tracker.observe(o(1, e, 1));
    expect(tracker.observe(o(1, HOLD_EPOCHS + 1, 1)).map((d) => d.kind)).toEqual(['dead-units']);
    expect(tracker.observe(o(1, HOLD_EPOCHS + 2, 0))).toEqual([]);
    expect(tracker.observe(o(2, 0, 1))).toEqual([]);
  });
});
