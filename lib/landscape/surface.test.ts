import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { useCpuBackend } from '../engine/tfjs/testing/tensors';
import { createTrainer, type Trainer } from '../model/trainer';
import { circlePoints } from '../model/testing/toy-data';
import type { LayerParams, NetworkSpec, TrainConfig } from '../protocol';
import { coordinatesOf, descentOnPlane, flatIndexOf, flatten, gridSettings, normalisedDirection, planeOf, pointOnPlane, rangeAround, thinTrail, unflatten, MIN_HALF_WIDTH, appendToTrail, emptyTrail, trailPoints } from './surface';

beforeAll(async () => {
  await useCpuBackend();
});

const params: LayerParams[] = [
  { rows: 2, cols: 3, W: Float32Array.of(1, 2, 3, 4, 5, 6), b: Float32Array.of(7, 8) },
  { rows: 1, cols: 2, W: Float32Array.of(9, 10), b: Float32Array.of(11) },
];

describe('flat parameters', () => {
  it('are W¹ row by row, b¹, W², b², and a parameter axis points at its entry', () => {
    const flat = flatten(params);
    expect(Array.from(flat)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(unflatten(flat, params)).toEqual(params);
    expect(flat[flatIndexOf(params, { kind: 'param', layer: 1, row: 1, col: 2 })!]).toBe(6);
    expect(flat[flatIndexOf(params, { kind: 'param', layer: 1, row: 1, col: null })!]).toBe(8);
    expect(flat[flatIndexOf(params, { kind: 'param', layer: 2, row: 0, col: 1 })!]).toBe(10);
    expect(flat[flatIndexOf(params, { kind: 'param', layer: 2, row: 0, col: null })!]).toBe(11);
    expect(flatIndexOf(params, { kind: 'param', layer: 3, row: 0, col: 0 })).toBeNull();
    expect(flatIndexOf(params, { kind: 'param', layer: 1, row: 0, col: 3 })).toBeNull();
  });
});

describe('random directions', () => {
  it('are normalised per unit to the norm of its weights, with zero biases (Li et al.)', () => {
    const d = normalisedDirection(params, 5);
    expect(Math.hypot(d[0]!, d[1]!, d[2]!)).toBeCloseTo(Math.hypot(1, 2, 3), 5);
    expect(Math.hypot(d[3]!, d[4]!, d[5]!)).toBeCloseTo(Math.hypot(4, 5, 6), 5);
    expect(Math.hypot(d[8]!, d[9]!)).toBeCloseTo(Math.hypot(9, 10), 5);
    expect([d[6], d[7], d[10]]).toEqual([0, 0, 0]);
    expect(Array.from(normalisedDirection(params, 5))).toEqual(Array.from(d));
    expect(Array.from(normalisedDirection(params, 6))).not.toEqual(Array.from(d));
  });

  it('a point of the plane gets its own coordinates back, on parameter axes and on random directions', () => {
    const center = flatten(params);
    for (const axes of [
      [{ kind: 'param', layer: 2, row: 0, col: 0 }, { kind: 'param', layer: 2, row: 0, col: null }],
      [{ kind: 'direction', index: 1 }, { kind: 'direction', index: 2 }],
    ] as const) {
      const plane = planeOf(params, axes, 3)!;
      const [x, y] = [plane.origin[0] + 0.7, plane.origin[1] - 1.3];
      const [cx, cy] = coordinatesOf(pointOnPlane(center, plane, x, y), center, plane);
      expect(cx).toBeCloseTo(x, 4);
      expect(cy).toBeCloseTo(y, 4);
    }
    const plane = planeOf(params, [{ kind: 'param', layer: 2, row: 0, col: 0 }, { kind: 'param', layer: 1, row: 1, col: null }], 3)!;
    expect(plane.origin).toEqual([9, 8]);
    const gradient = Float32Array.from({ length: 11 }, (_, i) => i / 10);
    expect(descentOnPlane(gradient, plane).map((g) => Number(g.toFixed(6)))).toEqual([-0.8, -0.7]);
  });
});

describe('range and trail', () => {
  it('holds every point with a margin and at least ±MIN_HALF_WIDTH around the newest', () => {
    const range = rangeAround([
      [0, 0],
      [4, -2],
    ]);
    expect(range.x0).toBeLessThan(0);
    expect(range.x1).toBeGreaterThan(4 + MIN_HALF_WIDTH - 1e-9);
    expect(range.y0).toBeLessThan(-2 - MIN_HALF_WIDTH + 1e-9);
    expect(range.y1).toBeGreaterThan(0);
  });

  it('thins a trail evenly without losing its first and last points', () => {
    const trail = Array.from({ length: 1000 }, (_, i) => i);
    const thinned = thinTrail(trail, 50);
    expect(thinned).toHaveLength(50);
    expect(thinned[0]).toBe(0);
    expect(thinned.at(-1)).toBe(999);
    expect(thinTrail([1, 2, 3], 50)).toEqual([1, 2, 3]);
  });
});

describe('the surface through the trainer', () => {
  const spec: NetworkSpec = { features: ['x1', 'x2'], hidden: [{ units: 3, activation: 'tanh' }], init: 'xavier', seed: 2 };
  const config: TrainConfig = { learningRate: 0.1, batchSize: 10, optimizer: 'gd', regularization: 'l2', lambda: 0.1, untilEpoch: null, seed: 1, maxEpochsPerSecond: null };
  let trainer: Trainer | null = null;
  afterEach(() => trainer?.dispose());

  it.each(['js', 'tfjs'] as const)('its value at the current parameters is the training cost (%s engine)', async (engine) => {
    trainer = createTrainer({ spec, trainConfig: config, points: circlePoints(60, 3, 4), engine });
    trainer.train({ maxSteps: 20 });
    const snapshot = await trainer.snapshot(0);
    const center = flatten(snapshot.params);
    for (const axes of [
      [{ kind: 'param', layer: 1, row: 0, col: 0 }, { kind: 'param', layer: 1, row: 0, col: null }],
      [{ kind: 'direction', index: 1 }, { kind: 'direction', index: 2 }],
    ] as const) {
      const plane = planeOf(snapshot.params, axes, 9)!;
      const range = { x0: plane.origin[0] - 1, x1: plane.origin[0] + 1, y0: plane.origin[1] - 1, y1: plane.origin[1] + 1 };
      const costs = await trainer.costAt(gridSettings(center, plane, range, 3), 9);
      expect(costs[4]).toBeCloseTo(snapshot.trainCost, 5);
      expect(costs.every((c) => Number.isFinite(c))).toBe(true);
      expect(new Set(Array.from(costs)).size).toBeGreaterThan(1);
    }
  });
});

describe('appendToTrail', () => {
  it('keeps the first and newest points and points all along a trail built one point at a time', () => {
    let growing = emptyTrail<number>();
    for (let i = 0; i < 1000; i++) growing = appendToTrail(growing, i, 50);
    const trail = trailPoints(growing);
    expect(trail[0]).toBe(0);
    expect(trail.at(-1)).toBe(999);
    expect(trail.length).toBeLessThanOrEqual(50);
    expect(trail.length).toBeGreaterThan(25);
    const gaps = trail.slice(1).map((v, i) => v - trail[i]!);
    expect(Math.max(...gaps)).toBeLessThanOrEqual((4 * 999) / (trail.length - 1));
    expect(trailPoints(appendToTrail(appendToTrail(emptyTrail<number>(), 1, 50), 2, 50))).toEqual([1, 2]);
  });
});
