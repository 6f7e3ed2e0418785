/** Small labelled sets for tests, generated inline (independent of lib/data/datasets). */
import { createRng } from '../../data/random';
import type { LabeledPoint, Split } from '../../protocol';

const splitOf = (i: number, testEvery: number): Split => (testEvery > 0 && i % testEvery === 0 ? 'test' : 'train');

/** Label 1 above the line x2 = 0.5 x1 + 0.3, with a margin around it. */
export function separablePoints(n: number, seed: number, testEvery = 0): LabeledPoint[] {
  const rng = createRng(seed);
  const points: LabeledPoint[] = [];
  while (points.length < n) {
    const x1 = rng.uniform(-5, 5);
    const x2 = rng.uniform(-5, 5);
    const side = x2 - (0.5 * x1 + 0.3);
    if (Math.abs(side) < 0.5) continue;
    points.push({ x1, x2, label: side > 0 ? 1 : 0, split: splitOf(points.length, testEvery) });
  }
  return points;
}

/** Label 1 inside radius 2, label 0 in the ring 3.5 … 5. */
export function circlePoints(n: number, seed: number, testEvery = 0): LabeledPoint[] {
  const rng = createRng(seed);
  return Array.from({ length: n }, (_, i) => {
    const isInside = i % 2 === 0;
    const radius = isInside ? rng.uniform(0, 2) : rng.uniform(3.5, 5);
    const angle = rng.uniform(0, 2 * Math.PI);
    return {
      x1: radius * Math.cos(angle),
      x2: radius * Math.sin(angle),
      label: isInside ? 1 : 0,
      split: splitOf(i, testEvery),
    };
  });
}
