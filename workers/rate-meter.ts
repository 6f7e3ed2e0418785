/** Steps and epochs per second over a sliding window of cumulative counts. */
export interface RateMeter {
  /** Forget every sample (e.g. when training starts again after a pause). */
  reset(): void;
  record(timeMs: number, totalSteps: number, totalEpochs: number): void;
  rates(): { stepsPerSecond: number; epochsPerSecond: number };
}

interface Sample {
  timeMs: number;
  steps: number;
  epochs: number;
}

export function createRateMeter(windowMs = 1000): RateMeter {
  let samples: Sample[] = [];
  return {
    reset() {
      samples = [];
    },
    record(timeMs, steps, epochs) {
      samples.push({ timeMs, steps, epochs });
      // Keep one sample older than the window so the rate always spans at least windowMs once available.
      while (samples.length > 2 && samples[1]!.timeMs <= timeMs - windowMs) samples.shift();
    },
    rates() {
      const first = samples[0];
      const last = samples[samples.length - 1];
      if (!first || !last || last.timeMs <= first.timeMs) return { stepsPerSecond: 0, epochsPerSecond: 0 };
      const seconds = (last.timeMs - first.timeMs) / 1000;
      return {
        stepsPerSecond: (last.steps - first.steps) / seconds,
        epochsPerSecond: (last.epochs - first.epochs) / seconds,
      };
    },
  };
}
