/**
 * Compact, versioned encoding of labelled points for the `points` URL parameter.
 *
 * Text: `1.` (format version, then a dot) followed by base64url (RFC 4648 §5, alphabet A–Z a–z 0–9
 * `-` `_`, no padding, unused trailing bits zero) of these bytes, all integers big-endian:
 *
 *   count            uint16    number of points n (0 … MAX_SHARED_POINTS)
 *   n × coordinates  uint16 q1, uint16 q2 per point, in point order
 *   flags            ⌈n / 4⌉ bytes, 2 bits per point: point i uses bits 2(i mod 4) and
 *                    2(i mod 4) + 1 of byte ⌊i / 4⌋ — the low bit is the label, the high bit is
 *                    set for a test point. Bits past the last point are zero.
 *
 * so n points take 2 + 4n + ⌈n / 4⌉ bytes (4.25 bytes a point; 2,000 points ≈ 11,340 characters).
 * The explicit count lets a truncated link be told apart from a shorter valid one.
 *
 * Quantisation: x ∈ [DOMAIN_MIN, DOMAIN_MAX] maps to q = round((x − DOMAIN_MIN) / STEP) with
 * STEP = (DOMAIN_MAX − DOMAIN_MIN) / 65535 = 12 / 65535 ≈ 1.831e-4, and decodes to
 * DOMAIN_MIN + q · STEP, so a decoded coordinate is within STEP / 2 ≈ 9.16e-5 of the original.
 * Coordinates outside the domain are clamped to it first. Labels and splits are exact.
 */
import { DOMAIN_MAX, DOMAIN_MIN, type LabeledPoint } from '../protocol';

export const POINT_CODEC_VERSION = 1;
/** Larger point sets do not fit a link; the UI offers the file export instead. */
export const MAX_SHARED_POINTS = 2000;

const QUANT_LEVELS = 65535;
/** Distance between neighbouring quantised coordinates: 12 / 65535. */
export const POINT_QUANTISATION_STEP = (DOMAIN_MAX - DOMAIN_MIN) / QUANT_LEVELS;

export type PointCodecError = 'version' | 'format' | 'length' | 'tooMany' | 'tooLong';
export type DecodePointsResult = { ok: true; points: LabeledPoint[] } | { ok: false; error: PointCodecError };

const PREFIX = `${POINT_CODEC_VERSION}.`;
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
/** Character code → 6-bit value, −1 outside the alphabet. */
const DECODE_TABLE: Int8Array = (() => {
  const table = new Int8Array(128).fill(-1);
  for (let i = 0; i < ALPHABET.length; i++) table[ALPHABET.charCodeAt(i)] = i;
  return table;
})();

function byteLength(pointCount: number): number {
  return 2 + 4 * pointCount + Math.ceil(pointCount / 4);
}

function base64urlLength(bytes: number): number {
  return Math.ceil((bytes * 4) / 3);
}

/** Length of the text for `pointCount` points; decodePoints refuses anything longer than this for MAX_SHARED_POINTS. */
export function encodedPointsLength(pointCount: number): number {
  return PREFIX.length + base64urlLength(byteLength(pointCount));
}

export const MAX_POINTS_TEXT_LENGTH = encodedPointsLength(MAX_SHARED_POINTS);

function toBase64url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const b0 = bytes[i]!;
    const b1 = bytes[i + 1] ?? 0;
    const b2 = bytes[i + 2] ?? 0;
    const triple = (b0 << 16) | (b1 << 8) | b2;
    const chars = Math.min(4, base64urlLength(bytes.length - i));
    for (let c = 0; c < chars; c++) out += ALPHABET[(triple >> (18 - 6 * c)) & 63];
  }
  return out;
}

/**
 * Bytes of a base64url payload, with whether its unused trailing bits are zero (canonical), or the
 * error: `format` for a character outside the alphabet, `length` for an impossible length.
 */
function fromBase64url(text: string): { bytes: Uint8Array; isCanonical: boolean } | PointCodecError {
  const values = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const value = code < 128 ? DECODE_TABLE[code]! : -1;
    if (value < 0) return 'format';
    values[i] = value;
  }
  if (text.length % 4 === 1) return 'length';
  const bytes = new Uint8Array(Math.floor((text.length * 3) / 4));
  let accumulator = 0;
  let bitCount = 0;
  let byteIndex = 0;
  for (const value of values) {
    accumulator = (accumulator << 6) | value;
    bitCount += 6;
    if (bitCount >= 8) {
      bitCount -= 8;
      bytes[byteIndex++] = (accumulator >> bitCount) & 255;
      accumulator &= (1 << bitCount) - 1;
    }
  }
  return { bytes, isCanonical: accumulator === 0 };
}

function quantise(x: number): number {
  const q = Math.round((x - DOMAIN_MIN) / POINT_QUANTISATION_STEP);
  return Math.min(QUANT_LEVELS, Math.max(0, q));
}

function dequantise(q: number): number {
  return DOMAIN_MIN + (q / QUANT_LEVELS) * (DOMAIN_MAX - DOMAIN_MIN);
}

/**
 * The `points` parameter value for these points (`1.AAA` for none).
 * Throws RangeError for more than MAX_SHARED_POINTS points or a non-finite coordinate: the caller
 * checks `points.length` first and offers the file export instead.
 */
export function encodePoints(points: readonly LabeledPoint[]): string {
  const n = points.length;
  if (n > MAX_SHARED_POINTS) throw new RangeError(`at most ${MAX_SHARED_POINTS} points fit a link, got ${n}`);
  const bytes = new Uint8Array(byteLength(n));
  bytes[0] = n >> 8;
  bytes[1] = n & 255;
  const flagsStart = 2 + 4 * n;
  points.forEach((point, i) => {
    if (!Number.isFinite(point.x1) || !Number.isFinite(point.x2)) {
      throw new RangeError(`point ${i} has a non-finite coordinate`);
    }
    const q1 = quantise(point.x1);
    const q2 = quantise(point.x2);
    const offset = 2 + 4 * i;
    bytes[offset] = q1 >> 8;
    bytes[offset + 1] = q1 & 255;
    bytes[offset + 2] = q2 >> 8;
    bytes[offset + 3] = q2 & 255;
    const flags = (point.label === 1 ? 1 : 0) | (point.split === 'test' ? 2 : 0);
    bytes[flagsStart + (i >> 2)]! |= flags << (2 * (i & 3));
  });
  return PREFIX + toBase64url(bytes);
}

/**
 * Reads a `points` parameter value. Never throws, whatever it is given. Errors, in the order checked:
 * `tooLong` longer than MAX_POINTS_TEXT_LENGTH (refused unread) · `format` no `<digits>.` prefix ·
 * `version` another format version · `format` a character outside base64url · `length` a
 * character count impossible in base64url, fewer than 2 bytes · `tooMany` a stated count above
 * MAX_SHARED_POINTS · `length` a byte count other than that of the stated count (truncated or
 * extended links) · `format` non-zero unused base64url bits or flag bits after the last point.
 */
export function decodePoints(text: string): DecodePointsResult {
  if (typeof text !== 'string') return { ok: false, error: 'format' };
  if (text.length > MAX_POINTS_TEXT_LENGTH) return { ok: false, error: 'tooLong' };
  const version = /^(\d{1,9})\./.exec(text);
  if (!version) return { ok: false, error: 'format' };
  if (version[1] !== String(POINT_CODEC_VERSION)) return { ok: false, error: 'version' };
  const payload = fromBase64url(text.slice(version[0].length));
  if (typeof payload === 'string') return { ok: false, error: payload };
  const { bytes } = payload;
  if (bytes.length < 2) return { ok: false, error: 'length' };

  const n = (bytes[0]! << 8) | bytes[1]!;
  if (n > MAX_SHARED_POINTS) return { ok: false, error: 'tooMany' };
  // Checked before the padding bits, so a truncated link reads as `length`, not `format`.
  if (bytes.length !== byteLength(n)) return { ok: false, error: 'length' };
  if (!payload.isCanonical) return { ok: false, error: 'format' };

  const flagsStart = 2 + 4 * n;
  const usedBitsInLastByte = 2 * (n % 4);
  if (usedBitsInLastByte > 0 && bytes[bytes.length - 1]! >> usedBitsInLastByte !== 0) {
    return { ok: false, error: 'format' };
  }
  const points: LabeledPoint[] = new Array<LabeledPoint>(n);
  for (let i = 0; i < n; i++) {
    const offset = 2 + 4 * i;
    const flags = (bytes[flagsStart + (i >> 2)]! >> (2 * (i & 3))) & 3;
    points[i] = {
      x1: dequantise((bytes[offset]! << 8) | bytes[offset + 1]!),
      x2: dequantise((bytes[offset + 2]! << 8) | bytes[offset + 3]!),
      label: (flags & 1) === 1 ? 1 : 0,
      split: (flags & 2) === 2 ? 'test' : 'train',
    };
  }
  return { ok: true, points };
}
