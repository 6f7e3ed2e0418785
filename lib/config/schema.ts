/**
 * The URL query ⇄ PlaygroundConfig mapping. Each URL parameter has exactly one zod codec
 * (params.ts): `parseConfig` decodes with it, `formatConfig` encodes with it, so the two directions
 * cannot drift. The parameter names are public API (links in the wild use them).
 */
import * as z from 'zod/mini';

import type { Activation } from '../protocol';
import { DEFAULT_ACTIVATION } from './codecs';
import { DEFAULT_CONFIG, NOTICE_VALUE_LENGTH } from './defaults';
import { FIELDS, PARAMS, decodeField, encodeField, type Field } from './params';
import type { ConfigNotice, ParsedConfig, PlaygroundConfig } from './types';

export { DEFAULT_CONFIG, LEARNING_RATES, LIMITS, MAX_PARAM_LENGTH, NOTICE_VALUE_LENGTH } from './defaults';
export { PARAMS, PARAM_NAMES, playgroundConfigSchema } from './params';

function cloneDefault<K extends Field>(field: K): PlaygroundConfig[K] {
  const value = DEFAULT_CONFIG[field];
  return (Array.isArray(value) ? [...value] : value) as PlaygroundConfig[K];
}

/** Shortens a raw value for display, without splitting a surrogate pair. */
function shortenForNotice(raw: string): string {
  if (raw.length <= NOTICE_VALUE_LENGTH) return raw;
  let head = raw.slice(0, NOTICE_VALUE_LENGTH - 1);
  if (/[\uD800-\uDBFF]$/.test(head)) head = head.slice(0, -1);
  return `${head}…`;
}

function notice(param: string, raw: string, usedInstead: string): ConfigNotice {
  return { param, value: shortenForNotice(raw), usedInstead };
}

function sameList<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((item, index) => item === b[index]);
}

/** The activations for `layerCount` hidden layers: a single name applies to all of them. */
function fitActivations(activations: readonly Activation[], layerCount: number): Activation[] {
  const last = activations[activations.length - 1] ?? DEFAULT_ACTIVATION;
  return Array.from({ length: layerCount }, (_, index) => activations[index] ?? last);
}

/** `act` as formatConfig would write it for these activations; '' when there are no hidden layers. */
function formatActivations(activations: readonly Activation[]): string {
  return activations.length === 0 ? '' : (encodeField('activations', [...activations]) ?? '');
}

/**
 * Reads a URL query (with or without the leading '?') into a complete, valid config.
 *
 * Every present-but-invalid value is replaced by its default and reported in `notices`. Numbers
 * out of range are not clamped: clamping would silently run something the URL did not ask for,
 * and the person who typed `lr=50` should learn that it was ignored rather than see 10 used.
 * If a parameter is repeated, the first occurrence counts. Unknown parameters (utm_*, a host
 * page's own) are ignored silently. Never throws.
 */
export function parseConfig(query: string | URLSearchParams): ParsedConfig {
  const search = typeof query === 'string' ? new URLSearchParams(query) : query;
  const config = { ...DEFAULT_CONFIG };
  const notices: ConfigNotice[] = [];

  const readField = <K extends Exclude<Field, 'until' | 'activations'>>(field: K): void => {
    const { param } = PARAMS[field];
    const raw = search.get(param);
    if (raw === null) {
      config[field] = cloneDefault(field);
      return;
    }
    const value = decodeField(field, raw);
    if (value === null) {
      config[field] = cloneDefault(field);
      notices.push(notice(param, raw, encodeField(field, DEFAULT_CONFIG[field]) ?? ''));
      return;
    }
    config[field] = value;
  };

  for (const field of FIELDS) {
    if (field === 'until') readUntil();
    else if (field === 'activations') readActivations();
    else readField(field);
  }
  return { config, notices };

  // `until` decodes to null legitimately (until=none), so it cannot use null as the failure mark.
  function readUntil(): void {
    const raw = search.get(PARAMS.until.param);
    config.until = DEFAULT_CONFIG.until;
    if (raw === null) return;
    const result = z.safeDecode(PARAMS.until.codec, raw);
    if (result.success) config.until = result.data;
    else notices.push(notice(PARAMS.until.param, raw, encodeField('until', DEFAULT_CONFIG.until) ?? ''));
  }

  // Runs after `layers` (FIELDS order), so it fits the list to the layers actually used.
  function readActivations(): void {
    const { param } = PARAMS.activations;
    const layerCount = config.layers.length;
    const raw = search.get(param);
    const defaults = fitActivations([DEFAULT_ACTIVATION], layerCount);
    config.activations = defaults;
    if (raw === null) return;

    const given = decodeField('activations', raw);
    if (given === null) {
      notices.push(notice(param, raw, formatActivations(defaults)));
      return;
    }
    // A single name applies to every layer. A list of the wrong length is still the best guess of
    // what was meant, so it is kept: padded with its last name, or truncated, and reported.
    config.activations = fitActivations(given, layerCount);
    if (given.length > 1 && given.length !== layerCount) {
      notices.push(notice(param, raw, formatActivations(config.activations)));
    }
  }
}

/**
 * Writes a config as a query string without the leading '?': parameters in a fixed order, values
 * equal to DEFAULT_CONFIG left out so shared links stay short. Real numbers are written with at
 * most 12 significant digits (0.03, not 0.030000000000000002). A field that fails its schema is
 * left out too (the link then carries the default), so this never throws.
 * For every valid config, `parseConfig(formatConfig(c))` gives back `c` with no notices.
 */
export function formatConfig(config: PlaygroundConfig): string {
  const parts: string[] = [];
  for (const field of FIELDS) {
    const text = formatField(config, field);
    if (text !== null) parts.push(`${encodeURIComponent(PARAMS[field].param)}=${encodeURIComponent(text)}`);
  }
  // Commas are safe in a query and far easier to read than %2C.
  return parts.join('&').replace(/%2C/g, ',');
}

/** The URL text of one field, or null when it is the default (or invalid) and so left out. */
function formatField<K extends Field>(config: PlaygroundConfig, field: K): string | null {
  if (field === 'activations') {
    const defaults = fitActivations([DEFAULT_ACTIVATION], config.layers.length);
    if (config.layers.length === 0 || sameList(config.activations, defaults)) return null;
    return encodeField('activations', config.activations);
  }
  const value = config[field];
  const defaultValue = DEFAULT_CONFIG[field];
  const isDefault = Array.isArray(value) && Array.isArray(defaultValue) ? sameList(value, defaultValue) : value === defaultValue;
  if (isDefault) return null;
  const text = encodeField(field, value);
  // A value that only differs from the default by float noise formats like the default.
  return text === encodeField(field, defaultValue) ? null : text;
}
