/**
 * Limits training to a rate of some counter (epochs, or gradient steps): from a start (time, count), the
 * first one may run at once and one more every 1000 / rate ms.
 */
export interface EpochThrottle {
  start(timeMs: number, count: number): void;
  /** The count training may reach by timeMs at `rate` per second. */
  allowedEpoch(timeMs: number, rate: number): number;
  /** Milliseconds until count `count + 1` becomes allowed (0 when it already is). */
  msUntilNext(timeMs: number, count: number, rate: number): number;
}

export function createEpochThrottle(): EpochThrottle {
  let startMs = 0;
  let startCount = 0;
  return {
    start(timeMs, count) {
      startMs = timeMs;
      startCount = count;
    },
    allowedEpoch: (timeMs, rate) => startCount + 1 + Math.floor(((timeMs - startMs) * rate) / 1000),
    msUntilNext: (timeMs, count, rate) => Math.max(0, startMs + ((count - startCount) * 1000) / rate - timeMs),
  };
}

/** Where training is, as the pacer needs it (Trainer.progress()). */
export interface PacedProgress {
  epoch: number;
  step: number;
}

/** The speed limit of a TrainConfig. */
export interface PaceLimit {
  untilEpoch: number | null;
  maxEpochsPerSecond: number | null;
  maxStepsPerSecond?: number | null;
}

/** What the next slice may do: wait, or train up to maxSteps steps and stop at stopAtEpoch. */
export type SlicePlan =
  | { kind: 'wait'; ms: number }
  /** isStepwise: one step only, to be published as its own snapshot. */
  | { kind: 'train'; maxSteps: number; stopAtEpoch: number; isStepwise: boolean };

/**
 * The speed control in the worker: at a steps/s setting one gradient step per slice (so every step is
 * drawn), at an epochs/s setting up to the epoch the clock allows, at max as much as the slice's budget.
 */
export function createPacer(maxWaitMs: number) {
  const throttle = createEpochThrottle();
  const stepRate = (limit: PaceLimit) => (limit.maxStepsPerSecond ?? 0) > 0 ? limit.maxStepsPerSecond! : null;
  return {
    /** Call when training starts or its settings change, with where it is now. */
    start(timeMs: number, progress: PacedProgress, limit: PaceLimit | null): void {
      throttle.start(timeMs, limit && stepRate(limit) !== null ? progress.step : progress.epoch);
    },
    plan(timeMs: number, progress: PacedProgress, limit: PaceLimit): SlicePlan {
      const untilEpoch = limit.untilEpoch ?? Infinity;
      const steps = stepRate(limit);
      if (steps !== null) {
        if (progress.step >= throttle.allowedEpoch(timeMs, steps)) return { kind: 'wait', ms: waitMs(throttle.msUntilNext(timeMs, progress.step, steps)) };
        return { kind: 'train', maxSteps: 1, stopAtEpoch: untilEpoch, isStepwise: true };
      }
      const epochs = limit.maxEpochsPerSecond;
      if (epochs !== null && epochs > 0) {
        const allowed = throttle.allowedEpoch(timeMs, epochs);
        if (progress.epoch >= allowed) return { kind: 'wait', ms: waitMs(throttle.msUntilNext(timeMs, progress.epoch, epochs)) };
        return { kind: 'train', maxSteps: Infinity, stopAtEpoch: Math.min(untilEpoch, allowed), isStepwise: false };
      }
      return { kind: 'train', maxSteps: Infinity, stopAtEpoch: untilEpoch, isStepwise: false };
    },
  };

  function waitMs(ms: number): number {
    return Math.min(maxWaitMs, Math.max(1, ms));
  }
}
