import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { useCpuBackend } from '../engine/tfjs/testing/tensors';
import { createTrainer, type Trainer } from '../model/trainer';
import { sampleColumns } from '../model/session-data';
import { circlePoints } from '../model/testing/toy-data';
import type { EngineKind, NetworkSpec, TrainConfig } from '../protocol';

beforeAll(async () => {
  await useCpuBackend();
});

const config: TrainConfig = { learningRate: 0.1, batchSize: 'full', optimizer: 'gd', regularization: 'none', lambda: 0, untilEpoch: null, seed: 1, maxEpochsPerSecond: null };
const points = circlePoints(120, 5);

let trainers: Trainer[] = [];
const make = (spec: NetworkSpec, engine: EngineKind, trainConfig = config) => {
  const trainer = createTrainer({ spec, trainConfig, points, engine, backend: 'cpu' });
  trainers.push(trainer);
  return trainer;
};
afterEach(() => {
  trainers.forEach((t) => t.dispose());
  trainers = [];
});

describe('Trainer.health', () => {
  it('is the same on both engines', async () => {
    const spec: NetworkSpec = { features: ['x1', 'x2'], hidden: [{ units: 6, activation: 'relu' }, { units: 4, activation: 'tanh' }], init: 'xavier', seed: 3 };
    const [js, tfjs] = await Promise.all((['js', 'tfjs'] as const).map((kind) => make(spec, kind).health(1000)));
    expect(js!.layers).toEqual(tfjs!.layers);
    js!.gradientNorms.forEach((n, l) => expect(tfjs!.gradientNorms[l]).toBeCloseTo(n, 5));
    expect(js!.examples).toBe(points.filter((p) => p.split === 'train').length);
  });

  it('sees zero initialisation stay symmetric through training, and a huge learning rate kill every ReLU', async () => {
    const zeros = make({ features: ['x1', 'x2'], hidden: [{ units: 5, activation: 'tanh' }], init: 'zeros', seed: 1 }, 'js');
    zeros.train({ maxSteps: 20 });
    expect((await zeros.health(1000))!.layers[0]!.largestIdenticalGroup).toBe(5);
    const killed = make({ features: ['x1', 'x2'], hidden: [{ units: 8, activation: 'relu' }, { units: 8, activation: 'relu' }], init: 'he', seed: 2 }, 'js', { ...config, learningRate: 10 });
    killed.train({ maxSteps: 200 });
    const health = (await killed.health(1000))!;
    expect(Math.max(...health.layers.map((l) => l.deadShare))).toBeGreaterThanOrEqual(0.5);
  });

  it('samples at most maxExamples training points, evenly', async () => {
    const trainer = make({ features: ['x1', 'x2'], hidden: [{ units: 3, activation: 'tanh' }], init: 'xavier', seed: 1 }, 'js');
    expect((await trainer.health(10))!.examples).toBe(10);
    const split = { X: Float32Array.from([0, 1, 2, 3, 4, 5, 10, 11, 12, 13, 14, 15]), Y: Float32Array.from([0, 1, 0, 1, 0, 1]), m: 6 };
    expect(sampleColumns(split, 3)).toEqual({ X: Float32Array.from([0, 2, 4, 10, 12, 14]), Y: Float32Array.from([0, 0, 0]), m: 3 });
    expect(sampleColumns(split, 6)).toBe(split);
  });
});
