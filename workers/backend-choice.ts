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

/** Backends from fastest on a GPU to the one that always works. */
const FALLBACK_ORDER: readonly BackendName[] = ['webgl', 'wasm', 'cpu'];

/** Where to go when `from` stops working (a lost WebGL context): the backends after it, in order. */
export function fallbackCandidates(from: BackendName): BackendName[] {
  return FALLBACK_ORDER.slice(FALLBACK_ORDER.indexOf(from) + 1);
}
