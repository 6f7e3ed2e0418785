import type { DatasetName, LabeledPoint } from '../protocol';
import { generateDataset, type DataPoint, type DatasetOptions } from './datasets';
import { createRng, shuffledIndices } from './random';

/**
 * Marks round(n·trainPercent/100) points 'train' (at least one when n ≥ 1) and the rest 'test'.
 * The train points are the first ones of a shuffle seeded by seed, so raising trainPercent only
 * turns test points into train points. Returns new points in the original order.
 * @throws RangeError when trainPercent is outside [0, 100].
 */
export function assignSplit(
  points: readonly DataPoint[],
  trainPercent: number,
  seed: number,
): LabeledPoint[] {
  if (!(trainPercent >= 0 && trainPercent <= 100)) {
    throw new RangeError(`trainPercent must be in [0, 100], got ${trainPercent}`);
  }
  const n = points.length;
  const trainCount = Math.max(Math.min(1, n), Math.round((n * trainPercent) / 100));
  const order = shuffledIndices(n, createRng(seed));
  const isTrain = new Uint8Array(n);
  for (let i = 0; i < trainCount; i++) isTrain[order[i]!] = 1;
  return points.map((p, i) => ({
    x1: p.x1,
    x2: p.x2,
    label: p.label,
    split: isTrain[i] === 1 ? 'train' : 'test',
  }));
}

/**
 * generateDataset then assignSplit. The split is seeded by seed + 1, a stream of its own, so
 * changing trainPercent never moves the points.
 */
export function generatePoints(
  name: DatasetName,
  options: DatasetOptions & { trainPercent: number },
): LabeledPoint[] {
  return assignSplit(generateDataset(name, options), options.trainPercent, options.seed + 1);
}

/**
 * The points as they are, split again at trainPercent with the split stream of `seed` (the one
 * generatePoints uses): re-splitting generated points gives exactly the points generatePoints would.
 */
export function resplitPoints(points: readonly DataPoint[], trainPercent: number, seed: number): LabeledPoint[] {
  return assignSplit(points, trainPercent, seed + 1);
}
