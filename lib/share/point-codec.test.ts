import { describe, expect, it } from 'vitest';

import { createRng } from '../data/random';
import type { LabeledPoint } from '../protocol';
import {
  MAX_POINTS_TEXT_LENGTH,
  MAX_SHARED_POINTS,
  POINT_QUANTISATION_STEP,
  decodePoints,
  encodePoints,
  encodedPointsLength,
} from './point-codec';

/** Independent base64url (through btoa) of raw bytes, for hand-built payloads. */
function b64url(bytes: number[]): string {
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

function fromB64url(text: string): number[] {
  const padded = text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4);
  return Array.from(atob(padded), (c) => c.charCodeAt(0));
}

function randomPoints(seed: number, count: number): LabeledPoint[] {
  const rng = createRng(seed);
  return Array.from({ length: count }, () => ({
    x1: rng.uniform(-6, 6),
    x2: rng.uniform(-6, 6),
    label: rng.next() < 0.5 ? 0 : 1,
    split: rng.next() < 0.3 ? 'test' : 'train',
  }));
}

function decodeOk(text: string): LabeledPoint[] {
  const result = decodePoints(text);
  if (!result.ok) throw new Error(`expected ok, got ${result.error}`);
  return result.points;
}

describe('point codec', () => {
  it('states a quantisation step of 12/65535', () => {
    expect(POINT_QUANTISATION_STEP).toBeCloseTo(12 / 65535, 15);
  });

  it('round-trips random points within half a step; labels and splits exactly', () => {
    for (const seed of [1, 2, 3]) {
      const points = randomPoints(seed, 500);
      const text = encodePoints(points);
      expect(text.startsWith('1.')).toBe(true);
      expect(text).toMatch(/^1\.[A-Za-z0-9_-]*$/);
      const decoded = decodeOk(text);
      expect(decoded).toHaveLength(points.length);
      decoded.forEach((point, i) => {
        const original = points[i]!;
        expect(Math.abs(point.x1 - original.x1)).toBeLessThanOrEqual(6 / 65535 + 1e-12);
        expect(Math.abs(point.x2 - original.x2)).toBeLessThanOrEqual(6 / 65535 + 1e-12);
        expect(point.label).toBe(original.label);
        expect(point.split).toBe(original.split);
      });
      // Decoded points are fixed points of the codec.
      expect(encodePoints(decoded)).toBe(text);
    }
  });

  it('round-trips every label/split combination at every position within a flag byte', () => {
    const combos: Array<Pick<LabeledPoint, 'label' | 'split'>> = [
      { label: 0, split: 'train' },
      { label: 1, split: 'train' },
      { label: 0, split: 'test' },
      { label: 1, split: 'test' },
    ];
    for (let count = 1; count <= 9; count++) {
      const points: LabeledPoint[] = Array.from({ length: count }, (_, i) => ({ x1: 0, x2: 0, ...combos[(i * 3 + count) % 4]! }));
      const decoded = decodeOk(encodePoints(points));
      expect(decoded.map((p) => [p.label, p.split])).toEqual(points.map((p) => [p.label, p.split]));
    }
  });

  it('maps the domain ends exactly and clamps outside points', () => {
    const decoded = decodeOk(
      encodePoints([
        { x1: -6, x2: 6, label: 0, split: 'train' },
        { x1: -100, x2: 7, label: 1, split: 'test' },
      ]),
    );
    expect(decoded[0]).toEqual({ x1: -6, x2: 6, label: 0, split: 'train' });
    expect(decoded[1]).toEqual({ x1: -6, x2: 6, label: 1, split: 'test' });
  });

  it('follows the documented byte layout', () => {
    // Two points: (−6, 6, label 1, train) and (6, −6, label 0, test).
    const text = encodePoints([
      { x1: -6, x2: 6, label: 1, split: 'train' },
      { x1: 6, x2: -6, label: 0, split: 'test' },
    ]);
    expect(fromB64url(text.slice(2))).toEqual([0, 2, 0, 0, 255, 255, 255, 255, 0, 0, 0b1001]);
  });

  it('round-trips the empty list', () => {
    const text = encodePoints([]);
    expect(decodeOk(text)).toEqual([]);
    expect(text).toBe(`1.${b64url([0, 0])}`);
  });

  it('accepts MAX_SHARED_POINTS points and refuses one more when encoding', () => {
    const points = randomPoints(7, MAX_SHARED_POINTS);
    const text = encodePoints(points);
    expect(text.length).toBe(MAX_POINTS_TEXT_LENGTH);
    expect(text.length).toBe(encodedPointsLength(MAX_SHARED_POINTS));
    expect(decodeOk(text)).toHaveLength(MAX_SHARED_POINTS);
    expect(() => encodePoints(randomPoints(7, MAX_SHARED_POINTS + 1))).toThrow(RangeError);
    expect(() => encodePoints([{ x1: Number.NaN, x2: 0, label: 0, split: 'train' }])).toThrow(RangeError);
  });

  it('decodes a hand-built payload', () => {
    // One point q1 = 0 (x1 = −6), q2 = 65535 (x2 = 6), label 1, test.
    expect(decodeOk(`1.${b64url([0, 1, 0, 0, 255, 255, 0b11])}`)).toEqual([{ x1: -6, x2: 6, label: 1, split: 'test' }]);
  });

  describe('rejects corrupt input without throwing', () => {
    const good = encodePoints(randomPoints(11, 10));
    const cases: Array<[string, string, string]> = [
      ['bad version', `2${good.slice(1)}`, 'version'],
      ['leading-zero version', `01${good.slice(1)}`, 'version'],
      ['no version', good.slice(2), 'format'],
      ['empty string', '', 'format'],
      ['bad characters', `${good.slice(0, 10)}+${good.slice(11)}`, 'format'],
      ['padding', `${good}=`, 'format'],
      ['non-ASCII', `${good.slice(0, 10)}é${good.slice(11)}`, 'format'],
      ['truncated by one character', good.slice(0, -1), 'length'],
      ['truncated by a point', good.slice(0, -6), 'length'],
      ['one byte', `1.${b64url([0])}`, 'length'],
      ['extra bytes', `1.${b64url([0, 1, 0, 0, 0, 0, 0, 7])}`, 'length'],
      ['count without data', `1.${b64url([0, 5])}`, 'length'],
      ['too many', `1.${b64url([(MAX_SHARED_POINTS + 1) >> 8, (MAX_SHARED_POINTS + 1) & 255])}`, 'tooMany'],
      ['65535 points claimed', `1.${b64url([255, 255, 1, 2, 3])}`, 'tooMany'],
      ['flag bits past the last point', `1.${b64url([0, 1, 0, 0, 0, 0, 0b100])}`, 'format'],
      ['non-zero unused base64 bits', `1.AAB`, 'format'],
      ['a million characters', `1.${'A'.repeat(1_000_000)}`, 'tooLong'],
      ['one character over the limit', 'A'.repeat(MAX_POINTS_TEXT_LENGTH + 1), 'tooLong'],
    ];
    it.each(cases)('%s', (_name, text, error) => {
      expect(decodePoints(text)).toEqual({ ok: false, error });
    });

    it('non-strings', () => {
      for (const value of [null, undefined, 42, {}, ['1.AAA']]) {
        expect(decodePoints(value as unknown as string)).toEqual({ ok: false, error: 'format' });
      }
    });

    it('random mutations of a valid string never throw', () => {
      const rng = createRng(99);
      const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.=+/ 1';
      for (let trial = 0; trial < 3000; trial++) {
        let text = good;
        const edits = 1 + rng.int(4);
        for (let e = 0; e < edits; e++) {
          const at = rng.int(text.length + 1);
          const kind = rng.int(3);
          const char = alphabet[rng.int(alphabet.length)]!;
          if (kind === 0) text = text.slice(0, at) + char + text.slice(at);
          else if (kind === 1) text = text.slice(0, at) + text.slice(at + 1);
          else text = text.slice(0, at) + char + text.slice(at + 1);
        }
        const result = decodePoints(text);
        if (result.ok) {
          for (const p of result.points) {
            expect(p.x1).toBeGreaterThanOrEqual(-6);
            expect(p.x1).toBeLessThanOrEqual(6);
            expect([0, 1]).toContain(p.label);
          }
        }
      }
    });
  });
});
