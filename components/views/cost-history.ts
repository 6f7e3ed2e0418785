import type { CostPoint, TrainingSnapshot } from '@/lib/protocol';

/** The finest resolution tried: epochs below this many are kept one by one while the history fits. */
const FINEST_RESOLUTION = 1024;
/** A full history is reduced to at most this share of its limit. */
const REDUCED_SHARE = 0.75;

/**
 * Width (in epochs, a power of two) of the bucket that holds `epoch` at `resolution` buckets per
 * doubling: epochs below `resolution` have width 1, those in [resolution·2ʲ, resolution·2ʲ⁺¹) width 2ʲ.
 * Buckets are aligned dyadic intervals, so halving the resolution only merges whole buckets.
 */
export function bucketWidth(epoch: number, resolution: number): number {
  let width = 1;
  while (epoch >= resolution * width * 2) width *= 2;
  return width;
}

/**
 * The points that stand for one bucket, in epoch order: its first and last point, the lowest and
 * highest training and test cost, and its first non-finite cost (where the line breaks).
 */
function representatives(bucket: readonly CostPoint[]): CostPoint[] {
  const chosen = new Set<CostPoint>([bucket[0]!, bucket[bucket.length - 1]!]);
  for (const key of ['trainCost', 'testCost'] as const) {
    let low: CostPoint | undefined;
    let high: CostPoint | undefined;
    let broken: CostPoint | undefined;
    for (const p of bucket) {
      const value = p[key];
      if (!Number.isFinite(value)) {
        // A test cost that is always NaN (no test points) marks nothing.
        if (broken === undefined && !(key === 'testCost' && Number.isNaN(value))) broken = p;
        continue;
      }
      if (low === undefined || value < low[key]) low = p;
      if (high === undefined || value > high[key]) high = p;
    }
    for (const p of [low, high, broken]) if (p) chosen.add(p);
  }
  return bucket.filter((p) => chosen.has(p));
}

/** Reduces an epoch-ordered history to the representatives of each bucket at `resolution`. */
export function bucketCostHistory(history: readonly CostPoint[], resolution: number): CostPoint[] {
  const out: CostPoint[] = [];
  let start = 0;
  while (start < history.length) {
    const first = history[start]!.epoch;
    const width = bucketWidth(first, resolution);
    const end = Math.floor(first / width) * width + width;
    let stop = start + 1;
    while (stop < history.length && history[stop]!.epoch < end) stop++;
    out.push(...representatives(history.slice(start, stop)));
    start = stop;
  }
  return out;
}

/**
 * Appends new epochs to a cost history kept under `maxPoints` entries without losing its shape: the
 * epochs are grouped in buckets that widen geometrically with the epoch (so the fast fall of the first
 * epochs keeps its detail on a long run), and each bucket keeps its first and last point and its
 * extremes, so spikes survive. When full, the finest bucketing that fits in 3/4 of the limit is used; every kept point is a real
 * epoch's cost, in epoch order, and the first and newest epochs are always kept. (Bounded by
 * `maxPoints` while maxPoints ≥ 8 · log₂ of the last epoch, i.e. any run this page can train.)
 */
export function appendCostHistory(
  history: readonly CostPoint[],
  newCosts: readonly CostPoint[],
  maxPoints: number,
): CostPoint[] {
  const next = history.concat(newCosts);
  if (next.length <= maxPoints) return next;
  // Reduced with room to spare, so the next few hundred epochs append without another pass.
  const target = Math.floor(maxPoints * REDUCED_SHARE);
  let resolution = FINEST_RESOLUTION;
  let reduced = bucketCostHistory(next, resolution);
  while (reduced.length > target && resolution > 1) {
    resolution /= 2;
    reduced = bucketCostHistory(reduced, resolution);
  }
  return reduced;
}

/**
 * The cost history after `snapshot`: its new epochs appended; a snapshot without new epochs on an
 * empty history (a run before its first step) starts the history with its own cost, so the chart
 * shows the initial J at once, and replaces that lone point while the run has not stepped (its cost
 * changes when the points do).
 */
export function nextCostHistory(
  history: readonly CostPoint[],
  snapshot: Pick<TrainingSnapshot, 'epoch' | 'trainCost' | 'testCost' | 'newCosts'>,
  maxPoints: number,
): readonly CostPoint[] {
  if (snapshot.newCosts.length) return appendCostHistory(history, snapshot.newCosts, maxPoints);
  const isBeforeFirstStep = history.length === 0 || (history.length === 1 && history[0]!.epoch === snapshot.epoch);
  if (isBeforeFirstStep && Number.isFinite(snapshot.trainCost)) {
    return [{ epoch: snapshot.epoch, trainCost: snapshot.trainCost, testCost: snapshot.testCost }];
  }
  return history;
}
