import type { BackendName } from '@/lib/protocol';

/** No snapshot for this long while training means the worker has hung or died. */
export const STALL_LIMIT_MS = 4000;
/**
 * On webgl the first steps compile shaders, which blocks a software GPU for several seconds (more under
 * load), so a hang is only assumed after longer.
 */
export const STALL_LIMIT_WEBGL_MS = 15_000;
/** Restarts allowed within RESTART_WINDOW_MS; after that the page says the engine failed. */
export const MAX_RESTARTS = 3;
export const RESTART_WINDOW_MS = 60_000;

export interface StallInput {
  nowMs: number;
  /** The newest sign of life: a snapshot, or the play request that should have led to one. */
  lastActivityMs: number;
  /** When the watchdog last looked (its timer fires about once a second). */
  lastCheckMs: number;
  isPlaying: boolean;
  backend: BackendName | null;
}

/**
 * 'stalled': playing, and no snapshot within the limit. 'suspended': the watchdog's own timer was held up
 * longer than the limit (a sleeping laptop, a frozen tab), so silence says nothing about the worker: start
 * counting again. Never stalled while paused.
 */
export function stallState({ nowMs, lastActivityMs, lastCheckMs, isPlaying, backend }: StallInput): 'ok' | 'stalled' | 'suspended' {
  const limitMs = backend === 'webgl' ? STALL_LIMIT_WEBGL_MS : STALL_LIMIT_MS;
  if (nowMs - lastCheckMs > limitMs) return 'suspended';
  if (!isPlaying) return 'ok';
  return nowMs - lastActivityMs > limitMs ? 'stalled' : 'ok';
}

/** Restart times kept and whether one more restart is allowed now. */
export function allowRestart(restartTimesMs: readonly number[], nowMs: number): { isAllowed: boolean; times: number[] } {
  const recent = restartTimesMs.filter((t) => nowMs - t < RESTART_WINDOW_MS);
  if (recent.length >= MAX_RESTARTS) return { isAllowed: false, times: recent };
  return { isAllowed: true, times: [...recent, nowMs] };
}

/** A request (play or pause) newer than the last snapshot wins; otherwise the snapshot says. */
export function isTrainingNow(
  lastRequest: { isPlay: boolean; atMs: number } | null,
  lastSnapshot: { isTraining: boolean; atMs: number } | null,
): boolean {
  if (lastRequest && (!lastSnapshot || lastRequest.atMs >= lastSnapshot.atMs)) return lastRequest.isPlay;
  return lastSnapshot?.isTraining ?? false;
}
