/**
 * The building blocks of the URL codecs (params.ts): decoding helpers and codec builders, each taking
 * the raw URL string (capped at MAX_PARAM_LENGTH).
 */
import * as z from 'zod/mini';

import { ACTIVATIONS, type Activation } from '../protocol';
import { MAX_PARAM_LENGTH } from './defaults';

/** Real-valued settings keep this many significant digits, which removes float noise (0.1 × 3). */
export const SIGNIFICANT_DIGITS = 12;

/** The activation used for hidden layers the URL gives no activation for. */
export const DEFAULT_ACTIVATION: Activation = 'tanh';

// ---------------------------------------------------------------------------------------------
// Decoding helpers. Codec decode/encode functions must never throw (zod does not catch what they
// throw), so a malformed string decodes to NaN or to itself and the output schema rejects it.

const DECIMAL = /^\s*[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?\s*$/i;

/** A plain decimal number ("0.03", "1e-4"); NaN for anything else ("", "0x10", "Infinity", "NaN"). */
export function parseDecimal(text: string): number {
  return DECIMAL.test(text) ? Number(text) : Number.NaN;
}

/** Rounds to SIGNIFICANT_DIGITS (which also turns −0 into 0); NaN and ±Infinity pass through and fail later. */
export function canonical(value: number): number {
  return Number.isFinite(value) ? Number(value.toPrecision(SIGNIFICANT_DIGITS)) : value;
}

export function normalizeToken(text: string): string {
  return text.trim().toLowerCase();
}

export function splitList(text: string): string[] {
  return text.split(',').map(normalizeToken);
}

// ---------------------------------------------------------------------------------------------
// Codec builders: every codec takes the raw URL string (capped at MAX_PARAM_LENGTH).

export const rawValue = z.string().check(z.maxLength(MAX_PARAM_LENGTH));

/** A real number, rounded to SIGNIFICANT_DIGITS, within [min, max]. */
export function realCodec(limits: { min: number; max: number }) {
  return z.codec(rawValue, z.number().check(z.minimum(limits.min), z.maximum(limits.max)), {
    decode: (text) => canonical(parseDecimal(text)),
    encode: (value) => String(canonical(value)),
  });
}

/** An integer within [min, max]; "1e3" is accepted, "2.5" is not. */
export function integerCodec(limits: { min: number; max: number }) {
  return z.codec(rawValue, z.int().check(z.minimum(limits.min), z.maximum(limits.max)), {
    decode: (text) => parseDecimal(text) + 0, // + 0 turns −0 into 0
    encode: (value) => String(value),
  });
}

/** One of a fixed set of lower-case names, matched case-insensitively. */
export function enumCodec<const T extends readonly [string, ...string[]]>(values: T) {
  return z.codec(rawValue, z.enum(values), {
    // An unknown name stays as it is and fails the enum.
    decode: (text) => normalizeToken(text) as T[number],
    encode: (value) => value,
  });
}

/** URL spelling (lower case) → internal name, e.g. leakyrelu → leakyRelu. */
export const ACTIVATION_BY_URL_NAME: ReadonlyMap<string, Activation> = new Map(
  ACTIVATIONS.map((activation) => [activation.toLowerCase(), activation]),
);

export const activationList = z.array(z.enum(ACTIVATIONS)).check(z.minLength(1));

