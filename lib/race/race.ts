/**
 * Race the optimizers: gradient descent, momentum, RMSprop and Adam trained from the same initial weights
 * on the same points, batches and α, each in a trainer of its own, with J and the parameters after every
 * epoch. The current run is not touched.
 */
import { OPTIMIZERS, type LayerParams, type Optimizer } from '../protocol';
import { appendToTrail, emptyTrail, flatten, trailPoints } from '../landscape/surface';
import type { Trainer } from '../model/trainer-types';

/** Multiply-adds a whole race may cost (≈ 3 s on a 2-core laptop's plain-JS engine): long races get fewer epochs. */
export const RACE_WORK_BUDGET = 2.5e9;
export const RACE_EPOCHS = { default: 100, min: 10, max: 500 };
/** Floats of parameters one lane's trail may hold: a wide network's trail keeps fewer points. */
const TRAIL_FLOATS = 250_000;
const MAX_TRAIL_POINTS = 200;

export interface RaceLane {
  optimizer: Optimizer;
  /** Training J after 0, 1, …, epochs epochs (index 0: the shared start). */
  costs: Float32Array;
  /** The flat parameters (W¹, b¹, W², …) after epochs 0 … epochs, thinned evenly; first and last kept. */
  trail: Float32Array[];
  /** The epoch of each trail point. */
  trailEpochs: number[];
}

export interface RaceResult {
  epochs: number;
  lanes: RaceLane[];
}

/**
 * Epochs for a race of a network of `parameterCount` parameters on m training examples: `wanted` (the run's
 * stop epoch or how far it has gone, at least the default), fewer when four lanes would exceed the budget.
 */
export function raceEpochs(m: number, parameterCount: number, wanted: number | null): number {
  // Per lane and epoch: forward + backward ≈ 3 passes over m examples, and one more for J.
  const perEpoch = 4 * Math.max(1, m) * Math.max(1, parameterCount) * OPTIMIZERS.length;
  const affordable = Math.floor(RACE_WORK_BUDGET / perEpoch);
  const target = Math.max(RACE_EPOCHS.default, Math.floor(wanted ?? 0));
  return Math.max(RACE_EPOCHS.min, Math.min(RACE_EPOCHS.max, target, affordable));
}

/** Trail points a lane keeps for a network of `parameterCount` parameters. */
export function trailPointsFor(parameterCount: number): number {
  return Math.max(2, Math.min(MAX_TRAIL_POINTS, Math.floor(TRAIL_FLOATS / Math.max(1, parameterCount))));
}

export interface RaceDeps {
  /** A trainer of the current network, settings and points with `optimizer` (a fresh optimizer state). */
  makeTrainer(optimizer: Optimizer): Trainer | Promise<Trainer>;
  /** Lets queued messages run between epochs. */
  yieldToEventLoop?(): Promise<void>;
}

/** Trains one lane from `start` for `epochs` epochs; its trainer is disposed. */
async function runLane(deps: RaceDeps, optimizer: Optimizer, start: readonly LayerParams[], epochs: number): Promise<RaceLane> {
  const trainer = await deps.makeTrainer(optimizer);
  try {
    trainer.setParams(start);
    const keep = trailPointsFor(flatten(start).length);
    const costs = new Float32Array(epochs + 1);
    let trail = emptyTrail<{ flat: Float32Array; epoch: number }>();
    for (let epoch = 0; ; epoch++) {
      const flat = flatten(await trainer.getParams());
      costs[epoch] = (await trainer.costAt(flat, 1))[0]!;
      trail = appendToTrail(trail, { flat, epoch }, keep);
      if (epoch === epochs) break;
      trainer.train({ maxSteps: Number.MAX_SAFE_INTEGER, stopAtEpoch: epoch + 1 });
      await deps.yieldToEventLoop?.();
    }
    const points = trailPoints(trail);
    return { optimizer, costs, trail: points.map((p) => p.flat), trailEpochs: points.map((p) => p.epoch) };
  } finally {
    trainer.dispose();
  }
}

/** The four optimizers from the same `start` weights, one after another (the caller makes sure there are training points). */
export async function runRace(deps: RaceDeps, start: readonly LayerParams[], epochs: number): Promise<RaceResult> {
  const lanes: RaceLane[] = [];
  for (const optimizer of OPTIMIZERS) lanes.push(await runLane(deps, optimizer, start, epochs));
  return { epochs, lanes };
}
