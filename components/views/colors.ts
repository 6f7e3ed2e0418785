import { rgb } from 'd3-color';
import type { Theme } from '@/lib/config/display-options';
import { interpolateRgbBasis } from 'd3-interpolate';
import { ACTIVATION_TABLE, type Activation } from '@/lib/math/activations';

/**
 * Class colours: orange and blue stay distinct under the common colour-vision deficiencies, and are dark
 * enough to read ≥ 3:1 as lines on white.
 */
export const CLASS_COLORS = { 0: '#c75b00', 1: '#1a73c8' } as const;
/**
 * How a point is outlined so that every mark stands out ≥ 3:1 on every boundary colour (deep, pale or
 * the white middle): a training point (filled with its class colour) by a near-black ring, a test point
 * (filled white) by a ring of its class colour darkened, which the white fill complements on deep tones.
 */
export const POINT_OUTLINE = '#0f172a';
export const TEST_POINT_STROKES = { 0: '#9a4600', 1: '#145a9c' } as const;
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

/** A LUT of two flat colours: `low` for the lower half of the range, `high` for the upper (a boundary split at 0.5). */
export function buildSplitLut(low: string, high: string): Uint8ClampedArray {
  const [a, b] = [rgb(low), rgb(high)];
  const lut = new Uint8ClampedArray(LUT_SIZE * 4);
  for (let i = 0; i < LUT_SIZE; i++) {
    const c = i < LUT_SIZE / 2 ? a : b;
    lut.set([c.r, c.g, c.b, 255], i * 4);
  }
  return lut;
}

/** Orange (0 / negative) → near-white → blue (1 / positive). */
export const DIVERGING_COLORS = [CLASS_COLORS[0], '#f6c9a0', '#f7f7f7', '#a9cbea', CLASS_COLORS[1]] as const;

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
  const colorOf = lutColors(lut, min, max);
  let p = 0;
  for (let row = 0; row < gridSize; row += stride) {
    const rowStart = offset + row * gridSize;
    for (let col = 0; col < gridSize; col += stride) out[p++] = colorOf(values[rowStart + col]!);
  }
}

/** A value's colour as one 32-bit RGBA word: [min, max] onto the LUT, clamped outside, grey for NaN. */
function lutColors(lut: Uint8ClampedArray, min: number, max: number): (v: number) => number {
  const colors = new Uint32Array(lut.buffer, lut.byteOffset, LUT_SIZE);
  const grey = new Uint32Array(Uint8ClampedArray.of(200, 200, 200, 255).buffer)[0]!;
  const scale = (LUT_SIZE - 1) / (max - min || 1);
  return (v) => {
    if (Number.isNaN(v)) return grey;
    const index = (v - min) * scale + 0.5;
    return colors[index <= 0 ? 0 : index >= LUT_SIZE - 1 ? LUT_SIZE - 1 : index | 0]!;
  };
}

/**
 * paintHeatmap into a side × side image of any size: each pixel shows the grid cell under its centre
 * (nearest neighbour), so a thumbnail of a few pixels costs only those pixels. The thumbnail must lie
 * inside the image.
 */
export function paintHeatmapScaled(
  pixels: Uint8ClampedArray,
  side: number,
  values: Float32Array,
  offset: number,
  gridSize: number,
  lut: Uint8ClampedArray,
  min: number,
  max: number,
  /** Where in a wider image (`pixels` is then `width` pixels a row) the thumbnail's top-left goes; default: pixels is the thumbnail. */
  at: { width: number; x: number; y: number } = { width: side, x: 0, y: 0 },
): void {
  const out = new Uint32Array(pixels.buffer, pixels.byteOffset, pixels.length / 4);
  const colorOf = lutColors(lut, min, max);
  for (let y = 0; y < side; y++) {
    const rowStart = offset + Math.min(gridSize - 1, Math.floor(((y + 0.5) * gridSize) / side)) * gridSize;
    let p = (at.y + y) * at.width + at.x;
    for (let x = 0; x < side; x++) out[p++] = colorOf(values[rowStart + Math.min(gridSize - 1, Math.floor(((x + 0.5) * gridSize) / side))]!);
  }
}

/**
 * The value range a unit's activation is drawn over: the table's fixed range for a bounded g
 * ('output' is the sigmoid output unit), symmetric max-abs otherwise.
 */
export function activationRange(
  activation: Activation | 'output',
  values: Float32Array,
  offset: number,
  cellCount: number,
): [number, number] {
  const range = ACTIVATION_TABLE[activation === 'output' ? 'sigmoid' : activation].colorRange;
  if (range !== 'symmetric') return [range[0], range[1]];
  let maxAbs = 1e-6;
  for (let i = 0; i < cellCount; i++) {
    const v = Math.abs(values[offset + i]!);
    if (v > maxAbs) maxAbs = v;
  }
  return [-maxAbs, maxAbs];
}

/** What a palette entry is, and so the contrast it needs against its theme's background (WCAG 2.1). */
export type PaletteRole = 'background' | 'text' | 'graphic' | 'subtle';
/** Text 4.5:1 (1.4.3), lines and marks 3:1 (1.4.11); subtle guides (gridlines) stay below the data. */
export const MIN_CONTRAST: Record<Exclude<PaletteRole, 'background'>, number> = { text: 4.5, graphic: 3, subtle: 1.15 };

/** Every themed colour of the charts and the plane's overlays, with its role. */
export const PALETTE_ROLES = {
  /** The panel behind the charts. */
  background: 'background',
  /** Chart captions and legend words. */
  text: 'text',
  /** Axis tick labels. */
  tick: 'text',
  /** The training-cost line and its legend mark: the most visible line of the chart. */
  train: 'graphic',
  /** The test-cost line (dashed) and its legend mark. */
  test: 'graphic',
  /** Gridlines: visible, but fainter than any data line. */
  grid: 'subtle',
  /** A warning written over the plane ("no prediction"). */
  alert: 'text',
  /** The network diagram's connections and bias marks of negative and of positive weight. */
  weightNegative: 'graphic',
  weightPositive: 'graphic',
} as const satisfies Record<string, PaletteRole>;
export type PaletteEntry = keyof typeof PALETTE_ROLES;

/**
 * One table per theme. app/globals.css carries the same values as CSS variables (`--chart-<entry>`,
 * the dark theme's `--color-white` as its background, `--color-red-700` as the alert), which the
 * colour tests check, so a component styles itself with `var(--chart-train)` and follows the theme.
 */
export const THEME_PALETTES = {
  light: {
    background: '#ffffff',
    text: '#475569',
    tick: '#475569',
    train: '#1e293b',
    test: CLASS_COLORS[0],
    grid: '#e2e8f0',
    alert: '#b91c1c',
    weightNegative: WEIGHT_COLORS.negative,
    weightPositive: WEIGHT_COLORS.positive,
  },
  dark: {
    background: '#111827',
    text: '#cbd5e1',
    tick: '#94a3b8',
    train: '#f1f5f9',
    test: '#fb923c',
    grid: '#334155',
    alert: '#fca5a5',
    weightNegative: '#fb923c',
    weightPositive: '#60a5fa',
  },
} as const satisfies Record<Theme, Record<PaletteEntry, string>>;

/** The CSS variable of a palette entry: `--chart-` and the entry in kebab case (`weightNegative` → `--chart-weight-negative`). */
export function paletteVarName(entry: PaletteEntry): string {
  return `--chart-${entry.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;
}

/** The CSS value a component uses for a palette entry: it follows the page's theme. */
export function paletteVar(entry: Exclude<PaletteEntry, 'background' | 'alert'>): string {
  return `var(${paletteVarName(entry)})`;
}

/** The network diagram draws its connections at this opacity over the panel (the palette test composites it). */
export const WEIGHT_OPACITY = 0.8;
