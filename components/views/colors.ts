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

/** Side of the image `paintHeatmap` writes for a grid sampled every `stride` cells. */
export function heatmapSide(gridSize: number, stride: number): number {
  return Math.ceil(gridSize / stride);
}

/**
 * Writes the gridSize² block of `values` starting at `offset` into RGBA `pixels` (heatmapSide² pixels),
 * sampling every `stride`-th row and column, mapping [min, max] onto the LUT; values outside are
 * clamped, NaN is drawn grey. Pixels are written as whole 32-bit words: this runs for every neuron on
 * every frame.
 */
export function paintHeatmap(
  pixels: Uint8ClampedArray,
  values: Float32Array,
  offset: number,
  gridSize: number,
  lut: Uint8ClampedArray,
  min: number,
  max: number,
  stride = 1,
): void {
  const side = heatmapSide(gridSize, stride);
  const out = new Uint32Array(pixels.buffer, pixels.byteOffset, side * side);
  const colors = new Uint32Array(lut.buffer, lut.byteOffset, LUT_SIZE);
  const grey = new Uint32Array(Uint8ClampedArray.of(200, 200, 200, 255).buffer)[0]!;
  const scale = (LUT_SIZE - 1) / (max - min || 1);
  let p = 0;
  for (let row = 0; row < gridSize; row += stride) {
    const rowStart = offset + row * gridSize;
    for (let col = 0; col < gridSize; col += stride) {
      const v = values[rowStart + col]!;
      if (Number.isNaN(v)) {
        out[p++] = grey;
        continue;
      }
      const index = (v - min) * scale + 0.5;
      out[p++] = colors[index <= 0 ? 0 : index >= LUT_SIZE - 1 ? LUT_SIZE - 1 : index | 0]!;
    }
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
