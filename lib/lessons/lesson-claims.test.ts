/**
 * What the lesson texts claim about training runs, measured with the plain-JS engine on the
 * lessons' own presets, so that a change of preset, data or engine that breaks a claim is caught.
 */
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../config';
import type { PlaygroundConfig } from '../config/types';
import { generatePoints } from '../data';
import { createTrainer } from '../model/trainer';
import type { NetworkSpec, TrainConfig, TrainingSnapshot } from '../protocol';
import { OVERFIT_GAP } from './checks';
import { loadLessons } from './content';

const presetOf = (slug: string) => loadLessons().find((lesson) => lesson.slug === slug)!.text.en.preset;

/** The network and training of a one-activation configuration, as the playground builds them. */
const specOf = (c: PlaygroundConfig): NetworkSpec => ({
  features: c.features,
  hidden: c.layers.map((units) => ({ units, activation: c.activations[0]! })),
  init: c.init,
  seed: c.seed,
});
const trainingOf = (c: PlaygroundConfig): TrainConfig => ({
  learningRate: c.learningRate,
  batchSize: c.batchSize,
  optimizer: c.optimizer,
  regularization: c.regularization,
  lambda: c.lambda,
  untilEpoch: null,
  seed: c.seed,
  maxEpochsPerSecond: null,
});

/** Training of `config`, a snapshot every `every` epochs up to `epochs`. */
async function run(config: PlaygroundConfig, epochs: number, every = 50): Promise<TrainingSnapshot[]> {
  const points = generatePoints(config.dataset, { n: config.n, noise: config.noise, seed: config.seed, trainPercent: config.trainPercent });
  const trainer = createTrainer({ engine: 'js', spec: specOf(config), trainConfig: trainingOf(config), points });
  const snapshots: TrainingSnapshot[] = [];
  try {
    for (let epoch = every; epoch <= epochs; epoch += every) {
      trainer.train({ maxSteps: Infinity, stopAtEpoch: epoch });
      snapshots.push(await trainer.snapshot(4));
    }
  } finally {
    trainer.dispose();
  }
  return snapshots;
}

const widestGap = (snapshots: TrainingSnapshot[]) =>
  Math.max(...snapshots.filter((s) => s.epoch >= 200).map((s) => s.trainAccuracy - s.testAccuracy));

describe('lesson 9: hidden-layer size', () => {
  const preset = parseConfig(presetOf('hidden-layer-size')).config;
  const withUnits = (units: number) => ({ ...preset, layers: [units] });

  it('on the course’s flower data, 3 units already reach about 91 % training accuracy', async () => {
    const snapshots = await run({ ...withUnits(3), noise: 0, trainPercent: 70 }, 500);
    expect(snapshots.at(-1)!.trainAccuracy).toBeGreaterThanOrEqual(0.9);
  });

  it('layers of 1 to 5 units never open the overfitting gap within the 1000 epochs', async () => {
    for (const units of [1, 2, 3, 4, 5]) {
      expect(widestGap(await run(withUnits(units), 1000)), `${units} units`).toBeLessThan(OVERFIT_GAP - 0.03);
    }
  });

  it('20 and 50 units open it: training accuracy rises while test accuracy falls', async () => {
    for (const units of [20, 50]) {
      const snapshots = await run(withUnits(units), 1000);
      expect(widestGap(snapshots), `${units} units`).toBeGreaterThanOrEqual(OVERFIT_GAP + 0.01);
      const [first, last] = [snapshots[0]!, snapshots.at(-1)!];
      expect(last.trainAccuracy).toBeGreaterThan(first.trainAccuracy);
      expect(last.testAccuracy).toBeLessThan(first.testAccuracy);
    }
  });
});

describe('lesson 6: random initialisation', () => {
  const preset = parseConfig(presetOf('random-initialisation')).config;

  it('zero weights with sigmoid units learn (J falls) but every hidden unit stays the same', async () => {
    const [snapshot] = await run(preset, 200, 200);
    expect(snapshot!.trainCost).toBeLessThan(Math.log(2) - 0.02);
    const W1 = Array.from(snapshot!.params[0]!.W);
    expect(Math.max(...W1.map(Math.abs))).toBeGreaterThan(0.1);
    const rows = [0, 1, 2, 3].map((row) => W1.slice(row * 2, row * 2 + 2));
    for (const row of rows) expect(row).toEqual(rows[0]);
  });

  it('zero weights with tanh units are dead: every gradient but the output bias is 0', async () => {
    const [snapshot] = await run({ ...preset, activations: ['tanh'] }, 40, 40);
    const [first, output] = snapshot!.gradients;
    for (const value of [...first!.W, ...first!.b, ...output!.W]) expect(value).toBe(0);
    expect(Math.abs(output!.b[0]!)).toBeGreaterThan(0);
  });
});

describe('§4.4 deep representations', () => {
  it('the 4-2 tanh network separates 95 % of the circle within 100 epochs (the check needs 95 %)', async () => {
    const snapshots = await run(parseConfig(presetOf('deep-representations')).config, 100, 10);
    expect(snapshots.some((s) => s.trainAccuracy >= 0.95)).toBe(true);
  });
});

describe('§2.4 gradient descent on noisy moons', () => {
  const preset = parseConfig(presetOf('gradient-descent')).config;
  it('α = 0.001 crawls: after 50 epochs J is still above 0.5', async () => {
    const [snapshot] = await run(preset, 50, 50);
    expect(snapshot!.trainCost).toBeGreaterThan(0.5);
  });
  it('α = 10 overshoots: J rises more than 0.2 above its lowest within a few epochs', async () => {
    const snapshots = await run({ ...preset, learningRate: 10 }, 20, 1);
    const costs = snapshots.map((s) => s.trainCost);
    expect(costs.some((J, i) => J > Math.min(Math.log(2), ...costs.slice(0, i)) + 0.2)).toBe(true);
  });
  it('α = 1 reaches the bottom of the convex cost, below 0.36', async () => {
    const snapshots = await run({ ...preset, learningRate: 1 }, 100, 10);
    expect(snapshots.at(-1)!.trainCost).toBeLessThan(0.36);
  });
});

describe('§2.2–2.3 loss and cost', () => {
  it('logistic regression on the blobs is right on nearly every point by epoch 100 (the lesson moves one to the wrong side)', async () => {
    const [snapshot] = await run(parseConfig(presetOf('loss-and-cost')).config, 100, 100);
    expect(snapshot!.trainAccuracy).toBeGreaterThanOrEqual(0.97);
  });
});
