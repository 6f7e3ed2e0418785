import { describe, expect, it } from 'vitest';
import { buildColorLut, heatmapSide, paintHeatmap } from './colors';

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
