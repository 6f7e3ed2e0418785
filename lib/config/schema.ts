/**
 * The URL query ⇄ PlaygroundConfig mapping. Each URL parameter has exactly one zod codec
 * (string ⇄ typed value): `parseConfig` decodes with it, `formatConfig` encodes with it, so the
 * two directions cannot drift. The parameter names are public API (links in the wild use them).
 */
import * as z from 'zod/mini';

import {
  ACTIVATIONS,
  BACKEND_PREFERENCES,
  DATASETS,
  FEATURES,
  INITS,
  OPTIMIZERS,
  REGULARIZATIONS,
  type Activation,
} from '../protocol';
import { DEFAULT_CONFIG, LIMITS, MAX_PARAM_LENGTH, NOTICE_VALUE_LENGTH } from './defaults';
import { SPEEDS, normalizeSpeed, type Speed } from './speed';
import type { ConfigNotice, ParsedConfig, PlaygroundConfig } from './types';

export { DEFAULT_CONFIG, LEARNING_RATES, LIMITS, MAX_PARAM_LENGTH, NOTICE_VALUE_LENGTH } from './defaults';

/** Real-valued settings keep this many significant digits, which removes float noise (0.1 × 3). */
const SIGNIFICANT_DIGITS = 12;

/** The activation used for hidden layers the URL gives no activation for. */
const DEFAULT_ACTIVATION: Activation = 'tanh';

// ---------------------------------------------------------------------------------------------
// Decoding helpers. Codec decode/encode functions must never throw (zod does not catch what they
// throw), so a malformed string decodes to NaN or to itself and the output schema rejects it.

const DECIMAL = /^\s*[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?\s*$/i;

/** A plain decimal number ("0.03", "1e-4"); NaN for anything else ("", "0x10", "Infinity", "NaN"). */
function parseDecimal(text: string): number {
  return DECIMAL.test(text) ? Number(text) : Number.NaN;
}

/** Rounds to SIGNIFICANT_DIGITS (which also turns −0 into 0); NaN and ±Infinity pass through and fail later. */
function canonical(value: number): number {
  return Number.isFinite(value) ? Number(value.toPrecision(SIGNIFICANT_DIGITS)) : value;
}

function normalizeToken(text: string): string {
  return text.trim().toLowerCase();
}

function splitList(text: string): string[] {
  return text.split(',').map(normalizeToken);
}

// ---------------------------------------------------------------------------------------------
// Codec builders: every codec takes the raw URL string (capped at MAX_PARAM_LENGTH).

const rawValue = z.string().check(z.maxLength(MAX_PARAM_LENGTH));

/** A real number, rounded to SIGNIFICANT_DIGITS, within [min, max]. */
function realCodec(limits: { min: number; max: number }) {
  return z.codec(rawValue, z.number().check(z.minimum(limits.min), z.maximum(limits.max)), {
    decode: (text) => canonical(parseDecimal(text)),
    encode: (value) => String(canonical(value)),
  });
}

/** An integer within [min, max]; "1e3" is accepted, "2.5" is not. */
function integerCodec(limits: { min: number; max: number }) {
  return z.codec(rawValue, z.int().check(z.minimum(limits.min), z.maximum(limits.max)), {
    decode: (text) => parseDecimal(text) + 0, // + 0 turns −0 into 0
    encode: (value) => String(value),
  });
}

/** One of a fixed set of lower-case names, matched case-insensitively. */
function enumCodec<const T extends readonly [string, ...string[]]>(values: T) {
  return z.codec(rawValue, z.enum(values), {
    // An unknown name stays as it is and fails the enum.
    decode: (text) => normalizeToken(text) as T[number],
    encode: (value) => value,
  });
}

/** URL spelling (lower case) → internal name, e.g. leakyrelu → leakyRelu. */
const ACTIVATION_BY_URL_NAME: ReadonlyMap<string, Activation> = new Map(
  ACTIVATIONS.map((activation) => [activation.toLowerCase(), activation]),
);

const activationList = z.array(z.enum(ACTIVATIONS)).check(z.minLength(1));

/**
 * One zod codec per URL parameter, in the order `formatConfig` writes them.
 * `act` is decoded as a plain list here; `parseConfig` then fits it to the number of layers.
 */
export const PARAMS = {
  dataset: { param: 'dataset', codec: enumCodec(DATASETS) },
  n: { param: 'n', codec: integerCodec(LIMITS.n) },
  noise: { param: 'noise', codec: realCodec(LIMITS.noise) },
  trainPercent: { param: 'train', codec: realCodec(LIMITS.trainPercent) },
  seed: { param: 'seed', codec: integerCodec(LIMITS.seed) },
  features: {
    param: 'features',
    codec: z.codec(
      rawValue,
      z.array(z.enum(FEATURES)).check(
        z.minLength(1),
        z.refine((features) => new Set(features).size === features.length, 'duplicate feature'),
      ),
      {
        // Duplicates are dropped silently: "x1,x1" can only mean x1.
        decode: (text) => [...new Set(splitList(text))] as (typeof FEATURES)[number][],
        encode: (features) => features.join(','),
      },
    ),
  },
  layers: {
    param: 'layers',
    codec: z.codec(
      rawValue,
      z
        .array(z.int().check(z.minimum(LIMITS.units.min), z.maximum(LIMITS.units.max)))
        .check(z.maxLength(LIMITS.hiddenLayers.max)),
      {
        decode: (text) => (normalizeToken(text) === 'none' ? [] : splitList(text).map((token) => parseDecimal(token) + 0)),
        encode: (layers) => (layers.length === 0 ? 'none' : layers.join(',')),
      },
    ),
  },
  activations: {
    param: 'act',
    codec: z.codec(rawValue, activationList, {
      decode: (text) => splitList(text).map((token) => ACTIVATION_BY_URL_NAME.get(token) ?? (token as Activation)),
      // One name when every layer shares it (the common case), else one per layer.
      encode: (activations) =>
        activations.every((activation) => activation === activations[0])
          ? activations.slice(0, 1).join('').toLowerCase()
          : activations.join(',').toLowerCase(),
    }),
  },
  learningRate: { param: 'lr', codec: realCodec(LIMITS.learningRate) },
  batchSize: {
    param: 'batch',
    codec: z.codec(
      rawValue,
      z.union([z.literal('full'), z.int().check(z.minimum(LIMITS.batchSize.min), z.maximum(LIMITS.batchSize.max))]),
      {
        decode: (text) => (normalizeToken(text) === 'full' ? ('full' as const) : parseDecimal(text) + 0),
        encode: (batchSize) => String(batchSize),
      },
    ),
  },
  init: { param: 'init', codec: enumCodec(INITS) },
  optimizer: { param: 'opt', codec: enumCodec(OPTIMIZERS) },
  regularization: { param: 'reg', codec: enumCodec(REGULARIZATIONS) },
  lambda: { param: 'lambda', codec: realCodec(LIMITS.lambda) },
  until: {
    param: 'until',
    // `until=none` spells the default (run on) explicitly.
    codec: z.codec(rawValue, z.nullable(z.int().check(z.minimum(LIMITS.until.min), z.maximum(LIMITS.until.max))), {
      decode: (text) => (normalizeToken(text) === 'none' ? null : parseDecimal(text) + 0),
      encode: (until) => (until === null ? 'none' : String(until)),
    }),
  },
  speed: { param: 'speed', codec: z.codec(rawValue, z.enum(SPEEDS), { decode: (text) => normalizeSpeed(text) as Speed, encode: (speed) => speed }) },
  autoplay: {
    param: 'autoplay',
    codec: z.codec(rawValue, z.boolean(), {
      decode: (text, payload) => {
        const token = normalizeToken(text);
        if (token === '1' || token === 'true') return true;
        if (token === '0' || token === 'false') return false;
        payload.issues.push({ code: 'custom', message: 'expected 1, 0, true or false', input: text });
        return z.NEVER;
      },
      encode: (autoplay) => (autoplay ? '1' : '0'),
    }),
  },
  backend: { param: 'backend', codec: enumCodec(BACKEND_PREFERENCES) },
} as const satisfies ParamTable;

type Field = keyof PlaygroundConfig;
type ParamTable = { [K in Field]: { param: string; codec: z.ZodMiniType<PlaygroundConfig[K], string> } };
/** PARAMS seen through the mapped type, so generic code over a field keeps value and codec in step. */
const PARAM_TABLE: ParamTable = PARAMS;
const FIELDS = Object.keys(PARAMS) as Field[];

/** The URL parameter names, in the order formatConfig writes them. */
export const PARAM_NAMES: readonly string[] = FIELDS.map((field) => PARAMS[field].param);

/**
 * A complete, valid PlaygroundConfig: every field passes its parameter's schema and there is one
 * activation per hidden layer. `parseConfig` only ever returns configs that pass it.
 */
export const playgroundConfigSchema = z
  .object({
    dataset: PARAMS.dataset.codec.def.out,
    n: PARAMS.n.codec.def.out,
    noise: PARAMS.noise.codec.def.out,
    trainPercent: PARAMS.trainPercent.codec.def.out,
    seed: PARAMS.seed.codec.def.out,
    features: PARAMS.features.codec.def.out,
    layers: PARAMS.layers.codec.def.out,
    // Empty when there are no hidden layers, so not the `act` codec's non-empty list.
    activations: z.array(z.enum(ACTIVATIONS)),
    learningRate: PARAMS.learningRate.codec.def.out,
    batchSize: PARAMS.batchSize.codec.def.out,
    init: PARAMS.init.codec.def.out,
    optimizer: PARAMS.optimizer.codec.def.out,
    regularization: PARAMS.regularization.codec.def.out,
    lambda: PARAMS.lambda.codec.def.out,
    until: PARAMS.until.codec.def.out,
    speed: PARAMS.speed.codec.def.out,
    autoplay: PARAMS.autoplay.codec.def.out,
    backend: PARAMS.backend.codec.def.out,
  })
  .check(
    z.refine((config) => config.activations.length === config.layers.length, {
      message: 'one activation per hidden layer',
      path: ['activations'],
    }),
  ) satisfies z.ZodMiniType<PlaygroundConfig>;

// ---------------------------------------------------------------------------------------------

function encodeField<K extends Field>(field: K, value: PlaygroundConfig[K]): string | null {
  const codec = PARAM_TABLE[field].codec;
  const result = z.safeEncode(codec, value);
  return result.success ? result.data : null;
}

function decodeField<K extends Field>(field: K, raw: string): PlaygroundConfig[K] | null {
  const codec = PARAM_TABLE[field].codec;
  const result = z.safeDecode(codec, raw);
  return result.success ? result.data : null;
}

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
