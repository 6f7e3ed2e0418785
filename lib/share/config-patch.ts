/**
 * Changing part of a config with URL-style parameters (the embed's `setConfig` message), through the
 * same codecs as the URL itself, so one schema validates links and messages alike.
 */
import * as z from 'zod/mini';

import { PARAMS, formatConfig, parseConfig, type ConfigNotice, type PlaygroundConfig } from '../config';

/** URL parameter name → value; numbers and booleans are written as the URL would spell them. */
export type ConfigPatch = Readonly<Record<string, string | number | boolean>>;

export interface ConfigPatchResult {
  config: PlaygroundConfig;
  /** Patched values that were refused (the current setting stays) or adjusted (a short `act` list). */
  notices: ConfigNotice[];
  /** Patch keys that are not playground parameters (e.g. the embed's own `show`, `theme`). */
  ignored: string[];
}

type Field = keyof PlaygroundConfig;
const FIELD_BY_PARAM: ReadonlyMap<string, Field> = new Map(
  (Object.keys(PARAMS) as Field[]).map((field) => [PARAMS[field].param, field]),
);

function patchValueText(value: string | number | boolean): string {
  if (typeof value === 'boolean') return value ? '1' : '0';
  return String(value);
}

/** The URL text of one field of a valid config. */
function fieldText(config: PlaygroundConfig, field: Field): string {
  if (field === 'activations' && config.activations.length === 0) return '';
  const result = z.safeEncode(PARAMS[field].codec as z.ZodMiniType<unknown, string>, config[field]);
  return result.success ? result.data : '';
}

/**
 * `current` with the parameters in `patch` changed, read exactly as `parseConfig` reads a URL
 * (same names, same spellings: `{ lr: 0.1, layers: '4,4', act: 'relu', autoplay: true }`).
 * Unlike a URL, a refused value keeps the current setting rather than the default; each refusal is
 * a notice whose `usedInstead` is that current setting. Never throws.
 */
export function applyConfigPatch(current: PlaygroundConfig, patch: ConfigPatch): ConfigPatchResult {
  const base = new URLSearchParams(formatConfig(current));
  const ignored: string[] = [];
  const patched = new Map<string, string>();
  for (const [key, value] of Object.entries(patch)) {
    if (FIELD_BY_PARAM.has(key)) patched.set(key, patchValueText(value));
    else ignored.push(key);
  }

  const withPatch = (entries: Map<string, string>): URLSearchParams => {
    const search = new URLSearchParams(base);
    for (const [key, text] of entries) search.set(key, text);
    return search;
  };

  const first = parseConfig(withPatch(patched));
  const refused = new Map(first.notices.filter((n) => patched.has(n.param)).map((n) => [n.param, n]));
  if (refused.size === 0) return { config: first.config, notices: first.notices, ignored };

  // Drop the refused values so the current settings stay, and parse again.
  const accepted = new Map([...patched].filter(([key]) => !refused.has(key)));
  const second = parseConfig(withPatch(accepted));
  const notices: ConfigNotice[] = [...refused.values()].map((n) => {
    const field = FIELD_BY_PARAM.get(n.param);
    return field ? { ...n, usedInstead: fieldText(second.config, field) } : n;
  });
  for (const n of second.notices) if (!refused.has(n.param)) notices.push(n);
  return { config: second.config, notices, ignored };
}
