/**
 * What an embed can show and its themes, and the default display: plain data, free of the zod
 * parser (display.ts), so components can import them without bringing it into the first load.
 */

export const PANELS = ['controls', 'data', 'network', 'boundary', 'cost', 'stepper'] as const;
export type Panel = (typeof PANELS)[number];

export const CONTROLS = ['play', 'step', 'reset', 'lr', 'batch', 'init', 'until', 'speed', 'optimizer', 'reg'] as const;
export type Control = (typeof CONTROLS)[number];

export const THEMES = ['light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

export interface DisplayConfig {
  panels: readonly Panel[];
  controls: readonly Control[];
  theme: Theme;
}

export const DEFAULT_DISPLAY: DisplayConfig = { panels: PANELS, controls: CONTROLS, theme: 'light' };
