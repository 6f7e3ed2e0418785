import { describe, expect, it } from 'vitest';
import { LIMITS } from './defaults';
import { untilAfterPlay } from './until';

describe('untilAfterPlay', () => {
  it('keeps a stop epoch that is still ahead, and no stop at all', () => {
    expect(untilAfterPlay(1000, 0)).toBe(1000);
    expect(untilAfterPlay(1000, 999)).toBe(1000);
    expect(untilAfterPlay(null, 5000)).toBeNull();
  });

  it('moves a stop epoch that was reached on by the same span', () => {
    expect(untilAfterPlay(1000, 1000)).toBe(2000);
    expect(untilAfterPlay(300, 300)).toBe(600);
    expect(untilAfterPlay(1, 1)).toBe(2);
  });

  it('moves a stop epoch typed below the current epoch on from the current epoch', () => {
    expect(untilAfterPlay(10, 35)).toBe(45);
  });

  it('never goes past the largest stop epoch: there it runs on', () => {
    const max = LIMITS.until.max;
    expect(untilAfterPlay(max - 10, max - 10)).toBe(max);
    expect(untilAfterPlay(max, max)).toBeNull();
    const next = untilAfterPlay(1000, 5000);
    expect(next !== null && next > 5000 && next <= max).toBe(true);
  });
});
