import { describe, expect, it } from 'vitest';
import { circlePoints } from '../model/testing/toy-data';
import type { NetworkSpec, TrainingSnapshot } from '../protocol';
import { createTrainerApi } from '../../workers/trainer-api';
import { formatShape, networkShapes } from './network-shapes';

describe('networkShapes', () => {
  it('gives the course’s dimensions for a 2-4-3-1 network over m = 10', () => {
    const shapes = networkShapes(2, [4, 3], 10);
    expect(shapes.X).toEqual([2, 10]);
    expect(shapes.Y).toEqual([1, 10]);
    expect(shapes.layers).toEqual([
      { layer: 1, W: [4, 2], b: [4, 1], Z: [4, 10], A: [4, 10], dW: [4, 2], db: [4, 1] },
      { layer: 2, W: [3, 4], b: [3, 1], Z: [3, 10], A: [3, 10], dW: [3, 4], db: [3, 1] },
      { layer: 3, W: [1, 3], b: [1, 1], Z: [1, 10], A: [1, 10], dW: [1, 3], db: [1, 1] },
    ]);
  });

  it('has one layer (logistic regression) without hidden layers', () => {
    expect(networkShapes(3, [], 7).layers).toEqual([{ layer: 1, W: [1, 3], b: [1, 1], Z: [1, 7], A: [1, 7], dW: [1, 3], db: [1, 1] }]);
  });

  it('formats a shape as (rows, cols)', () => {
    expect(formatShape([64, 7])).toBe('(64, 7)');
  });

  // The shapes panel must agree with the tensors the engine actually trains.
  it('equals the shapes of the parameters and gradients in a real snapshot', async () => {
    const spec: NetworkSpec = {
      features: ['x1', 'x2', 'x1x2'],
      hidden: [
        { units: 5, activation: 'tanh' },
        { units: 12, activation: 'relu' },
      ],
      init: 'xavier',
      seed: 4,
    };
    const snapshots: TrainingSnapshot[] = [];
    const api = createTrainerApi({
      initBackend: async () => ({ backend: 'cpu' }),
      now: () => performance.now(),
      yieldToEventLoop: () => new Promise((resolve) => setImmediate(resolve)),
    });
    await api.init('cpu', {});
    await api.subscribe((s) => void snapshots.push(s));
    await api.setViewOptions({ gridSize: 4 });
    await api.configure(spec, {
      learningRate: 0.1,
      batchSize: 'full',
      optimizer: 'gd',
      regularization: 'none',
      lambda: 0,
      untilEpoch: null,
      seed: 1,
      maxEpochsPerSecond: null,
    });
    await api.setPoints(circlePoints(40, 2));
    const snapshot = snapshots[snapshots.length - 1]!;
    const shapes = networkShapes(spec.features.length, spec.hidden.map((h) => h.units), 40);
    expect(snapshot.params.map((p) => [p.rows, p.cols])).toEqual(shapes.layers.map((l) => l.W));
    expect(snapshot.params.map((p) => [p.b.length, 1])).toEqual(shapes.layers.map((l) => l.b));
    expect(snapshot.gradients.map((p) => [p.rows, p.cols])).toEqual(shapes.layers.map((l) => l.dW));
    expect(snapshot.gradients.map((p) => [p.b.length, 1])).toEqual(shapes.layers.map((l) => l.db));
    // Every layer's grid holds nˡ maps: the rows of Aˡ.
    expect(snapshot.layerGrids.map((g) => g.length / 16)).toEqual(shapes.layers.map((l) => l.A[0]));
  });
});
