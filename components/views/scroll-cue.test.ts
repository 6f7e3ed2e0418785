import { describe, expect, it } from 'vitest';
import { scrollCue } from './scroll-cue';

describe('scrollCue', () => {
  it('has nothing to show when the content fits', () => {
    expect(scrollCue(0, 300, 300)).toEqual({ canScrollLeft: false, canScrollRight: false });
    expect(scrollCue(0, 300, 300.6)).toEqual({ canScrollLeft: false, canScrollRight: false });
  });
  it('points right at the start, both ways in the middle, left at the end', () => {
    expect(scrollCue(0, 300, 480)).toEqual({ canScrollLeft: false, canScrollRight: true });
    expect(scrollCue(90, 300, 480)).toEqual({ canScrollLeft: true, canScrollRight: true });
    expect(scrollCue(180, 300, 480)).toEqual({ canScrollLeft: true, canScrollRight: false });
    expect(scrollCue(179.5, 300, 480)).toEqual({ canScrollLeft: true, canScrollRight: false });
  });
});
