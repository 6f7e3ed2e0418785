/** Which ways a horizontally scrolling box has more to show (sub-pixel remainders do not count). */
export function scrollCue(scrollLeftPx: number, clientWidthPx: number, scrollWidthPx: number): { canScrollLeft: boolean; canScrollRight: boolean } {
  return {
    canScrollLeft: scrollLeftPx > 1,
    canScrollRight: scrollLeftPx + clientWidthPx < scrollWidthPx - 1,
  };
}
