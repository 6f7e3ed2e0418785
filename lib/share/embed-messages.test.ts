import { describe, expect, it } from 'vitest';

import { DEFAULT_CONFIG, parseConfig, type PlaygroundConfig } from '../config';
import { createRng, type Rng } from '../data/random';
import {
  EMBED_MESSAGE_SOURCE,
  EMBED_MESSAGE_VERSION,
  errorMessage,
  outboundMessageSchema,
  parseInboundMessage,
  progressMessage,
  readyMessage,
  resizeMessage,
  stateMessage,
  type ParseInboundResult,
} from './embed-messages';

const env = { source: 'nn-playground', version: 1 } as const;

function rejected(result: ParseInboundResult): string {
  if (result.ok) throw new Error(`expected a rejection, got ${JSON.stringify(result.message)}`);
  return result.reason;
}

describe('inbound messages', () => {
  it('exports the envelope constants', () => {
    expect(EMBED_MESSAGE_SOURCE).toBe('nn-playground');
    expect(EMBED_MESSAGE_VERSION).toBe(1);
  });

  it.each(['play', 'pause', 'step', 'reset', 'getState'])('accepts %s', (type) => {
    expect(parseInboundMessage({ ...env, type })).toEqual({ ok: true, message: { ...env, type } });
  });

  it('keeps a requestId', () => {
    expect(parseInboundMessage({ ...env, type: 'getState', requestId: 'abc' })).toEqual({
      ok: true,
      message: { ...env, type: 'getState', requestId: 'abc' },
    });
  });

  it('accepts setConfig with strings, numbers and booleans', () => {
    const data = { ...env, type: 'setConfig', config: { lr: 0.1, layers: '4,4', autoplay: true } };
    expect(parseInboundMessage(data)).toEqual({ ok: true, message: data });
  });

  it('accepts setPoints, defaulting split to train', () => {
    const result = parseInboundMessage({
      ...env,
      type: 'setPoints',
      points: [
        { x1: 1, x2: -2, label: 1 },
        { x1: 0, x2: 6, label: 0, split: 'test' },
      ],
    });
    expect(result).toEqual({
      ok: true,
      message: {
        ...env,
        type: 'setPoints',
        points: [
          { x1: 1, x2: -2, label: 1, split: 'train' },
          { x1: 0, x2: 6, label: 0, split: 'test' },
        ],
      },
    });
    expect(parseInboundMessage({ ...env, type: 'setPoints', points: [] }).ok).toBe(true);
  });

  it('accepts 5000 points', () => {
    const points = Array.from({ length: 5000 }, (_, i) => ({ x1: 0, x2: 0, label: i % 2 }));
    expect(parseInboundMessage({ ...env, type: 'setPoints', points }).ok).toBe(true);
  });

  const nest = (depth: number): unknown => {
    let value: unknown = 1;
    for (let i = 0; i < depth; i++) value = { a: value };
    return value;
  };
  const nestArrays = (depth: number): unknown => {
    let value: unknown = [];
    for (let i = 0; i < depth; i++) value = [value];
    return value;
  };

  const cases: Array<[string, unknown, string]> = [
    ['a string', 'play', 'notObject'],
    ['null', null, 'notObject'],
    ['an array', [env], 'notObject'],
    ['a Date', new Date(), 'notObject'],
    ['wrong source', { source: 'other', version: 1, type: 'play' }, 'source'],
    ['no source', { version: 1, type: 'play' }, 'source'],
    ['version 2', { ...env, version: 2, type: 'play' }, 'version'],
    ['version as a string', { ...env, version: '1', type: 'play' }, 'version'],
    ['unknown type', { ...env, type: 'explode' }, 'type'],
    ['type toString', { ...env, type: 'toString' }, 'type'],
    ['no type', { ...env }, 'type'],
    ['setPoints with a string label', { ...env, type: 'setPoints', points: [{ x1: 0, x2: 0, label: '1' }] }, 'schema'],
    ['setPoints out of range', { ...env, type: 'setPoints', points: [{ x1: 7, x2: 0, label: 1 }] }, 'schema'],
    ['setPoints NaN', { ...env, type: 'setPoints', points: [{ x1: Number.NaN, x2: 0, label: 1 }] }, 'schema'],
    ['setPoints bad split', { ...env, type: 'setPoints', points: [{ x1: 0, x2: 0, label: 1, split: 'dev' }] }, 'schema'],
    ['setPoints not a list', { ...env, type: 'setPoints', points: 'a' }, 'schema'],
    [
      'setPoints with 10⁵ points',
      { ...env, type: 'setPoints', points: Array.from({ length: 100_000 }, () => ({ x1: 0, x2: 0, label: 0 })) },
      'tooLarge',
    ],
    ['setPoints with a Float32Array', { ...env, type: 'setPoints', points: new Float32Array(4) }, 'nonPlain'],
    ['setConfig without config', { ...env, type: 'setConfig' }, 'schema'],
    ['setConfig with a nested value', { ...env, type: 'setConfig', config: { lr: { x: 1 } } }, 'schema'],
    ['setConfig with null', { ...env, type: 'setConfig', config: { lr: null } }, 'schema'],
    ['setConfig with a long value', { ...env, type: 'setConfig', config: { lr: 'x'.repeat(5000) } }, 'schema'],
    ['setConfig with 100 keys', { ...env, type: 'setConfig', config: Object.fromEntries(Array.from({ length: 100 }, (_, i) => [`k${i}`, 1])) }, 'tooLarge'],
    ['__proto__ at the top', JSON.parse('{"source":"nn-playground","version":1,"type":"play","__proto__":{"x":1}}'), 'forbiddenKey'],
    ['__proto__ in config', JSON.parse('{"source":"nn-playground","version":1,"type":"setConfig","config":{"__proto__":"1"}}'), 'forbiddenKey'],
    ['constructor in a point', { ...env, type: 'setPoints', points: [{ x1: 0, x2: 0, label: 0, constructor: 1 }] }, 'forbiddenKey'],
    ['nested 1000 deep', { ...env, type: 'play', extra: nest(1000) }, 'tooDeep'],
    ['arrays nested 1000 deep', { ...env, type: 'setPoints', points: nestArrays(1000) }, 'tooDeep'],
    ['a function inside', { ...env, type: 'play', extra: () => 1 }, 'nonPlain'],
    ['a Map inside', { ...env, type: 'play', extra: new Map() }, 'nonPlain'],
    ['a class instance inside', { ...env, type: 'setPoints', points: [new (class P { x1 = 0; x2 = 0; label = 0 })()] }, 'nonPlain'],
    ['a bad requestId', { ...env, type: 'play', requestId: { id: 1 } }, 'schema'],
  ];
  it.each(cases)('rejects %s', (_name, data, reason) => {
    expect(rejected(parseInboundMessage(data))).toBe(reason);
  });

  it('accepts a null-prototype object', () => {
    const data = Object.assign(Object.create(null) as Record<string, unknown>, { ...env, type: 'play' });
    expect(parseInboundMessage(data).ok).toBe(true);
  });

  it('does not throw for a throwing getter or a Proxy', () => {
    const getter = { ...env, type: 'play' };
    Object.defineProperty(getter, 'boom', { enumerable: true, get: () => { throw new Error('boom'); } });
    expect(parseInboundMessage(getter).ok).toBe(false);
    const proxy = new Proxy({}, { get: () => { throw new Error('trap'); }, getPrototypeOf: () => { throw new Error('trap'); } });
    expect(parseInboundMessage(proxy).ok).toBe(false);
  });

  it('never throws for a few thousand random values', () => {
    const rng = createRng(2024);
    const keys = ['source', 'version', 'type', 'config', 'points', 'x1', 'x2', 'label', 'split', 'lr', '__proto__', 'requestId'];
    const strings = ['nn-playground', 'play', 'setPoints', 'setConfig', 'getState', 'train', 'test', '', '1', 'x'.repeat(2000)];
    const randomValue = (r: Rng, depth: number): unknown => {
      switch (r.int(depth > 4 ? 5 : 8)) {
        case 0: return r.int(3);
        case 1: return r.uniform(-10, 10);
        case 2: return strings[r.int(strings.length)];
        case 3: return [null, undefined, true, false, Number.NaN, Infinity][r.int(6)];
        case 4: return Symbol('s');
        case 5: return Array.from({ length: r.int(6) }, () => randomValue(r, depth + 1));
        default: {
          const object: Record<string, unknown> = r.next() < 0.7 ? { source: 'nn-playground', version: 1 } : {};
          const count = r.int(5);
          for (let i = 0; i < count; i++) object[keys[r.int(keys.length)]!] = randomValue(r, depth + 1);
          return object;
        }
      }
    };
    let accepted = 0;
    for (let trial = 0; trial < 4000; trial++) {
      const value = randomValue(rng, 0);
      const result = parseInboundMessage(value);
      expect(typeof result.ok).toBe('boolean');
      if (result.ok) accepted++;
    }
    expect(accepted).toBeLessThan(4000);
  });
});

describe('outbound messages', () => {
  const config: PlaygroundConfig = { ...DEFAULT_CONFIG, dataset: 'xor', learningRate: 0.1 };

  it('ready carries the config as a URL query', () => {
    const message = readyMessage(config);
    expect(message).toEqual({ source: 'nn-playground', version: 1, type: 'ready', config: 'dataset=xor&lr=0.1' });
    expect(parseConfig(message.config).config).toEqual(config);
    expect(outboundMessageSchema.safeParse(message).success).toBe(true);
  });

  it('state carries config, points and the request id', () => {
    const points = [{ x1: 1, x2: 2, label: 1 as const, split: 'test' as const }];
    const message = stateMessage(config, points, 7);
    expect(message).toEqual({ source: 'nn-playground', version: 1, type: 'state', config: 'dataset=xor&lr=0.1', points, requestId: 7 });
    expect(message.points[0]).not.toBe(points[0]);
    expect(stateMessage(config, [])).not.toHaveProperty('requestId');
    expect(outboundMessageSchema.safeParse(message).success).toBe(true);
  });

  it('progress sends NaN as null', () => {
    const message = progressMessage({ epoch: 12, trainCost: 0.3, testCost: Number.NaN, trainAccuracy: 0.9, testAccuracy: Number.NaN });
    expect(message).toEqual({
      source: 'nn-playground',
      version: 1,
      type: 'progress',
      epoch: 12,
      trainCost: 0.3,
      testCost: null,
      trainAccuracy: 0.9,
      testAccuracy: null,
      diagnostics: [],
    });
    expect(JSON.parse(JSON.stringify(message))).toEqual(message);
    expect(outboundMessageSchema.safeParse(message).success).toBe(true);
  });

  it('progress names the diagnoses by kind', () => {
    const diagnostics = [{ kind: 'diverging' as const, learningRate: 10, suggestedLearningRate: 0.3 }, { kind: 'dead-units' as const, layer: 2 }];
    const message = progressMessage({ epoch: 40, trainCost: 0.84, testCost: 0.8, trainAccuracy: 0.48, testAccuracy: 0.5, diagnostics });
    expect(message.diagnostics).toEqual(['diverging', 'dead-units']);
    expect(outboundMessageSchema.safeParse(message).success).toBe(true);
    expect(outboundMessageSchema.safeParse({ ...message, diagnostics: ['bored'] }).success).toBe(false);
  });

  it('resize rounds the height up to whole pixels', () => {
    expect(resizeMessage(480.2)).toEqual({ source: 'nn-playground', version: 1, type: 'resize', height: 481 });
    expect(resizeMessage(Number.NaN).height).toBe(0);
    expect(outboundMessageSchema.safeParse(resizeMessage(10)).success).toBe(true);
  });

  it('error has a code and a text', () => {
    const message = errorMessage('invalidMessage', 'version', 'r1');
    expect(message).toEqual({ source: 'nn-playground', version: 1, type: 'error', code: 'invalidMessage', message: 'version', requestId: 'r1' });
    expect(outboundMessageSchema.safeParse(message).success).toBe(true);
    expect(outboundMessageSchema.safeParse({ ...message, code: 'nope' }).success).toBe(false);
  });

  it('outbound messages are not accepted as inbound', () => {
    expect(parseInboundMessage(readyMessage(config)).ok).toBe(false);
  });
});
