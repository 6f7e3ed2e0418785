import { describe, expect, it } from 'vitest';
import { allowRestart, isTrainingNow, stallState, STALL_LIMIT_MS, STALL_LIMIT_WEBGL_MS } from './trainer-watchdog';

describe('stallState', () => {
  const base = { nowMs: 10_000, lastCheckMs: 9_000, isPlaying: true, backend: 'wasm' as const };
  it('is stalled only while playing and silent for longer than the limit', () => {
    expect(stallState({ ...base, lastActivityMs: 10_000 - STALL_LIMIT_MS - 1 })).toBe('stalled');
    expect(stallState({ ...base, lastActivityMs: 10_000 - STALL_LIMIT_MS + 100 })).toBe('ok');
    expect(stallState({ ...base, isPlaying: false, lastActivityMs: 0 })).toBe('ok');
  });
  it('waits longer on webgl, where shaders compile', () => {
    expect(stallState({ ...base, backend: 'webgl', lastActivityMs: 10_000 - STALL_LIMIT_MS - 1 })).toBe('ok');
    expect(stallState({ ...base, nowMs: 30_000, lastCheckMs: 29_000, backend: 'webgl', lastActivityMs: 30_000 - STALL_LIMIT_WEBGL_MS - 1 })).toBe('stalled');
  });
  it('says suspended when its own timer was held up (sleep, frozen tab)', () => {
    expect(stallState({ ...base, lastCheckMs: 10_000 - STALL_LIMIT_MS - 1, lastActivityMs: 0 })).toBe('suspended');
  });
});

describe('allowRestart', () => {
  it('allows three restarts a minute', () => {
    let times: number[] = [];
    for (const now of [0, 1000, 2000]) {
      const r = allowRestart(times, now);
      expect(r.isAllowed).toBe(true);
      times = r.times;
    }
    expect(allowRestart(times, 3000).isAllowed).toBe(false);
    expect(allowRestart(times, 60_500)).toEqual({ isAllowed: true, times: [1000, 2000, 60_500] });
  });
});

describe('isTrainingNow', () => {
  it('a request newer than the last snapshot wins, otherwise the snapshot says', () => {
    expect(isTrainingNow(null, null)).toBe(false);
    expect(isTrainingNow({ isPlay: true, atMs: 5 }, { isTraining: false, atMs: 4 })).toBe(true);
    expect(isTrainingNow({ isPlay: true, atMs: 5 }, { isTraining: false, atMs: 6 })).toBe(false);
    expect(isTrainingNow({ isPlay: false, atMs: 7 }, { isTraining: true, atMs: 6 })).toBe(false);
    expect(isTrainingNow(null, { isTraining: true, atMs: 6 })).toBe(true);
  });
});
