/**
 * Training yields to drawing. On a machine with few cores the trainer worker takes a whole core while the
 * page, its rasterizer and its compositor share what is left, and frames drop while training runs flat
 * out, and hold when it is slowed. The page watches its own frame intervals and sets
 * the share of time the worker trains; the worker sleeps for the rest (workers/trainer-api.ts).
 *
 * The rule is additive increase, multiplicative decrease: a window with dropped frames cuts the share,
 * a smooth window gives a little back, so a fast machine stays at 1 and a busy one settles where frames hold.
 */

/** A frame interval longer than this missed a 60 Hz vsync. */
export const SLOW_FRAME_MS = 20;
/**
 * The window's share of slow frames above which training backs off (3 of 30: below ≈ 55 fps)…
 * Frames also drop for reasons training cannot help (a heavy redraw, another program), so a few are tolerated.
 */
export const BACK_OFF_ABOVE = 0.09;
/** …and below which it takes more time again (at most 1 of 30). */
export const RECOVER_BELOW = 0.04;
export const DECREASE_FACTOR = 0.85;
export const INCREASE_STEP = 0.05;
/** Training never drops below this share: half the speed at worst, whatever else slows the frames. */
export const MIN_TRAINING_SHARE = 0.5;
/** Frames per decision (about half a second at 60 fps). */
export const FRAMES_PER_WINDOW = 30;

/** Share of the intervals that missed a frame. */
export function slowFrameShare(intervalsMs: readonly number[]): number {
  if (intervalsMs.length === 0) return 0;
  return intervalsMs.filter((ms) => ms > SLOW_FRAME_MS).length / intervalsMs.length;
}

/** The training share for the next window, from the current one and the window's frame intervals. */
export function nextTrainingShare(share: number, intervalsMs: readonly number[]): number {
  const slow = slowFrameShare(intervalsMs);
  if (slow > BACK_OFF_ABOVE) return Math.max(MIN_TRAINING_SHARE, share * DECREASE_FACTOR);
  if (slow < RECOVER_BELOW) return Math.min(1, share + INCREASE_STEP);
  return share;
}

/**
 * How long the worker rests after `busyMs` of work so that work takes `share` of the time (0 at share 1).
 * Shares outside (0, 1] are clamped into [MIN_TRAINING_SHARE, 1].
 */
export function restAfter(busyMs: number, share: number): number {
  const s = Number.isFinite(share) ? Math.min(1, Math.max(MIN_TRAINING_SHARE, share)) : 1;
  return s >= 1 || busyMs <= 0 ? 0 : (busyMs * (1 - s)) / s;
}
