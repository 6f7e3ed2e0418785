import { line } from 'd3-shape';
import type { CostPoint } from '@/lib/protocol';

export type Scale = (value: number) => number;

/** SVG path of one cost series; points with a non-finite cost break the line instead of spiking it. */
export function costPath(
  history: readonly CostPoint[],
  key: 'trainCost' | 'testCost',
  xScale: Scale,
  yScale: Scale,
): string {
  return (
    line<CostPoint>()
      .defined((p) => Number.isFinite(p[key]))
      .x((p) => xScale(p.epoch))
      .y((p) => yScale(p[key]))(history as CostPoint[]) ?? ''
  );
}

/** The largest finite cost in the history (at least `floor`), for the y domain. */
export function maxFiniteCost(history: readonly CostPoint[], floor: number): number {
  let max = floor;
  for (const p of history) {
    if (Number.isFinite(p.trainCost) && p.trainCost > max) max = p.trainCost;
    if (Number.isFinite(p.testCost) && p.testCost > max) max = p.testCost;
  }
  return max;
}
