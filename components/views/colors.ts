import { rgb } from 'd3-color';
import { interpolateRgbBasis } from 'd3-interpolate';

/** Class colours: orange and blue stay distinct under the common colour-vision deficiencies. */
export const CLASS_COLORS = { 0: '#e8710a', 1: '#1a73c8' } as const;
/** Weight signs use the same pair: negative orange, positive blue. */
export const WEIGHT_COLORS = { negative: CLASS_COLORS[0], positive: CLASS_COLORS[1] } as const;

const LUT_SIZE = 256;

/**
 * A colour lookup table of LUT_SIZE RGBA entries running through the given colours:
 * heatmaps index it instead of interpolating per pixel.
 */
export function buildColorLut(colors: readonly string[], alpha = 255): Uint8ClampedArray {
  const interpolate = interpolateRgbBasis(colors as string[]);
  const lut = new Uint8ClampedArray(LUT_SIZE * 4);
  for (let i = 0; i < LUT_SIZE; i++) {
    const c = rgb(interpolate(i / (LUT_SIZE - 1)));
    lut.set([c.r, c.g, c.b, alpha], i * 4);
  }
  return lut;
}

/** Orange (0 / negative) → near-white → blue (1 / positive). */
export const DIVERGING_COLORS = ['#e8710a', '#f6c9a0', '#f7f7f7', '#a9cbea', '#1a73c8'] as const;

/**
 * Writes a gridSize² block of `values` (starting at `offset`) into RGBA `pixels`,
 * mapping [min, max] onto the LUT; values outside are clamped, NaN is drawn grey.
 */
export function paintHeatmap(
  pixels: Uint8ClampedArray,
  values: Float32Array,
  offset: number,
  cellCount: number,
  lut: Uint8ClampedArray,
  min: number,
  max: number,
): void {
  const scale = (LUT_SIZE - 1) / (max - min || 1);
  for (let i = 0; i < cellCount; i++) {
    const v = values[offset + i]!;
    const p = i * 4;
    if (Number.isNaN(v)) {
      pixels[p] = 200;
      pixels[p + 1] = 200;
      pixels[p + 2] = 200;
      pixels[p + 3] = 255;
      continue;
    }
    const index = Math.min(LUT_SIZE - 1, Math.max(0, Math.round((v - min) * scale))) * 4;
    pixels[p] = lut[index]!;
    pixels[p + 1] = lut[index + 1]!;
    pixels[p + 2] = lut[index + 2]!;
    pixels[p + 3] = lut[index + 3]!;
  }
}

/** The value range a unit's activation is drawn over: fixed for bounded functions, symmetric max-abs otherwise. */
export function activationRange(
  activation: 'sigmoid' | 'tanh' | 'relu' | 'leakyRelu' | 'linear' | 'output',
  values: Float32Array,
  offset: number,
  cellCount: number,
): [number, number] {
  if (activation === 'sigmoid' || activation === 'output') return [0, 1];
  if (activation === 'tanh') return [-1, 1];
  let maxAbs = 1e-6;
  for (let i = 0; i < cellCount; i++) {
    const v = Math.abs(values[offset + i]!);
    if (v > maxAbs) maxAbs = v;
  }
  return [-maxAbs, maxAbs];
}
