import { describe, expect, it } from 'vitest';
import { buildColorLut, buildSplitLut, heatmapSide, paintHeatmap, paintHeatmapScaled } from './colors';

const lut = buildColorLut(['#000000', '#ffffff']);
const rgbaAt = (pixels: Uint8ClampedArray, i: number) => Array.from(pixels.slice(i * 4, i * 4 + 4));

describe('buildColorLut', () => {
  it('runs from the first colour to the last', () => {
    expect(rgbaAt(lut, 0)).toEqual([0, 0, 0, 255]);
    expect(rgbaAt(lut, 255)).toEqual([255, 255, 255, 255]);
  });
});

describe('paintHeatmap', () => {
  it('maps min to the first and max to the last colour, clamps outside, greys NaN', () => {
    const values = Float32Array.of(0, 1, -5, Number.NaN);
    const pixels = new Uint8ClampedArray(4 * 4);
    paintHeatmap(pixels, values, 0, 2, lut, 0, 1);
    expect(rgbaAt(pixels, 0)).toEqual([0, 0, 0, 255]);
    expect(rgbaAt(pixels, 1)).toEqual([255, 255, 255, 255]);
    expect(rgbaAt(pixels, 2)).toEqual([0, 0, 0, 255]);
    expect(rgbaAt(pixels, 3)).toEqual([200, 200, 200, 255]);
  });

  it('reads the block at the offset and samples every stride-th cell', () => {
    const gridSize = 4;
    // Two 4×4 blocks; the second holds its row index / 3, so rows 0 and 2 are sampled.
    const values = new Float32Array(2 * 16);
    for (let i = 0; i < 16; i++) values[16 + i] = Math.floor(i / 4) / 3;
    expect(heatmapSide(gridSize, 2)).toBe(2);
    const pixels = new Uint8ClampedArray(4 * 4);
    paintHeatmap(pixels, values, 16, gridSize, lut, 0, 1, 2);
    expect(rgbaAt(pixels, 0)[0]).toBe(0);
    expect(rgbaAt(pixels, 1)[0]).toBe(0);
    expect(rgbaAt(pixels, 2)[0]).toBe(Math.round(lut[Math.round((2 / 3) * 255) * 4]!));
    expect(rgbaAt(pixels, 3)[0]).toBe(rgbaAt(pixels, 2)[0]);
  });
});

describe('paintHeatmapScaled', () => {
  it('draws each pixel from the cell under its centre, at any size, from the block at the offset', () => {
    // A 2×2 block after 4 unused values: 0 1 / NaN 1 (row 0 at the top).
    const values = Float32Array.of(9, 9, 9, 9, 0, 1, Number.NaN, 1);
    const up = new Uint8ClampedArray(4 * 4 * 4);
    paintHeatmapScaled(up, 4, values, 4, 2, lut, 0, 1);
    expect([0, 1, 2, 3].map((x) => rgbaAt(up, x)[0])).toEqual([0, 0, 255, 255]);
    expect(rgbaAt(up, 12)).toEqual([200, 200, 200, 255]);
    expect(rgbaAt(up, 15)[0]).toBe(255);
    const down = new Uint8ClampedArray(4);
    paintHeatmapScaled(down, 1, values, 4, 2, lut, 0, 1);
    // One pixel: the cell under the centre, row 1 column 1.
    expect(rgbaAt(down, 0)[0]).toBe(255);
    // Into a 3-pixel-wide image at (1, 1): the rest stays untouched.
    const wide = new Uint8ClampedArray(3 * 3 * 4);
    paintHeatmapScaled(wide, 2, values, 4, 2, lut, 0, 1, { width: 3, x: 1, y: 1 });
    expect(rgbaAt(wide, 0)).toEqual([0, 0, 0, 0]);
    expect(rgbaAt(wide, 4)[3]).toBe(255);
    expect(rgbaAt(wide, 5)[0]).toBe(255);
    expect(rgbaAt(wide, 7)).toEqual([200, 200, 200, 255]);
  });
});

describe('buildSplitLut', () => {
  it('maps values below 0.5 to one flat colour and from 0.5 up to the other', () => {
    const split = buildSplitLut('#ff0000', '#0000ff');
    const values = Float32Array.of(0, 0.49, 0.5, 1);
    const pixels = new Uint8ClampedArray(4 * 4);
    paintHeatmap(pixels, values, 0, 2, split, 0, 1);
    expect([0, 1, 2, 3].map((i) => rgbaAt(pixels, i))).toEqual([
      [255, 0, 0, 255],
      [255, 0, 0, 255],
      [0, 0, 255, 255],
      [0, 0, 255, 255],
    ]);
  });
});
