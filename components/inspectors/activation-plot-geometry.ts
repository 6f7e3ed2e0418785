import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { ACTIVATION_TABLE } from '@/lib/math/activations';
import type { Activation } from '@/lib/protocol';

/** The plots show g and g′ over z ∈ [Z_MIN, Z_MAX], where sigmoid and tanh visibly saturate. */
export const Z_MIN = -5;
export const Z_MAX = 5;

export interface PlotBox {
  widthPx: number;
  heightPx: number;
  /** Inner margin on every side, so strokes at the extremes are not clipped. */
  marginPx: number;
}

export interface ActivationPlotGeometry {
  /** SVG path of g(z). */
  gPath: string;
  /** SVG path of g′(z). */
  dgPath: string;
  /** [min, max] of the value axis: covers g, g′ and 0. */
  yDomain: [number, number];
  /** Pixel position of z = 0 (the vertical axis) and of value 0 (the horizontal axis). */
  zeroXPx: number;
  zeroYPx: number;
}

/**
 * g(z) and g′(z) sampled at `samples` evenly spaced z, drawn into one box on a shared value axis.
 * The value axis spans exactly the sampled values (and 0), so bounded functions fill the box and
 * the flat, near-zero derivative at the ends shows saturation.
 */
export function activationPlotGeometry(activation: Activation, box: PlotBox, samples = 121): ActivationPlotGeometry {
  const { g, dg } = ACTIVATION_TABLE[activation];
  const zs = Array.from({ length: samples }, (_, i) => Z_MIN + ((Z_MAX - Z_MIN) * i) / (samples - 1));
  const gs = zs.map(g);
  const dgs = zs.map(dg);
  let min = 0;
  let max = 0;
  for (const v of [...gs, ...dgs]) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  const x = scaleLinear().domain([Z_MIN, Z_MAX]).range([box.marginPx, box.widthPx - box.marginPx]);
  const y = scaleLinear().domain([min, max]).range([box.heightPx - box.marginPx, box.marginPx]);
  const path = (values: number[]) =>
    line<number>()
      .x((_, i) => x(zs[i]!))
      .y((v) => y(v))(values) ?? '';
  return { gPath: path(gs), dgPath: path(dgs), yDomain: [min, max], zeroXPx: x(0), zeroYPx: y(0) };
}
