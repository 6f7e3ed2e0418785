/**
 * One zod codec per URL parameter (string ⇄ typed value), the parameter names, and the schema of a
 * complete config. The parameter names are public API (links in the wild use them).
 */
import * as z from 'zod/mini';

import { ACTIVATIONS, BACKEND_PREFERENCES, DATASETS, FEATURES, INITS, OPTIMIZERS, REGULARIZATIONS, type Activation } from '../protocol';
import { LIMITS } from './defaults';
import { ACTIVATION_BY_URL_NAME, activationList, enumCodec, integerCodec, normalizeToken, parseDecimal, rawValue, realCodec, splitList } from './codecs';
import { SPEEDS, normalizeSpeed, type Speed } from './speed';
import type { PlaygroundConfig } from './types';

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
  autoplay: { param: 'autoplay', codec: booleanCodec() },
  discretize: { param: 'discretize', codec: booleanCodec() },
  backend: { param: 'backend', codec: enumCodec(BACKEND_PREFERENCES) },
} as const satisfies ParamTable;

/** 1, 0, true or false (any case) ⇄ a boolean, written 1 or 0. */
function booleanCodec() {
  return z.codec(rawValue, z.boolean(), {
    decode: (text, payload) => {
      const token = normalizeToken(text);
      if (token === '1' || token === 'true') return true;
      if (token === '0' || token === 'false') return false;
      payload.issues.push({ code: 'custom', message: 'expected 1, 0, true or false', input: text });
      return z.NEVER;
    },
    encode: (value: boolean) => (value ? '1' : '0'),
  });
}

export type Field = keyof PlaygroundConfig;
type ParamTable = { [K in Field]: { param: string; codec: z.ZodMiniType<PlaygroundConfig[K], string> } };
/** PARAMS seen through the mapped type, so generic code over a field keeps value and codec in step. */
const PARAM_TABLE: ParamTable = PARAMS;
export const FIELDS = Object.keys(PARAMS) as Field[];

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
    discretize: PARAMS.discretize.codec.def.out,
    backend: PARAMS.backend.codec.def.out,
  })
  .check(
    z.refine((config) => config.activations.length === config.layers.length, {
      message: 'one activation per hidden layer',
      path: ['activations'],
    }),
  ) satisfies z.ZodMiniType<PlaygroundConfig>;

/** The URL text of a value, or null when it fails its schema. */
export function encodeField<K extends Field>(field: K, value: PlaygroundConfig[K]): string | null {
  const codec = PARAM_TABLE[field].codec;
  const result = z.safeEncode(codec, value);
  return result.success ? result.data : null;
}

/** The value of a URL text, or null when it fails its schema. */
export function decodeField<K extends Field>(field: K, raw: string): PlaygroundConfig[K] | null {
  const codec = PARAM_TABLE[field].codec;
  const result = z.safeDecode(codec, raw);
  return result.success ? result.data : null;
}

