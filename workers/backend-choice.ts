import type { BackendCalibration, BackendName } from '../lib/protocol';

/**
 * The fastest calibrated backend; a tie goes to the one earlier in `order`. Null when none has a
 * positive, finite rate.
 */
export function chooseBackend(calibration: BackendCalibration, order: readonly BackendName[]): BackendName | null {
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
