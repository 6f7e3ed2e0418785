import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { THEMES } from '@/lib/config/display-options';
import { CLASS_COLORS, DIVERGING_COLORS, POINT_OUTLINE, TEST_POINT_STROKES, MIN_CONTRAST, PALETTE_ROLES, THEME_PALETTES, WEIGHT_OPACITY, paletteVarName, type PaletteEntry } from './colors';
import { composite, contrastRatio } from './contrast';

const entries = Object.keys(PALETTE_ROLES) as PaletteEntry[];
/** The boundary is drawn at this opacity over the panel (data-plane.tsx). */
const BOUNDARY_OPACITY = 0.9;

describe.each(THEMES)('the %s palette', (theme) => {
  const palette = THEME_PALETTES[theme];
  const background = palette.background;

  it.each(entries.filter((e) => PALETTE_ROLES[e] !== 'background'))('%s meets its contrast against the background', (entry) => {
    const role = PALETTE_ROLES[entry] as keyof typeof MIN_CONTRAST;
    expect(contrastRatio(palette[entry], background)).toBeGreaterThanOrEqual(MIN_CONTRAST[role]);
  });

  it('keeps gridlines fainter than every data line', () => {
    const grid = contrastRatio(palette.grid, background);
    for (const line of [palette.train, palette.test]) expect(grid).toBeLessThan(contrastRatio(line, background));
  });

  it('makes the training line the most visible line', () => {
    expect(contrastRatio(palette.train, background)).toBeGreaterThanOrEqual(contrastRatio(palette.test, background));
  });

  it('draws every point mark ≥ 3:1 (by its fill or its outline) on every boundary colour', () => {
    for (const boundary of DIVERGING_COLORS) {
      const behind = composite(boundary, BOUNDARY_OPACITY, background);
      for (const label of [0, 1] as const) {
        // A training point: its class colour outlined near-black; a test point: white outlined in the darkened class colour.
        const training = Math.max(contrastRatio(CLASS_COLORS[label], behind), contrastRatio(POINT_OUTLINE, behind));
        const test = Math.max(contrastRatio('#ffffff', behind), contrastRatio(TEST_POINT_STROKES[label], behind));
        expect(training, `training ${label} on ${behind}`).toBeGreaterThanOrEqual(3);
        expect(test, `test ${label} on ${behind}`).toBeGreaterThanOrEqual(3);
      }
    }
  });

  it('draws the diagram\'s connections ≥ 3:1 at the opacity they are drawn with', () => {
    for (const color of [palette.weightNegative, palette.weightPositive]) {
      expect(contrastRatio(composite(color, WEIGHT_OPACITY, background), background), color).toBeGreaterThanOrEqual(3);
    }
  });

  it('writes the alert over the plane ≥ 4.5:1 on its 90 % panel-coloured box, over any boundary colour', () => {
    for (const boundary of DIVERGING_COLORS) {
      const behind = composite(background, 0.9, composite(boundary, BOUNDARY_OPACITY, background));
      expect(contrastRatio(palette.alert, behind)).toBeGreaterThanOrEqual(4.5);
    }
  });
});

describe('app/globals.css', () => {
  const css = readFileSync(join(__dirname, '../../app/globals.css'), 'utf8');
  const block = (selector: string) => {
    const start = css.indexOf(`${selector} {`);
    return css.slice(start, css.indexOf('}', start));
  };
  const variable = (text: string, name: string) => new RegExp(`${name}:\\s*(#[0-9a-f]{6})`, 'i').exec(text)?.[1]?.toLowerCase();

  it.each([
    ['light', ':root'],
    ['dark', 'html.theme-dark'],
  ] as const)('carries the %s palette as CSS variables', (theme, selector) => {
    const palette = THEME_PALETTES[theme];
    const text = block(selector);
    for (const entry of ['text', 'tick', 'train', 'test', 'grid', 'weightNegative', 'weightPositive'] as const) {
      expect(variable(text, paletteVarName(entry)), entry).toBe(palette[entry].toLowerCase());
    }
    expect(variable(text, '--color-red-700')).toBe(palette.alert);
  });

  it('gives the dark panel the dark palette background', () => {
    expect(variable(block('html.theme-dark'), '--color-white')).toBe(THEME_PALETTES.dark.background);
  });
});
