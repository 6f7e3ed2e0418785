/**
 * Limits training to maxEpochsPerSecond: from a start (time, epoch), the first epoch may run at once
 * and one more every 1000 / rate ms.
 */
export interface EpochThrottle {
  start(timeMs: number, epoch: number): void;
  /** The epoch training may reach by timeMs at `rate` epochs per second. */
  allowedEpoch(timeMs: number, rate: number): number;
  /** Milliseconds until epoch `epoch + 1` becomes allowed (0 when it already is). */
  msUntilNext(timeMs: number, epoch: number, rate: number): number;
}

export function createEpochThrottle(): EpochThrottle {
  let startMs = 0;
  let startEpoch = 0;
  return {
    start(timeMs, epoch) {
      startMs = timeMs;
      startEpoch = epoch;
    },
    allowedEpoch: (timeMs, rate) => startEpoch + 1 + Math.floor(((timeMs - startMs) * rate) / 1000),
    msUntilNext: (timeMs, epoch, rate) => Math.max(0, startMs + ((epoch - startEpoch) * 1000) / rate - timeMs),
  };
}
