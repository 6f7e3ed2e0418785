import { describe, expect, it } from 'vitest';
import { MIN_TRAINING_SHARE, nextTrainingShare, restAfter, slowFrameShare } from './frame-pacing';

const smooth = Array.from({ length: 30 }, () => 16.7);
const janky = Array.from({ length: 30 }, (_, i) => (i % 3 === 0 ? 33.4 : 16.7));

describe('frame pacing', () => {
  it('counts the intervals that missed a 60 Hz frame', () => {
    expect(slowFrameShare([])).toBe(0);
    expect(slowFrameShare(smooth)).toBe(0);
    expect(slowFrameShare(janky)).toBeCloseTo(1 / 3);
  });

  it('dropped frames cut the training share, smooth frames give it back up to 1', () => {
    const cut = nextTrainingShare(1, janky);
    expect(cut).toBeLessThan(1);
    expect(nextTrainingShare(cut, smooth)).toBeGreaterThan(cut);
    expect(nextTrainingShare(1, smooth)).toBe(1);
  });

  it('never goes below the floor however long frames drop', () => {
    let share = 1;
    for (let i = 0; i < 100; i++) share = nextTrainingShare(share, janky);
    expect(share).toBe(MIN_TRAINING_SHARE);
  });

  it('a share between the thresholds is kept', () => {
    const twoSlow = [...smooth.slice(2), 40, 40];
    expect(nextTrainingShare(0.6, twoSlow)).toBe(0.6);
  });

  it('rests so that work takes the share of the time', () => {
    expect(restAfter(10, 1)).toBe(0);
    expect(restAfter(10, 0.5)).toBeCloseTo(10);
    const busy = 8;
    const rest = restAfter(busy, 0.6);
    expect(busy / (busy + rest)).toBeCloseTo(0.6);
    // Out-of-range shares are clamped.
    expect(restAfter(10, 0)).toBeCloseTo(restAfter(10, MIN_TRAINING_SHARE));
    expect(restAfter(10, Number.NaN)).toBe(0);
    expect(restAfter(0, 0.5)).toBe(0);
  });
});
