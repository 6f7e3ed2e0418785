import { describe, expect, it } from 'vitest';
import { parseConfig } from '../config';
import type { PlaygroundConfig } from '../config/types';
import type { TrainingSnapshot } from '../protocol';
import {
  CHECKS,
  hiddenUnitSpread,
  hiddenUnitsDiffer,
  hiddenUnitsIdentical,
  initialProgress,
  isDiverging,
  observeConfig,
  observeInspectors,
  observePointLoss,
  observeSnapshot,
  observeStepThrough,
  parameterCount,
  type LessonProgress,
  type PointLossEvent,
} from './checks';

const configOf = (query: string): PlaygroundConfig => parseConfig(query).config;

/** A snapshot with the given numbers; layer 1's maps are `unitValues[u]` everywhere (grid 2×2). */
function snap(fields: Partial<TrainingSnapshot> & { unitValues?: number[] } = {}): TrainingSnapshot {
  const { unitValues = [], ...rest } = fields;
  const cells = 4;
  const grid = new Float32Array(unitValues.length * cells);
  unitValues.forEach((v, u) => grid.fill(v, u * cells, (u + 1) * cells));
  return {
    runId: 0, pointsVersion: 1, epoch: 0, step: 0, isTraining: true, hasDiverged: false,
    trainCost: 0.69, testCost: 0.69, trainAccuracy: 0.5, testAccuracy: 0.5, backend: 'cpu', engine: 'js', gridEngine: 'js',
    stepsPerSecond: 0, epochsPerSecond: 0, newCosts: [], gridSize: 2,
    layerGrids: [grid], params: [], gradients: [],
    ...rest,
  };
}

/** Feeds a config and then snapshots into a fresh progress. */
function run(query: string, ...snapshots: Partial<TrainingSnapshot & { unitValues: number[] }>[]): LessonProgress {
  return snapshots.reduce<LessonProgress>((p, s) => observeSnapshot(p, snap(s)), initialProgress(configOf(query)));
}
const feed = (p: LessonProgress, ...snapshots: Partial<TrainingSnapshot & { unitValues: number[] }>[]) =>
  snapshots.reduce<LessonProgress>((q, s) => observeSnapshot(q, snap(s)), p);

describe('snapshot predicates', () => {
  it('measures how different the first layer units are', () => {
    const config = configOf('layers=3');
    expect(hiddenUnitSpread(config, snap({ unitValues: [0.2, 0.2, 0.2] }))).toBe(0);
    expect(hiddenUnitsIdentical(config, snap({ unitValues: [0.2, 0.2, 0.2] }))).toBe(true);
    expect(hiddenUnitsDiffer(config, snap({ unitValues: [0.2, 0.2, 0.5] }))).toBe(true);
    expect(hiddenUnitsIdentical(config, snap({ unitValues: [0.2, 0.2, 0.5] }))).toBe(false);
    // A grid of another architecture (stale) is neither.
    expect(hiddenUnitSpread(config, snap({ unitValues: [0.2, 0.2] }))).toBeNaN();
    expect(hiddenUnitsIdentical(config, snap({ unitValues: [0.2, 0.2] }))).toBe(false);
    expect(hiddenUnitsDiffer(configOf('layers=3'), snap({ unitValues: [NaN, 0, 0] }))).toBe(false);
  });
  it('sees divergence as NaN or a cost that rose', () => {
    expect(isDiverging(snap({ trainCost: NaN }), 0.5)).toBe(true);
    expect(isDiverging(snap({ hasDiverged: true, trainCost: 0.1 }), 0.1)).toBe(true);
    expect(isDiverging(snap({ trainCost: 1.2 }), 0.69)).toBe(true);
    expect(isDiverging(snap({ trainCost: 0.7 }), 0.69)).toBe(false);
  });
  it('counts the parameters W and b from the layer sizes', () => {
    expect(parameterCount(configOf('layers=none'))).toBe(3); // w₁, w₂, b
    expect(parameterCount(configOf('layers=4'))).toBe(4 * 2 + 4 + 4 + 1); // 17
    expect(parameterCount(configOf('layers=8,8,8&features=x1,x2,x1sq'))).toBe(8 * 3 + 8 + 8 * 8 + 8 + 8 * 8 + 8 + 8 + 1);
  });
});

describe('observing', () => {
  it('ignores snapshots of an older network after an architecture change', () => {
    let p = run('layers=4', { runId: 0, epoch: 300, trainAccuracy: 0.9 });
    p = observeConfig(p, configOf('layers=4,4'));
    expect(p.snapshot).toBeNull();
    p = feed(p, { runId: 0, epoch: 310, trainAccuracy: 0.95 });
    expect(p.snapshot).toBeNull();
    p = feed(p, { runId: 1, epoch: 3 });
    expect(p.snapshot?.epoch).toBe(3);
  });
  it('keeps the snapshot when only a training setting changes', () => {
    const p = observeConfig(run('layers=4', { epoch: 10 }), configOf('layers=4&lr=0.3'));
    expect(p.snapshot?.epoch).toBe(10);
  });
});

describe('CHECKS', () => {
  it('1 logisticFits: high accuracy and low J with no hidden layer', () => {
    expect(CHECKS.logisticFits(run('dataset=blobs&layers=none', { epoch: 20, trainAccuracy: 1, trainCost: 0.05 }))).toBe(true);
    expect(CHECKS.logisticFits(run('dataset=blobs&layers=none', { epoch: 20, trainAccuracy: 1, trainCost: 0.3 }))).toBe(false);
    expect(CHECKS.logisticFits(run('dataset=blobs&layers=4', { epoch: 20, trainAccuracy: 1, trainCost: 0.05 }))).toBe(false);
    expect(CHECKS.logisticFits(run('dataset=blobs&layers=none', { epoch: 0, trainAccuracy: 1, trainCost: 0.05 }))).toBe(false);
  });
  it('2 linearStalls: a line on the flower after 100 epochs', () => {
    expect(CHECKS.linearStalls(run('dataset=flower&layers=none', { epoch: 120, trainAccuracy: 0.54 }))).toBe(true);
    expect(CHECKS.linearStalls(run('dataset=flower&layers=none', { epoch: 50, trainAccuracy: 0.54 }))).toBe(false);
    expect(CHECKS.linearStalls(run('dataset=flower&layers=4', { epoch: 120, trainAccuracy: 0.54 }))).toBe(false);
  });
  it('3 petalsAppear: 85 % on the flower with a hidden layer', () => {
    expect(CHECKS.petalsAppear(run('dataset=flower&layers=4', { epoch: 100, trainAccuracy: 0.88 }))).toBe(true);
    expect(CHECKS.petalsAppear(run('dataset=flower&layers=4', { epoch: 100, trainAccuracy: 0.8 }))).toBe(false);
  });
  it('4 steppedThrough: passed once step-through reaches an applied update, and stays passed', () => {
    let progress = initialProgress(configOf('layers=4'));
    expect(CHECKS.steppedThrough(progress)).toBe(false);
    progress = observeStepThrough(progress, { stage: 'update', layers: 2, m: 10, isUpdateApplied: false });
    expect(CHECKS.steppedThrough(progress)).toBe(false);
    progress = observeStepThrough(progress, { stage: 'update', layers: 2, m: 10, isUpdateApplied: true });
    expect(CHECKS.steppedThrough(progress)).toBe(true);
    expect(CHECKS.steppedThrough(observeStepThrough(progress, { stage: 'forward-1', layers: 2, m: 10, isUpdateApplied: false }))).toBe(true);
  });
  it('remembers each stage seen once, with its step’s L and m', () => {
    let progress = initialProgress(configOf('layers=4'));
    for (const stage of ['forward-1', 'forward-2', 'forward-1']) progress = observeStepThrough(progress, { stage, layers: 2, m: 10, isUpdateApplied: false });
    progress = observeStepThrough(progress, { stage: 'forward-1', layers: 2, m: 5, isUpdateApplied: false });
    expect(progress.stagesSeen).toEqual([
      { stage: 'forward-1', layers: 2, m: 10 },
      { stage: 'forward-2', layers: 2, m: 10 },
      { stage: 'forward-1', layers: 2, m: 5 },
    ]);
  });

  it('5 activationsCompared: two activations trained for 50 epochs each', () => {
    let p = run('layers=4&act=sigmoid', { epoch: 60 });
    expect(CHECKS.activationsCompared(p)).toBe(false);
    p = observeConfig(p, configOf('layers=4&act=relu'));
    p = feed(p, { runId: 0, epoch: 80 }); // stale: still the sigmoid run
    expect(CHECKS.activationsCompared(p)).toBe(false);
    p = feed(p, { runId: 1, epoch: 20 });
    expect(CHECKS.activationsCompared(p)).toBe(false);
    p = feed(p, { runId: 1, epoch: 50 });
    expect(CHECKS.activationsCompared(p)).toBe(true);
  });
  it('6 nonlinearNeeded: linear layers stall, then a non-linear network fits', () => {
    let p = run('layers=4,4&act=linear', { epoch: 150, trainAccuracy: 0.67 });
    expect(p.sawLinearStall).toBe(true);
    expect(CHECKS.nonlinearNeeded(p)).toBe(false);
    p = feed(observeConfig(p, configOf('layers=4,4&act=tanh,linear')), { runId: 1, epoch: 200, trainAccuracy: 0.97 });
    expect(CHECKS.nonlinearNeeded(p)).toBe(true);
    // Fitting without having seen the stall is not enough.
    expect(CHECKS.nonlinearNeeded(run('layers=4,4&act=tanh', { epoch: 200, trainAccuracy: 0.97 }))).toBe(false);
  });
  it('7 symmetryBroken: identical units with zeros, then different ones', () => {
    let p = run('layers=4&init=zeros', { epoch: 30, unitValues: [0, 0, 0, 0] });
    expect(p.sawSymmetry).toBe(true);
    p = observeConfig(p, configOf('layers=4&init=small'));
    p = feed(p, { runId: 1, epoch: 30, unitValues: [0, 0.3, -0.2, 0.1] });
    expect(CHECKS.symmetryBroken(p)).toBe(true);
    expect(CHECKS.symmetryBroken(run('layers=4&init=small', { epoch: 30, unitValues: [0, 0.3, -0.2, 0.1] }))).toBe(false);
    expect(run('layers=4&init=zeros', { epoch: 30, unitValues: [0, 0.3, 0, 0] }).sawSymmetry).toBe(false);
  });
  it('8 learningRateTuned: diverge, then lower the rate and fit', () => {
    let p = run('lr=10', { epoch: 0, trainCost: 0.69 }, { epoch: 10, trainCost: 1.1 });
    expect(p.divergedAtLearningRate).toBe(10);
    p = observeConfig(p, configOf('lr=0.3'));
    p = feed(p, { runId: 0, epoch: 20, trainCost: 1.2 }); // still the diverged run
    expect(CHECKS.learningRateTuned(p)).toBe(false);
    p = feed(p, { runId: 1, epoch: 0, trainCost: 0.7 }, { runId: 1, epoch: 200, trainCost: 0.07 });
    expect(CHECKS.learningRateTuned(p)).toBe(true);
    // A low cost without having seen divergence does not count.
    expect(CHECKS.learningRateTuned(run('lr=0.3', { epoch: 200, trainCost: 0.07 }))).toBe(false);
    // NaN also counts as diverged.
    expect(run('lr=3', { epoch: 5, trainCost: NaN, hasDiverged: true }).divergedAtLearningRate).toBe(3);
  });
  it('9 deepSpiral: three layers and 95 %', () => {
    expect(CHECKS.deepSpiral(run('dataset=spiral&layers=8,8,8', { epoch: 200, trainAccuracy: 0.97 }))).toBe(true);
    expect(CHECKS.deepSpiral(run('dataset=spiral&layers=8', { epoch: 200, trainAccuracy: 0.97 }))).toBe(false);
    expect(CHECKS.deepSpiral(run('dataset=spiral&layers=8,8,8', { epoch: 200, trainAccuracy: 0.9 }))).toBe(false);
  });
  it('10 sizeCompared: a tiny layer underfits, a large one overfits', () => {
    let p = run('dataset=flower&layers=1', { epoch: 150, trainAccuracy: 0.65, testAccuracy: 0.55 });
    expect(p.sawUnderfit).toBe(true);
    p = observeConfig(p, configOf('dataset=flower&layers=20'));
    p = feed(p, { runId: 1, epoch: 100, trainAccuracy: 0.9, testAccuracy: 0.78 });
    expect(CHECKS.sizeCompared(p)).toBe(false);
    // A gap that small layers open too (the petals overlap) is not yet overfitting.
    p = feed(p, { runId: 1, epoch: 500, trainAccuracy: 0.92, testAccuracy: 0.77 });
    expect(CHECKS.sizeCompared(p)).toBe(false);
    p = feed(p, { runId: 1, epoch: 800, trainAccuracy: 0.96, testAccuracy: 0.73 });
    expect(CHECKS.sizeCompared(p)).toBe(true);
    expect(CHECKS.sizeCompared(run('dataset=flower&layers=20', { epoch: 800, trainAccuracy: 0.96, testAccuracy: 0.73 }))).toBe(false);
    let small = run('dataset=flower&layers=1', { epoch: 150, trainAccuracy: 0.65, testAccuracy: 0.55 });
    small = observeConfig(small, configOf('dataset=flower&layers=5'));
    small = feed(small, { runId: 1, epoch: 800, trainAccuracy: 0.96, testAccuracy: 0.73 });
    expect(CHECKS.sizeCompared(small)).toBe(false);
  });
  it('11 parametersCounted: two networks with different parameter counts trained', () => {
    let p = run('layers=4', { epoch: 60 });
    p = observeConfig(p, configOf('layers=4&lr=1'));
    p = feed(p, { epoch: 120 });
    expect(CHECKS.parametersCounted(p)).toBe(false);
    p = feed(observeConfig(p, configOf('layers=5')), { runId: 1, epoch: 60 });
    expect(CHECKS.parametersCounted(p)).toBe(true);
  });
});

describe('the step-through checks', () => {
  const seen = (stages: [string, number, number][]) =>
    stages.reduce((p, [stage, layers, m]) => observeStepThrough(p, { stage, layers, m, isUpdateApplied: false }), initialProgress(configOf('layers=none')));
  it('graphBackward: logistic regression’s backward stage, not a deeper network’s', () => {
    expect(CHECKS.graphBackward(seen([['forward-1', 1, 5], ['cost', 1, 5]]))).toBe(false);
    expect(CHECKS.graphBackward(seen([['backward-1', 2, 5]]))).toBe(false);
    expect(CHECKS.graphBackward(seen([['backward-1', 1, 1]]))).toBe(true);
  });
  it('loopVectorised: the same stage over more than one example', () => {
    expect(CHECKS.loopVectorised(seen([['backward-1', 1, 1]]))).toBe(false);
    expect(CHECKS.loopVectorised(seen([['backward-1', 1, 40]]))).toBe(true);
  });
  it('broadcastSeen: a hidden layer’s forward stage over several examples', () => {
    expect(CHECKS.broadcastSeen(seen([['forward-1', 1, 10]]))).toBe(false);
    expect(CHECKS.broadcastSeen(seen([['forward-1', 2, 1]]))).toBe(false);
    expect(CHECKS.broadcastSeen(seen([['forward-1', 2, 10]]))).toBe(true);
  });
});

describe('layersSeparate', () => {
  const progress = (query: string, accuracy: number, open: string[]) =>
    observeInspectors(run(query, { epoch: 30, trainAccuracy: accuracy }), open);
  it('passes with the layer space open once the last 2-unit layer’s line separates 95 %', () => {
    expect(CHECKS.layersSeparate(progress('dataset=circle&layers=4,2', 0.96, ['layerspace']))).toBe(true);
  });
  it('needs the layer space open, a deep network ending in 2 units, and the separation', () => {
    expect(CHECKS.layersSeparate(progress('dataset=circle&layers=4,2', 0.96, ['shapes']))).toBe(false);
    expect(CHECKS.layersSeparate(progress('dataset=circle&layers=4,3', 0.96, ['layerspace']))).toBe(false);
    expect(CHECKS.layersSeparate(progress('dataset=circle&layers=2', 0.96, ['layerspace']))).toBe(false);
    expect(CHECKS.layersSeparate(progress('dataset=circle&layers=4,2', 0.9, ['layerspace']))).toBe(false);
  });
});

describe('notationCounted', () => {
  it('passes with Shapes open on two hidden layers (L = 3), not before', () => {
    const one = initialProgress(configOf('layers=4'));
    expect(CHECKS.notationCounted(observeInspectors(one, ['shapes']))).toBe(false);
    const two = observeConfig(observeInspectors(one, ['shapes']), configOf('layers=4,4'));
    expect(CHECKS.notationCounted(two)).toBe(true);
    expect(CHECKS.notationCounted(observeInspectors(two, ['equations']))).toBe(false);
  });
});

describe('descentTuned', () => {
  const base = 'dataset=moons&noise=20&layers=none&batch=full';
  /** Crawls at α = 0.001, overshoots at 10, then settles at `finalLr`. */
  const lesson = (finalLr: string, finalCost: number, landscape = true) => {
    let p = observeInspectors(initialProgress(configOf(`${base}&lr=0.001`)), landscape ? ['landscape'] : []);
    p = feed(p, { epoch: 20, trainCost: 0.69 }, { epoch: 60, trainCost: 0.68 });
    p = feed(observeConfig(p, configOf(`${base}&lr=10`)), { epoch: 61, trainCost: 3.1 }, { epoch: 70, trainCost: 0.8 });
    return feed(observeConfig(p, configOf(`${base}&lr=${finalLr}`)), { epoch: 80, trainCost: 0.5 }, { epoch: 90, trainCost: finalCost });
  };
  it('passes after a crawl, an overshoot and a good α reaching the bottom, on the landscape', () => {
    expect(CHECKS.descentTuned(lesson('1', 0.353))).toBe(true);
  });
  it('fails without each part: the landscape, the bottom, a smaller α than the one that overshot', () => {
    expect(CHECKS.descentTuned(lesson('1', 0.353, false))).toBe(false);
    expect(CHECKS.descentTuned(lesson('1', 0.4))).toBe(false);
    expect(CHECKS.descentTuned(lesson('10', 0.353))).toBe(false);
  });
  it('needs the crawl: 50 epochs at a tiny α with J still high', () => {
    let p = observeInspectors(initialProgress(configOf(`${base}&lr=0.001`)), ['landscape']);
    p = feed(p, { epoch: 30, trainCost: 0.69 });
    p = feed(observeConfig(p, configOf(`${base}&lr=10`)), { epoch: 31, trainCost: 3.1 });
    p = feed(observeConfig(p, configOf(`${base}&lr=1`)), { epoch: 50, trainCost: 0.353 });
    expect(p.sawSlowDescent).toBe(false);
    expect(CHECKS.descentTuned(p)).toBe(false);
  });
});

describe('blocksChained', () => {
  const through = (layers: number, stages: string[], isApplied: boolean) =>
    stages.reduce(
      (p, stage) => observeStepThrough(p, { stage, layers, m: 10, isUpdateApplied: isApplied && stage === 'update' }),
      initialProgress(configOf('layers=4,3')),
    );
  const all = ['forward-1', 'forward-2', 'forward-3', 'cost', 'backward-3', 'backward-2', 'backward-1', 'update'];
  it('passes once every block of L = 3 is seen both ways and the update applied', () => {
    expect(CHECKS.blocksChained(through(3, all, true))).toBe(true);
  });
  it('fails with a block missed, no update, or a shallower network', () => {
    expect(CHECKS.blocksChained(through(3, all.filter((s) => s !== 'backward-2'), true))).toBe(false);
    expect(CHECKS.blocksChained(through(3, all, false))).toBe(false);
    expect(CHECKS.blocksChained(through(2, ['forward-1', 'forward-2', 'cost', 'backward-2', 'backward-1', 'update'], true))).toBe(false);
  });
});

describe('lossVsCost', () => {
  const reading = (loss: number, cost: number, more: Partial<PointLossEvent> = {}): PointLossEvent => ({ index: 3, loss, cost, m: 100, runId: 1, step: 100, ...more });
  const seen = (...events: PointLossEvent[]) => events.reduce(observePointLoss, initialProgress(configOf('layers=none')));
  it('passes when a point’s loss rises past 1 and J rises by that change over m, the weights unchanged', () => {
    expect(CHECKS.lossVsCost(seen(reading(0.05, 0.1), reading(0.6, 0.1055), reading(2.05, 0.12)))).toBe(true);
  });
  it('fails when J moved by more than L/m (the weights changed), or the loss stayed small, or another step or point', () => {
    expect(CHECKS.lossVsCost(seen(reading(0.05, 0.1), reading(2.05, 0.15)))).toBe(false);
    expect(CHECKS.lossVsCost(seen(reading(0.05, 0.1), reading(0.5, 0.1045)))).toBe(false);
    expect(CHECKS.lossVsCost(seen(reading(0.05, 0.1), reading(2.05, 0.12, { step: 101 })))).toBe(false);
    expect(CHECKS.lossVsCost(seen(reading(0.05, 0.1), reading(2.05, 0.12, { index: 4 })))).toBe(false);
  });
  it('keeps only the newest readings', () => {
    const many = Array.from({ length: 100 }, (_, i) => reading(0.05 + i * 1e-4, 0.1));
    expect(seen(...many).pointLosses).toHaveLength(64);
  });
});
