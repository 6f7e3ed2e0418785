import { beforeAll, describe, expect, it } from 'vitest';
import { useCpuBackend } from '../engine/tfjs/testing/tensors';
import { initialParams } from '../model/init';
import { createTrainer } from '../model/trainer';
import { refCost, toRefLayers, type Matrix } from '../model/testing/reference-network';
import { refGradients, refOptimizerState, refStep } from '../model/testing/reference-training';
import { separablePoints } from '../model/testing/toy-data';
import { OPTIMIZERS, type NetworkSpec, type TrainConfig } from '../protocol';
import { flatten } from '../landscape/surface';
import { RACE_EPOCHS, raceEpochs, runRace, trailPointsFor } from './race';

beforeAll(async () => {
  await useCpuBackend();
});

const spec: NetworkSpec = { features: ['x1', 'x2'], hidden: [{ units: 3, activation: 'tanh' }], init: 'xavier', seed: 5 };
const config: TrainConfig = { learningRate: 0.05, batchSize: 'full', optimizer: 'gd', regularization: 'none', lambda: 0, untilEpoch: null, seed: 2, maxEpochsPerSecond: null };
const points = separablePoints(24, 7);
const X: Matrix = { rows: 2, cols: points.length, data: [...points.map((p) => p.x1), ...points.map((p) => p.x2)] };
const Y = points.map((p) => p.label);
const ACTIVATIONS = ['tanh', 'sigmoid'] as const;

const deps = {
  makeTrainer: (optimizer: (typeof OPTIMIZERS)[number]) => createTrainer({ spec, trainConfig: { ...config, optimizer }, points, engine: 'js' }),
};

describe('runRace', () => {
  it('starts all four optimizers from identical weights, at the same J', async () => {
    const start = initialParams(spec);
    const result = await runRace(deps, start, 3);
    expect(result.lanes.map((l) => l.optimizer)).toEqual([...OPTIMIZERS]);
    const J0 = refCost(toRefLayers(start), X, Y, ACTIVATIONS, 'none', 0);
    for (const lane of result.lanes) {
      expect(Array.from(lane.trail[0]!)).toEqual(Array.from(flatten(start)));
      expect(lane.trailEpochs[0]).toBe(0);
      expect(lane.costs[0]).toBeCloseTo(J0, 5);
      expect(lane.costs).toHaveLength(4);
    }
  });

  it('each lane follows its optimizer, epoch by epoch, as the float64 reference does', async () => {
    const start = initialParams(spec);
    const epochs = 3;
    const result = await runRace(deps, start, epochs);
    for (const lane of result.lanes) {
      // Full batch: one step per epoch.
      const ref = toRefLayers(start);
      const state = refOptimizerState(ref);
      for (let epoch = 1; epoch <= epochs; epoch++) {
        refStep(ref, refGradients(ref, X, Y, ACTIVATIONS, 'none', 0), state, lane.optimizer, config.learningRate);
        expect(lane.costs[epoch]).toBeCloseTo(refCost(ref, X, Y, ACTIVATIONS, 'none', 0), 4);
      }
      const last = lane.trail[lane.trail.length - 1]!;
      expect(lane.trailEpochs[lane.trailEpochs.length - 1]).toBe(epochs);
      const expected = ref.flatMap((layer) => [...layer.W.data, ...layer.b]);
      expected.forEach((v, i) => expect(Math.abs(last[i]! - v)).toBeLessThan(2e-5));
    }
    // The optimizers take different paths from the same start.
    const ends = result.lanes.map((l) => l.costs[epochs]!);
    expect(new Set(ends.map((c) => c.toFixed(6))).size).toBe(4);
  });
});

describe('raceEpochs and trailPointsFor', () => {
  it('races the wanted epochs (at least the default) when affordable, fewer when four lanes would cost too much', () => {
    expect(raceEpochs(200, 3, null)).toBe(RACE_EPOCHS.default);
    expect(raceEpochs(200, 3, 250)).toBe(250);
    expect(raceEpochs(200, 3, 10_000)).toBe(RACE_EPOCHS.max);
    const wide = raceEpochs(5000, 21_000, null);
    expect(wide).toBeLessThan(RACE_EPOCHS.default);
    expect(wide).toBeGreaterThanOrEqual(RACE_EPOCHS.min);
  });

  it('keeps fewer trail points for wide networks, never fewer than two', () => {
    expect(trailPointsFor(3)).toBe(200);
    expect(trailPointsFor(21_000)).toBeLessThan(20);
    expect(trailPointsFor(10_000_000)).toBe(2);
  });
});
