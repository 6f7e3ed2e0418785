/**
 * Property-based checks of every parser that reads outside input (URL, files, postMessage):
 * for any input they return a valid value or a clear error, and never throw.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PARAM_NAMES, parseConfig, playgroundConfigSchema } from './schema';
import { parseDisplay, PANELS, CONTROLS, THEMES } from './display';
import { decodePoints, parseInboundMessage, parsePointsFile } from '../share';

const hostileStrings = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary', maxLength: 50 }),
  fc.constantFrom('<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', 'NaN', 'Infinity', '-1e400', '__proto__', '%00', '%E0%A4%A', 'javascript:alert(1)'),
  fc.integer().map(String),
  fc.double().map(String),
);

const queryStrings = fc
  .array(fc.tuple(fc.oneof(fc.constantFrom(...PARAM_NAMES, 'show', 'controls', 'theme', 'points'), fc.string()), hostileStrings, fc.boolean()), { maxLength: 12 })
  .map((pairs) => pairs.map(([k, v, isEncoded]) => `${encodeURIComponent(k)}=${isEncoded ? encodeURIComponent(v) : v}`).join('&'));

describe('URL parsers never throw and always give a valid config', () => {
  it('parseConfig', () => {
    fc.assert(
      fc.property(queryStrings, (query) => {
        const { config, notices } = parseConfig(query);
        expect(playgroundConfigSchema.safeParse(config).success).toBe(true);
        for (const n of notices) expect(n.value.length).toBeLessThanOrEqual(40);
      }),
      { numRuns: 2000 },
    );
  });

  it('parseDisplay', () => {
    fc.assert(
      fc.property(queryStrings, (query) => {
        const { display } = parseDisplay(query);
        expect(display.panels.every((p) => (PANELS as readonly string[]).includes(p))).toBe(true);
        expect(display.controls.every((c) => (CONTROLS as readonly string[]).includes(c))).toBe(true);
        expect(THEMES).toContain(display.theme);
      }),
      { numRuns: 1000 },
    );
  });

  it('decodePoints', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string().map((s) => `1.${s}`), fc.base64String().map((s) => `1.${s.replace(/=/g, '')}`)), (text) => {
        const result = decodePoints(text);
        if (result.ok) for (const p of result.points) expect(Number.isFinite(p.x1) && Number.isFinite(p.x2)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('file and message parsers never throw', () => {
  it('parsePointsFile on random CSV-like and JSON-like text', () => {
    const csvLike = fc.array(fc.array(hostileStrings, { maxLength: 5 }).map((cells) => cells.join(',')), { maxLength: 20 }).map((rows) => ['x1,x2,label', ...rows].join('\n'));
    const jsonLike = fc.jsonValue().map((v) => JSON.stringify(v));
    fc.assert(
      fc.property(fc.oneof(csvLike, jsonLike, fc.string()), fc.constantFrom('a.csv', 'a.json', 'a.txt'), (text, name) => {
        const result = parsePointsFile(text, name);
        if (result.ok) expect(result.points.every((p) => p.label === 0 || p.label === 1)).toBe(true);
        else expect(result.errors.length).toBeGreaterThan(0);
      }),
      { numRuns: 1500 },
    );
  });

  it('parseInboundMessage on random objects, including near-valid ones', () => {
    const nearValid = fc.record(
      {
        source: fc.oneof(fc.constant('nn-playground'), fc.string()),
        version: fc.oneof(fc.constant(1), fc.integer()),
        type: fc.oneof(fc.constantFrom('play', 'pause', 'step', 'reset', 'getState', 'setConfig', 'setPoints'), fc.string()),
        config: fc.anything(),
        points: fc.anything(),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.oneof(fc.anything(), nearValid), (data) => {
        const result = parseInboundMessage(data);
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 3000 },
    );
  });
});
