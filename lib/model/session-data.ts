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

/** At most `maxColumns` examples of a split, evenly spread over it (all of them when it has no more). */
export function sampleColumns(split: DataSplit, maxColumns: number): DataSplit {
  if (split.m <= maxColumns) return split;
  const n0 = split.X.length / split.m;
  const m = Math.max(1, Math.floor(maxColumns));
  const X = new Float32Array(n0 * m);
  const Y = new Float32Array(m);
  for (let j = 0; j < m; j++) {
    const source = Math.floor((j * split.m) / m);
    Y[j] = split.Y[source]!;
    for (let r = 0; r < n0; r++) X[r * m + j] = split.X[r * split.m + source]!;
  }
  return { X, Y, m };
}
