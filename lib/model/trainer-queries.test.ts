/** The engine's questions through the trainer: forward with cache, gradients of examples, cost at settings, another grid engine. */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { pointsToMatrices } from '../data/features';
import { parameterCount } from '../engine/engine';
import { useCpuBackend } from '../engine/tfjs/testing/tensors';
import { ENGINE_KINDS, type NetworkSpec, type TrainConfig } from '../protocol';
import { layerSizes } from './network';
import { circlePoints } from './testing/toy-data';
import { createTrainer, type Trainer } from './trainer';

beforeAll(async () => {
  await useCpuBackend();
});

const spec: NetworkSpec = { features: ['x1', 'x2'], hidden: [{ units: 4, activation: 'tanh' }], init: 'xavier', seed: 3 };
const config: TrainConfig = {
  learningRate: 0.1,
  batchSize: 10,
  optimizer: 'adam',
  regularization: 'l2',
  lambda: 0.2,
  untilEpoch: null,
  seed: 5,
  maxEpochsPerSecond: null,
};
const points = circlePoints(60, 4);
const train = pointsToMatrices(points.filter((p) => p.split === 'train'), spec.features);

let trainers: Trainer[] = [];
afterEach(() => {
  trainers.forEach((t) => t.dispose());
  trainers = [];
});

describe.each(ENGINE_KINDS)('trainer queries (%s engine)', (engine) => {
  it('the output row of forwardExamples and the cost at the current parameters agree with the snapshot', async () => {
    const trainer = createTrainer({ spec, trainConfig: config, points, engine });
    trainers.push(trainer);
    trainer.train({ maxSteps: 30 });
    const snapshot = await trainer.snapshot(0);
    const cache = await trainer.forwardExamples(train.X, train.m);
    expect(cache).toHaveLength(2);
    const correct = Array.from(cache[1]!.A).filter((a, j) => (a >= 0.5 ? 1 : 0) === train.Y[j]).length;
    expect(correct / train.m).toBeCloseTo(snapshot.trainAccuracy, 6);
    const flat = Float32Array.from(snapshot.params.flatMap((p) => [...p.W, ...p.b]));
    expect(flat).toHaveLength(parameterCount(layerSizes(spec)));
    const [cost] = await trainer.costAt(flat, 1);
    expect(cost).toBeCloseTo(snapshot.trainCost, 5);
  });

  it('exampleGradients over the training set, with the penalty, are the snapshot’s gradients', async () => {
    const trainer = createTrainer({ spec, trainConfig: config, points, engine });
    trainers.push(trainer);
    trainer.train({ maxSteps: 30 });
    const snapshot = await trainer.snapshot(0);
    const grads = await trainer.exampleGradients(train.X, train.Y, train.m);
    grads.forEach((g, l) => {
      expect(g.dZ).toHaveLength(snapshot.params[l]!.rows * train.m);
      g.dW.forEach((d, i) => expect(d + g.dWPenalty[i]!).toBeCloseTo(snapshot.gradients[l]!.W[i]!, 5));
      g.db.forEach((d, i) => expect(d).toBeCloseTo(snapshot.gradients[l]!.b[i]!, 5));
    });
  });
});

describe('gridEngine', () => {
  it('a grid evaluated on the other engine equals the training engine’s, and nothing else changes', async () => {
    const [own, other] = (['js', 'tfjs'] as const).map((gridEngine) => {
      const trainer = createTrainer({ spec, trainConfig: config, points, engine: 'js', gridEngine });
      trainers.push(trainer);
      trainer.train({ maxSteps: 25 });
      return trainer.snapshot(7);
    });
    const [a, b] = await Promise.all([own!, other!]);
    expect(b.layerGrids).toHaveLength(2);
    b.layerGrids.forEach((grid, l) => {
      expect(grid).toHaveLength(a.layerGrids[l]!.length);
      grid.forEach((v, i) => expect(v).toBeCloseTo(a.layerGrids[l]![i]!, 5));
    });
    expect(b.trainCost).toBe(a.trainCost);
    expect(b.engine).toBe('js');
    expect(Array.from(b.params[0]!.W)).toEqual(Array.from(a.params[0]!.W));
  });
});
