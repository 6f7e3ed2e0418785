import type { BackendName } from '../lib/protocol';

/** Steps per second each backend reached in the calibration; a backend that did not start is absent. */
export type Calibration = Partial<Record<BackendName, number>>;

/**
 * The fastest calibrated backend; a tie goes to the one earlier in `order`. Null when none has a
 * positive, finite rate.
 */
export function chooseBackend(calibration: Calibration, order: readonly BackendName[]): BackendName | null {
  let best: BackendName | null = null;
  let bestRate = 0;
  for (const name of order) {
    const rate = calibration[name];
    if (rate !== undefined && Number.isFinite(rate) && rate > bestRate) {
      best = name;
      bestRate = rate;
    }
  }
  return best;
}
