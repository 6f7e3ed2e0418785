/**
 * The most points the playground holds (issue 7): the plane stays interactive up to here. URL `n`, imports
 * and embed messages are refused above it by their schemas; an edit that would pass it is refused too.
 */
export const MAX_POINTS = 5000;

/** Whether an edit from `currentCount` to `nextCount` points must be refused (shrinking is always fine). */
export function exceedsPointLimit(nextCount: number, currentCount: number): boolean {
  return nextCount > MAX_POINTS && nextCount > currentCount;
}
