import { LIMITS } from './defaults';

/**
 * The stop epoch Play should train to, so that Play is never dead: before `until` it stays; at or past
 * it, it moves on by the same span from where training is (stop at 1000 reached at epoch 1000 → 2000;
 * a stop of 10 typed at epoch 35 → 45). Capped at LIMITS.until.max; past that, null (run on).
 */
export function untilAfterPlay(until: number | null, epoch: number): number | null {
  if (until === null || epoch < until) return until;
  const next = epoch + until;
  if (next <= LIMITS.until.max) return next;
  return epoch < LIMITS.until.max ? LIMITS.until.max : null;
}
