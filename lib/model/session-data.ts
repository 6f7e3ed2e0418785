/** The trainer's plain data: the splits as matrices, the grid's inputs, and costs waiting for a snapshot. */
import { featureMatrix, pointsToMatrices } from '../data/features';
import { gridCoordinates } from '../data/grid';
import type { DataSplit } from '../engine/engine';
import type { CostPoint, Feature, LabeledPoint, NetworkSpec, Split } from '../protocol';

/** The points of one split as X (n⁰ × m) and Y, or null when it has none. */
export function splitOf(points: readonly LabeledPoint[], spec: NetworkSpec, split: Split): DataSplit | null {
  const chosen = points.filter((p) => p.split === split);
  return chosen.length ? pointsToMatrices(chosen, spec.features) : null;
}

/** X (features × gridSize²) for the cell centres of the plane, row 0 at the top. */
export function gridFeatures(gridSize: number, features: readonly Feature[]): Float32Array {
  const { xs, ys } = gridCoordinates(gridSize);
  return featureMatrix(xs, ys, features);
}

/** Costs of the epochs one engine call completed, read when the next snapshot is built. */
export interface PendingCosts {
  epochs: number[];
  costs: Promise<Float32Array>;
}

/** The cost points of the pending epochs, in order. */
export async function newCostsOf(taken: readonly PendingCosts[]): Promise<CostPoint[]> {
  const values = await Promise.all(taken.map((p) => p.costs));
  return taken.flatMap((p, i) =>
    p.epochs.map((epoch, e): CostPoint => ({ epoch, trainCost: values[i]![2 * e] ?? NaN, testCost: values[i]![2 * e + 1] ?? NaN })),
  );
}
