import { scaleLinear, scaleSymlog } from 'd3-scale';

export type EpochAxisKind = 'linear' | 'log';

export interface EpochAxis {
  /** Epoch → x in pixels, 0 … widthPx. */
  xPx: (epoch: number) => number;
  ticks: number[];
  label: (epoch: number) => string;
}

/** "800", "2.5k", "10k", "1.5M": short enough that five fit under a small chart. */
export function formatEpoch(epoch: number): string {
  const short = (value: number, suffix: string) => `${Number(value.toPrecision(3))}${suffix}`;
  if (Math.abs(epoch) >= 1e6) return short(epoch / 1e6, 'M');
  if (Math.abs(epoch) >= 1e3) return short(epoch / 1e3, 'k');
  return String(epoch);
}

/**
 * Powers of ten from 1 up to `lastEpoch`, with 0 in front when the run starts at 0, for a log axis;
 * the 2× and 5× steps too while there are fewer than three decades (so a short run still has ticks).
 */
export function logEpochTicks(firstEpoch: number, lastEpoch: number): number[] {
  const decades: number[] = [];
  for (let p = 1; p <= lastEpoch; p *= 10) decades.push(p);
  const steps = decades.length < 3 ? [1, 2, 5] : [1];
  const ticks = decades.flatMap((p) => steps.map((s) => s * p)).filter((e) => e >= firstEpoch && e <= lastEpoch);
  return firstEpoch === 0 ? [0, ...ticks] : ticks;
}

/**
 * The epoch axis of the cost chart over [firstEpoch, lastEpoch]: linear, or logarithmic (symlog, so
 * epoch 0 has a place at the left edge), which gives the fast fall of the first epochs the room a long
 * run takes from it.
 */
export function epochAxis(kind: EpochAxisKind, firstEpoch: number, lastEpoch: number, widthPx: number): EpochAxis {
  const domain = [firstEpoch, Math.max(lastEpoch, firstEpoch + 1)];
  if (kind === 'log') {
    const scale = scaleSymlog().constant(1).domain(domain).range([0, widthPx]);
    return { xPx: scale, ticks: logEpochTicks(domain[0]!, domain[1]!), label: formatEpoch };
  }
  const scale = scaleLinear().domain(domain).range([0, widthPx]);
  const ticks = scale.ticks(5).filter(Number.isInteger);
  return { xPx: scale, ticks, label: formatEpoch };
}

/** A rough width of a label in pixels: digits and the SI suffixes are about 0.6 em wide. */
export function labelWidthPx(text: string, fontPx: number): number {
  return text.length * fontPx * 0.6;
}

export type TickAnchor = 'start' | 'middle' | 'end';

/**
 * How to anchor a tick label at `xPx` (inside a plot `widthPx` wide) so it stays within the svg, which
 * gives it `leftRoomPx` of margin on the left and `rightRoomPx` on the right: centred when it fits,
 * else flush with the edge it would cross.
 */
export function tickAnchor(xPx: number, textWidthPx: number, widthPx: number, leftRoomPx: number, rightRoomPx: number): TickAnchor {
  const half = textWidthPx / 2;
  if (xPx + half > widthPx + rightRoomPx) return 'end';
  if (xPx - half < -leftRoomPx) return 'start';
  return 'middle';
}
