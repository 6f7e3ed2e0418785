/**
 * Step-through through the trainer: every number a traced step carries (and what lib/stepper derives
 * from it) against the float64 reference and a numerical gradient; a stepped step is training's step.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { useCpuBackend } from '../engine/tfjs/testing/tensors';
import { ENGINE_KINDS, OPTIMIZERS, type NetworkSpec, type TrainConfig } from '../protocol';
import { dAPrevOf, lossesOf, meanOf, penaltyOf, slopesOf } from '../stepper/derive';
import { layerActivations } from './network';
import { refCost, refForward, refNumericalGradients, toRefLayers } from './testing/reference-network';
import { refGradients, refOptimizerState, refStep } from './testing/reference-training';
import { circlePoints } from './testing/toy-data';
import { createTrainer, type Trainer } from './trainer';

beforeAll(async () => {
  await useCpuBackend();
});

const NETWORKS: NetworkSpec[] = [
  { features: ['x1', 'x2'], hidden: [], init: 'xavier', seed: 1 },
  { features: ['x1', 'x2', 'x1sq'], hidden: [{ units: 4, activation: 'tanh' }], init: 'xavier', seed: 2 },
  {
    features: ['x1', 'x2'],
    hidden: [
      { units: 3, activation: 'relu' },
      { units: 4, activation: 'sigmoid' },
      { units: 2, activation: 'leakyRelu' },
    ],
    init: 'he',
    seed: 3,
  },
  { features: ['x1', 'x2'], hidden: [{ units: 3, activation: 'linear' }], init: 'xavier', seed: 4 },
];
const config = (over: Partial<TrainConfig> = {}): TrainConfig => ({
  learningRate: 0.3,
  batchSize: 7,
  optimizer: 'gd',
  regularization: 'l2',
  lambda: 0.3,
  untilEpoch: null,
  seed: 9,
  maxEpochsPerSecond: null,
  ...over,
});
const points = circlePoints(40, 6, 5);

let trainers: Trainer[] = [];
afterEach(() => {
  trainers.forEach((t) => t.dispose());
  trainers = [];
});
const trainerOf = (...args: Parameters<typeof createTrainer>) => {
  const trainer = createTrainer(...args);
  trainers.push(trainer);
  return trainer;
};
const close = (actual: ArrayLike<number>, expected: ArrayLike<number>, digits = 5) => {
  expect(actual.length).toBe(expected.length);
  Array.from(actual).forEach((a, i) => expect(a).toBeCloseTo(expected[i]!, digits));
};

describe.each(ENGINE_KINDS)('step-through on the %s engine', (engine) => {
  it.each(NETWORKS.map((spec) => [spec.hidden.map((h) => h.activation).join(',') || 'logistic regression', spec] as const))(
    '%s: the trace is the float64 reference’s forward, cost and backward pass, and its gradient the numerical one',
    async (_name, spec) => {
      const trainer = trainerOf({ spec, trainConfig: config(), points, engine });
      trainer.train({ maxSteps: 3 });
      const trace = (await trainer.traceStep({ kind: 'batch' }))!;
      expect(Array.from(trace.trainIndices)).toEqual(Array.from(trainer.nextBatch()));
      expect(trace.m).toBe(7);
      const activations = layerActivations(spec);
      const layers = toRefLayers(trace.params);
      const X = { rows: spec.features.length, cols: trace.m, data: Array.from(trace.X) };
      const Y = Array.from(trace.Y);
      const ref = refForward(layers, X, activations);
      trace.forward.forEach((f, l) => {
        close(f.Z, ref.Z[l]!.data);
        close(f.A, ref.A[l]!.data);
      });
      const J = meanOf(lossesOf(trace.forward.at(-1)!.A, trace.Y)) + penaltyOf(trace.params, 'l2', 0.3, trace.m);
      const cost = (ls: readonly (typeof layers)[number][]) => refCost(ls, X, Y, activations, 'l2', 0.3);
      expect(J).toBeCloseTo(cost(layers), 5);
      const refGrads = refGradients(layers, X, Y, activations, 'l2', 0.3);
      const numerical = refNumericalGradients(layers, cost);
      trace.backward.forEach((g, l) => {
        close(g.dZ, refGrads[l]!.dZ.data);
        close(g.dW, refGrads[l]!.dW);
        close(g.db, refGrads[l]!.db);
        close(g.dWPenalty, refGrads[l]!.dWPenalty);
        close(Array.from(g.dW, (d, i) => d + g.dWPenalty[i]!), numerical[l]!.dW, 4);
        close(g.db, numerical[l]!.db, 4);
        if (l > 0) {
          // dZˡ⁻¹ = (Wˡᵀ dZˡ) ⊙ gˡ⁻¹′(Zˡ⁻¹), as the stepper derives it.
          const dA = dAPrevOf(trace.params[l]!, g.dZ, trace.m);
          const slopes = slopesOf(activations[l - 1]!, trace.forward[l - 1]!.Z);
          close(dA.map((d, i) => d * slopes[i]!), trace.backward[l - 1]!.dZ);
        }
      });
    },
  );

  it.each(OPTIMIZERS)('%s: N steps through step-through leave the weights and state N training steps leave', async (optimizer) => {
    const spec = NETWORKS[2]!;
    const stepped = trainerOf({ spec, trainConfig: config({ optimizer }), points, engine });
    const trained = trainerOf({ spec, trainConfig: config({ optimizer }), points, engine });
    for (let k = 0; k < 9; k++) {
      await stepped.traceStep({ kind: 'batch' });
      expect(stepped.stepOn({ kind: 'batch' })).toBe(true);
    }
    trained.train({ maxSteps: 9 });
    const [a, b] = await Promise.all([stepped.snapshot(0), trained.snapshot(0)]);
    a.params.forEach((p, l) => {
      expect(p.W).toEqual(b.params[l]!.W);
      expect(p.b).toEqual(b.params[l]!.b);
    });
    expect(a.optimizerState).toEqual(b.optimizerState);
    expect(stepped.progress()).toEqual(trained.progress());
  });

  it('the traced batch is the one the step takes: the update is the reference optimizer’s step on it', async () => {
    const spec = NETWORKS[1]!;
    const trainer = trainerOf({ spec, trainConfig: config({ optimizer: 'adam', learningRate: 0.05 }), points, engine });
    trainer.train({ maxSteps: 4 });
    const trace = (await trainer.traceStep({ kind: 'batch' }))!;
    const before = await trainer.snapshot(0);
    const layers = toRefLayers(trace.params);
    const X = { rows: 3, cols: trace.m, data: Array.from(trace.X) };
    const state = refOptimizerState(layers);
    const slots = before.optimizerState!.slots;
    state.stepCount = before.optimizerState!.t;
    state.v = slots.filter((_, i) => i % 2 === 0).map((s) => Array.from(s));
    state.s = slots.filter((_, i) => i % 2 === 1).map((s) => Array.from(s));
    refStep(layers, refGradients(layers, X, Array.from(trace.Y), layerActivations(spec), 'l2', 0.3), state, 'adam', 0.05);
    trainer.stepOn({ kind: 'batch' });
    const after = await trainer.getParams();
    after.forEach((p, l) => {
      close(p.W, layers[l]!.W.data, 5);
      close(p.b, layers[l]!.b, 5);
    });
  });

  it('a step on chosen points or the full batch moves no epoch; unknown points are ignored', async () => {
    const trainer = trainerOf({ spec: NETWORKS[1]!, trainConfig: config(), points, engine });
    const trace = (await trainer.traceStep({ kind: 'examples', trainIndices: [3, 3, -1, 999, 2.5] }))!;
    expect(Array.from(trace.trainIndices)).toEqual([3]);
    expect(trace.m).toBe(1);
    expect(trainer.stepOn({ kind: 'examples', trainIndices: [3] })).toBe(true);
    expect(trainer.stepOn({ kind: 'examples', trainIndices: [999] })).toBe(false);
    const full = (await trainer.traceStep({ kind: 'full' }))!;
    expect(full.m).toBe(points.filter((p) => p.split === 'train').length);
    expect(full.step).toBe(1);
    expect(trainer.stepOn({ kind: 'full' })).toBe(true);
    expect(trainer.progress()).toMatchObject({ epoch: 0, step: 2 });
  });

  it('setParam sets one weight or bias and refuses what does not exist', async () => {
    const trainer = trainerOf({ spec: NETWORKS[1]!, trainConfig: config({ optimizer: 'momentum' }), points, engine });
    trainer.train({ maxSteps: 2 });
    expect(await trainer.setParam({ layer: 1, row: 2, col: 1, value: 1.5 })).toBe(true);
    expect(await trainer.setParam({ layer: 2, row: 0, col: null, value: -0.25 })).toBe(true);
    for (const bad of [
      { layer: 3, row: 0, col: 0, value: 1 },
      { layer: 1, row: 4, col: 0, value: 1 },
      { layer: 1, row: 0, col: 3, value: 1 },
      { layer: 1, row: 0, col: 0, value: NaN },
    ])
      expect(await trainer.setParam(bad)).toBe(false);
    const params = await trainer.getParams();
    expect(params[0]!.W[2 * 3 + 1]).toBe(1.5);
    expect(params[1]!.b[0]).toBe(-0.25);
    expect((await trainer.snapshot(0)).optimizerState?.t).toBe(2);
  });
});
