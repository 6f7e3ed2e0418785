/** The landscape's filled contours as SVG paths (d3-contour), levels evenly spaced in log J so a bowl's floor is drawn as finely as its rim. */
import { contours } from 'd3-contour';
import type { LandscapeRange } from './surface';

export interface ContourBand {
  /** The level's J (the band holds J above it). */
  value: number;
  /** 0 for the lowest level … 1 for the highest. */
  level: number;
  d: string;
}

/** Px position of data coordinates on a square of sizePx (y up). */
export function toPx(range: LandscapeRange, sizePx: number, x: number, y: number): [number, number] {
  return [((x - range.x0) / (range.x1 - range.x0)) * sizePx, sizePx - ((y - range.y0) / (range.y1 - range.y0)) * sizePx];
}

/** Data coordinates of a px position (the inverse of toPx). */
export function fromPx(range: LandscapeRange, sizePx: number, xPx: number, yPx: number): [number, number] {
  return [range.x0 + (xPx / sizePx) * (range.x1 - range.x0), range.y0 + ((sizePx - yPx) / sizePx) * (range.y1 - range.y0)];
}

export function contourBands(costs: ArrayLike<number>, resolution: number, range: LandscapeRange, sizePx: number, levels = 14): ContourBand[] {
  const logs = Array.from(costs, (c) => (Number.isFinite(c) && c > 0 ? Math.log(c) : NaN));
  const finite = logs.filter(Number.isFinite);
  if (finite.length === 0) return [];
  const lo = Math.min(...finite);
  const hi = Math.max(...finite);
  const top = hi > lo ? hi : lo + 1;
  // Values off the scale (NaN: a diverging setting) count as the top.
  const values = logs.map((v) => (Number.isFinite(v) ? v : top));
  const thresholds = Array.from({ length: levels }, (_, k) => lo + ((top - lo) * k) / levels);
  const step = (x: number) => range.x0 + ((x - 0.5) * (range.x1 - range.x0)) / (resolution - 1);
  const stepY = (y: number) => range.y0 + ((y - 0.5) * (range.y1 - range.y0)) / (resolution - 1);
  return contours().size([resolution, resolution]).thresholds(thresholds)(values).map((band, k) => ({
    value: Math.exp(band.value),
    level: k / Math.max(1, levels - 1),
    d: band.coordinates
      .map((polygon) =>
        polygon
          .map((ring) => `M${ring.map((pt) => toPx(range, sizePx, step(pt[0]!), stepY(pt[1]!)).map((v) => v.toFixed(1)).join(',')).join('L')}Z`)
          .join(''),
      )
      .join(''),
  }));
}
