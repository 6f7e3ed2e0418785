/** A run's path through parameter space (its flat parameters after each snapshot, thinned), kept with the run for the landscape. */
import { appendToTrail, emptyTrail, trailPoints, type GrowingTrail } from '../landscape/surface';
import { trailPointsFor } from '../race/race';

export interface RunTrail {
  runId: number;
  /** Flat parameters (W¹, b¹, W², …), evenly thinned with the first and last kept. */
  points: Float32Array[];
  epochs: number[];
  growing: GrowingTrail<{ p: Float32Array; e: number }>;
}

/** The trail with the parameters at `epoch` added; a new run or network starts a new trail. */
export function recordTrail(trail: RunTrail | null, runId: number, epoch: number, flat: Float32Array): RunTrail {
  const isSameRun = trail !== null && trail.runId === runId && trail.points[0]?.length === flat.length;
  if (isSameRun) {
    const last = trail.points[trail.points.length - 1]!;
    if (trail.epochs[trail.epochs.length - 1] === epoch && last.every((v, i) => v === flat[i])) return trail;
  }
  const growing = appendToTrail(isSameRun ? trail.growing : emptyTrail<{ p: Float32Array; e: number }>(), { p: flat, e: epoch }, trailPointsFor(flat.length));
  const points = trailPoints(growing);
  return { runId, points: points.map((k) => k.p), epochs: points.map((k) => k.e), growing };
}
