import { describe, expect, it } from 'vitest';

import { createRng } from '../data/random';
import type { LabeledPoint } from '../protocol';
import {
  MAX_IMPORT_BYTES,
  MAX_IMPORT_ERRORS,
  MAX_IMPORT_POINTS,
  parsePointsFile,
  pointsToCsv,
  pointsToJson,
  type ImportError,
  type ImportResult,
} from './points-io';

function randomPoints(seed: number, count: number): LabeledPoint[] {
  const rng = createRng(seed);
  return Array.from({ length: count }, () => ({
    x1: rng.uniform(-6, 6),
    x2: rng.uniform(-6, 6),
    label: rng.next() < 0.5 ? 0 : 1,
    split: rng.next() < 0.3 ? 'test' : 'train',
  }));
}

function okPoints(result: ImportResult): LabeledPoint[] {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.errors)}`);
  return result.points;
}

function errorsOf(result: ImportResult): ImportError[] {
  if (result.ok) throw new Error('expected errors');
  expect(result).not.toHaveProperty('points');
  return result.errors;
}

function expectClose(actual: LabeledPoint[], expected: LabeledPoint[]): void {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((p, i) => {
    const q = expected[i]!;
    expect(Math.abs(p.x1 - q.x1)).toBeLessThanOrEqual(5e-7);
    expect(Math.abs(p.x2 - q.x2)).toBeLessThanOrEqual(5e-7);
    expect(p.label).toBe(q.label);
    expect(p.split).toBe(q.split);
  });
}

describe('export', () => {
  it('writes CSV with a header and at most 6 decimals', () => {
    const csv = pointsToCsv([
      { x1: 1.23456789, x2: -0.5, label: 1, split: 'test' },
      { x1: -0.0000001, x2: 6, label: 0, split: 'train' },
    ]);
    expect(csv).toBe('x1,x2,label,split\n1.234568,-0.5,1,test\n0,6,0,train\n');
  });

  it('writes the documented JSON envelope', () => {
    const json = JSON.parse(pointsToJson([{ x1: 0.1234567, x2: 2, label: 1, split: 'train' }])) as unknown;
    expect(json).toEqual({
      format: 'nn-playground-points',
      version: 1,
      points: [{ x1: 0.123457, x2: 2, label: 1, split: 'train' }],
    });
    expect(JSON.parse(pointsToJson([]))).toEqual({ format: 'nn-playground-points', version: 1, points: [] });
  });

  it('round-trips through CSV and JSON import', () => {
    const points = randomPoints(5, 300);
    expectClose(okPoints(parsePointsFile(pointsToCsv(points), 'points.csv')), points);
    expectClose(okPoints(parsePointsFile(pointsToJson(points), 'points.json')), points);
    // Without a telling extension the content decides.
    expectClose(okPoints(parsePointsFile(pointsToCsv(points), 'points.txt')), points);
    expectClose(okPoints(parsePointsFile(pointsToJson(points), 'data')), points);
  });
});

describe('CSV import', () => {
  it('accepts any column order, case, quotes, CRLF, blank lines, a BOM and extra columns', () => {
    const text = '\uFEFF  Label , "X2",x1 ,id\r\n\r\n1, 2.5 ,-3,a\r\n"0","1e-1",".5",b\r\n   \r\n';
    expect(okPoints(parsePointsFile(text, 'a.CSV'))).toEqual([
      { x1: -3, x2: 2.5, label: 1, split: 'train' },
      { x1: 0.5, x2: 0.1, label: 0, split: 'train' },
    ]);
  });

  it('reads the split column case-insensitively, empty meaning train', () => {
    const text = 'x1,x2,label,split\n0,0,1,TEST\n1,1,0,\n2,2,1,train\n';
    expect(okPoints(parsePointsFile(text, 'a.csv')).map((p) => p.split)).toEqual(['test', 'train', 'train']);
  });

  it('accepts the domain bounds and labels written as 1.0', () => {
    expect(okPoints(parsePointsFile('x1,x2,label\n-6,6,1.0\n', 'a.csv'))).toEqual([{ x1: -6, x2: 6, label: 1, split: 'train' }]);
  });

  const cases: Array<[string, string, ImportError[]]> = [
    ['missing column', 'x1,x2\n1,2\n', [{ line: 1, reason: 'header', detail: 'label' }]],
    ['no header', '1,2,0\n3,4,1\n', [
      { line: 1, reason: 'header', detail: 'x1' },
      { line: 1, reason: 'header', detail: 'x2' },
      { line: 1, reason: 'header', detail: 'label' },
    ]],
    ['repeated column', 'x1,x2,label,X1\n1,2,0,1\n', [{ line: 1, reason: 'header', detail: 'X1' }]],
    ['header only', 'x1,x2,label\n\n', [{ line: null, reason: 'empty' }]],
    ['too few fields', 'x1,x2,label\n1,2\n', [{ line: 2, reason: 'columns', detail: '2' }]],
    ['too many fields', 'x1,x2,label\n\n1,2,0,4\n', [{ line: 3, reason: 'columns', detail: '4' }]],
    ['unclosed quote', 'x1,x2,label\n"1,2,0\n', [{ line: 2, reason: 'columns' }]],
    ['not a number', 'x1,x2,label\n0,0,0\nabc,1,0\n', [{ line: 3, reason: 'number', detail: 'abc' }]],
    ['empty number', 'x1,x2,label\n,1,0\n', [{ line: 2, reason: 'number', detail: '' }]],
    ['hex number', 'x1,x2,label\n0x1,1,0\n', [{ line: 2, reason: 'number', detail: '0x1' }]],
    ['Infinity', 'x1,x2,label\n1,Infinity,0\n', [{ line: 2, reason: 'number', detail: 'Infinity' }]],
    ['decimal comma', 'x1;x2;label\n', [
      { line: 1, reason: 'header', detail: 'x1' },
      { line: 1, reason: 'header', detail: 'x2' },
      { line: 1, reason: 'header', detail: 'label' },
    ]],
    ['out of range', 'x1,x2,label\n1,6.5,0\n', [{ line: 2, reason: 'range', detail: '6.5' }]],
    ['below range', 'x1,x2,label\n-7,0,0\n', [{ line: 2, reason: 'range', detail: '-7' }]],
    ['label 2', 'x1,x2,label\n1,1,2\n', [{ line: 2, reason: 'label', detail: '2' }]],
    ['label word', 'x1,x2,label\n1,1,blue\n', [{ line: 2, reason: 'label', detail: 'blue' }]],
    ['bad split', 'x1,x2,label,split\n1,1,0,validation\n', [{ line: 2, reason: 'split', detail: 'validation' }]],
    ['two bad fields in a row', 'x1,x2,label\nq,1,5\n', [
      { line: 2, reason: 'number', detail: 'q' },
      { line: 2, reason: 'label', detail: '5' },
    ]],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(errorsOf(parsePointsFile(text, 'points.csv'))).toEqual(expected);
  });

  it('is all-or-nothing and numbers lines in the file, counting blank lines', () => {
    const text = 'x1,x2,label\n1,1,0\n\n2,2,1\n3,3,7\n4,4,0\r\n\r\n5,99,1\n';
    const result = parsePointsFile(text, 'p.csv');
    expect(result.ok).toBe(false);
    expect(errorsOf(result)).toEqual([
      { line: 5, reason: 'label', detail: '7' },
      { line: 8, reason: 'range', detail: '99' },
    ]);
  });

  it('lists at most MAX_IMPORT_ERRORS errors and counts them all', () => {
    const rows = Array.from({ length: 120 }, () => '1,1,9');
    const result = parsePointsFile(`x1,x2,label\n${rows.join('\n')}`, 'p.csv');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(MAX_IMPORT_ERRORS);
    expect(result.errorCount).toBe(120);
    expect(result.errors[49]).toEqual({ line: 51, reason: 'label', detail: '9' });
  });

  it('shortens long values in detail', () => {
    const [error] = errorsOf(parsePointsFile(`x1,x2,label\n${'9'.repeat(500)}x,1,0\n`, 'p.csv'));
    expect(error!.reason).toBe('number');
    expect(error!.detail!.length).toBeLessThanOrEqual(40);
  });

  it('refuses more than MAX_IMPORT_POINTS rows', () => {
    const ok = `x1,x2,label\n${Array.from({ length: MAX_IMPORT_POINTS }, () => '1,1,0').join('\n')}`;
    expect(okPoints(parsePointsFile(ok, 'p.csv'))).toHaveLength(MAX_IMPORT_POINTS);
    expect(errorsOf(parsePointsFile(`${ok}\n1,1,0`, 'p.csv'))).toEqual([
      { line: null, reason: 'tooMany', detail: String(MAX_IMPORT_POINTS + 1) },
    ]);
  });
});

describe('file-level checks', () => {
  it('refuses text over MAX_IMPORT_BYTES before parsing', () => {
    const text = `x1,x2,label\n${'1,1,0\n'.repeat(Math.ceil(MAX_IMPORT_BYTES / 6))}`;
    expect(errorsOf(parsePointsFile(text, 'big.csv'))).toEqual([{ line: null, reason: 'tooLarge', detail: String(text.length) }]);
    expect(errorsOf(parsePointsFile('['.repeat(MAX_IMPORT_BYTES + 1), 'big.json'))[0]!.reason).toBe('tooLarge');
  });

  it('calls blank files empty', () => {
    for (const [text, name] of [['', 'a.csv'], ['  \n\r\n ', 'a.json'], ['\uFEFF', 'x']] as const) {
      expect(errorsOf(parsePointsFile(text, name))).toEqual([{ line: null, reason: 'empty' }]);
    }
  });
});

describe('JSON import', () => {
  it('accepts a bare array with split optional and ignores unknown keys', () => {
    const text = '[{"x1":1,"x2":-2,"label":0},{"x1":0,"x2":0,"label":1,"split":"test","note":"hi"}]';
    expect(okPoints(parsePointsFile(text, 'p.json'))).toEqual([
      { x1: 1, x2: -2, label: 0, split: 'train' },
      { x1: 0, x2: 0, label: 1, split: 'test' },
    ]);
  });

  it('names the bad point by index', () => {
    const points = Array.from({ length: 15 }, () => ({ x1: 0, x2: 0, label: 0 }));
    points[12] = { x1: 9, x2: 0, label: 0 };
    const text = JSON.stringify({ format: 'nn-playground-points', version: 1, points });
    expect(errorsOf(parsePointsFile(text, 'p.json'))).toEqual([{ line: null, reason: 'range', detail: 'points[12].x1' }]);
  });

  const cases: Array<[string, string, ImportError[]]> = [
    ['syntax error', '{"points": [', [{ line: null, reason: 'json', detail: expect.any(String) as unknown as string }]],
    ['string coordinate', '[{"x1":"1","x2":0,"label":0}]', [{ line: null, reason: 'number', detail: '[0].x1' }]],
    ['missing x2', '[{"x1":1,"label":0}]', [{ line: null, reason: 'number', detail: '[0].x2' }]],
    ['string label', '[{"x1":1,"x2":1,"label":"1"}]', [{ line: null, reason: 'label', detail: '[0].label' }]],
    ['bad split', '[{"x1":1,"x2":1,"label":1,"split":"val"}]', [{ line: null, reason: 'split', detail: '[0].split' }]],
    ['point not an object', '[{"x1":1,"x2":1,"label":1}, 7]', [{ line: null, reason: 'schema', detail: '[1]' }]],
    ['wrong format', '{"format":"other","version":1,"points":[]}', [{ line: null, reason: 'schema', detail: 'format' }]],
    ['wrong version', '{"format":"nn-playground-points","version":2,"points":[]}', [{ line: null, reason: 'schema', detail: 'version' }]],
    ['no points key', '{"format":"nn-playground-points","version":1}', [{ line: null, reason: 'schema', detail: 'points' }]],
    ['a number', '42', [{ line: null, reason: 'schema', detail: '$' }]],
    ['empty list', '[]', [{ line: null, reason: 'empty' }]],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(errorsOf(parsePointsFile(text, 'p.json'))).toEqual(expected);
  });

  it('is all-or-nothing', () => {
    const result = parsePointsFile('[{"x1":1,"x2":1,"label":1},{"x1":1,"x2":1,"label":3}]', 'p.json');
    expect(result.ok).toBe(false);
  });

  it('refuses more than MAX_IMPORT_POINTS points', () => {
    const points = Array.from({ length: MAX_IMPORT_POINTS + 1 }, () => ({ x1: 0, x2: 0, label: 0 }));
    expect(errorsOf(parsePointsFile(JSON.stringify(points), 'p.json'))).toEqual([
      { line: null, reason: 'tooMany', detail: String(MAX_IMPORT_POINTS + 1) },
    ]);
  });

  it('does not throw on deeply nested or huge JSON', () => {
    const deep = `${'['.repeat(400_000)}${']'.repeat(400_000)}`;
    const deepObject = `${'{"a":'.repeat(150_000)}1${'}'.repeat(150_000)}`;
    const bigArrayOfArrays = JSON.stringify(Array.from({ length: 4000 }, () => [[[1]]]));
    for (const text of [deep, deepObject, bigArrayOfArrays, deep.slice(0, -1)]) {
      let result: ImportResult | undefined;
      expect(() => {
        result = parsePointsFile(text, 'p.json');
      }).not.toThrow();
      expect(result?.ok).toBe(false);
    }
  });

  it('never throws for random text', () => {
    const rng = createRng(3);
    const alphabet = '[]{}",:0123456789.-e xlabeplitsrn\n\r';
    for (let trial = 0; trial < 2000; trial++) {
      const length = rng.int(80);
      let text = '';
      for (let i = 0; i < length; i++) text += alphabet[rng.int(alphabet.length)];
      for (const name of ['a.json', 'a.csv', 'a']) {
        const result = parsePointsFile(text, name);
        expect(typeof result.ok).toBe('boolean');
      }
    }
  });
});
