/**
 * How a playground is displayed (not what it trains): which panels and controls an embed shows,
 * and its theme. Parsed from the URL like the config, with the same rule: a bad value is ignored
 * with a notice, and the default is used.
 */
import * as z from 'zod/mini';
import { CONTROLS, DEFAULT_DISPLAY, PANELS, THEMES, type DisplayConfig } from './display-options';
import type { ConfigNotice } from './types';

export { CONTROLS, DEFAULT_DISPLAY, PANELS, THEMES, type Control, type DisplayConfig, type Panel, type Theme } from './display-options';

const MAX_LENGTH = 300;

/** A comma list of names from `allowed`, non-empty, without duplicates (order kept). */
function listOf<T extends string>(allowed: readonly T[]) {
  return z.pipe(
    z.pipe(
      z.string().check(z.maxLength(MAX_LENGTH)),
      z.transform((raw: string) => [...new Set(raw.split(',').map((s) => s.trim().toLowerCase()).filter(Boolean))]),
    ),
    z.array(z.enum(allowed as unknown as [T, ...T[]])).check(z.minLength(1)),
  );
}

const SCHEMAS = {
  show: { field: 'panels', schema: listOf(PANELS) },
  controls: { field: 'controls', schema: listOf(CONTROLS) },
  theme: { field: 'theme', schema: z.pipe(z.string().check(z.trim(), z.toLowerCase()), z.enum(THEMES)) },
} as const;

const shorten = (value: string) => (value.length > 40 ? `${value.slice(0, 39)}…` : value);

/** Reads `show`, `controls` and `theme`; never throws. */
export function parseDisplay(query: string | URLSearchParams): { display: DisplayConfig; notices: ConfigNotice[] } {
  const params = typeof query === 'string' ? new URLSearchParams(query.replace(/^\?/, '')) : query;
  const display: DisplayConfig = { ...DEFAULT_DISPLAY };
  const notices: ConfigNotice[] = [];
  for (const [param, { field, schema }] of Object.entries(SCHEMAS)) {
    const raw = params.get(param);
    if (raw === null) continue;
    const result = schema.safeParse(raw);
    if (result.success) Object.assign(display, { [field]: result.data });
    else notices.push({ param, value: shorten(raw), usedInstead: formatDefault(field as keyof DisplayConfig) });
  }
  return { display, notices };
}

function formatDefault(field: keyof DisplayConfig): string {
  const value = DEFAULT_DISPLAY[field];
  return Array.isArray(value) ? value.join(',') : String(value);
}

/** The query parameters for a display (only those that differ from the default). */
export function formatDisplay(display: DisplayConfig): string {
  const params = new URLSearchParams();
  if (display.panels.join() !== DEFAULT_DISPLAY.panels.join()) params.set('show', display.panels.join(','));
  if (display.controls.join() !== DEFAULT_DISPLAY.controls.join()) params.set('controls', display.controls.join(','));
  if (display.theme !== DEFAULT_DISPLAY.theme) params.set('theme', display.theme);
  return params.toString().replace(/%2C/g, ',');
}
