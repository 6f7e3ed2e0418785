import type { CostPoint } from '@/lib/protocol';

/**
 * Appends new epochs to a cost history kept under `maxPoints` entries: when full, every other
 * older point is dropped (the first and the newest are always kept), so a long run stays drawable.
 */
export function appendCostHistory(
  history: readonly CostPoint[],
  newCosts: readonly CostPoint[],
  maxPoints: number,
): CostPoint[] {
  let next = history.concat(newCosts);
  while (next.length > maxPoints) {
    const last = next[next.length - 1]!;
    next = next.filter((_, i) => i % 2 === 0 && i !== next.length - 1);
    next.push(last);
  }
  return next;
}
