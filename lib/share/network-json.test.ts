import { describe, expect, it } from 'vitest';

import { createRng } from '../data/random';
import { refForward, toRefLayers } from '../model/testing/reference-network';
import type { Activation, Feature, LayerParams, NetworkSpec } from '../protocol';
import { MAX_NETWORK_JSON_BYTES, inCanonicalOrder, networkToJson, parseNetworkJson, predict } from './network-json';

function randomParams(spec: NetworkSpec, seed: number): LayerParams[] {
  const rng = createRng(seed);
  const sizes = [spec.features.length, ...spec.hidden.map((h) => h.units), 1];
  return sizes.slice(1).map((rows, l) => {
    const cols = sizes[l]!;
    return {
      rows,
      cols,
      W: Float32Array.from({ length: rows * cols }, () => rng.normal()),
      b: Float32Array.from({ length: rows }, () => rng.normal() * 0.5),
    };
  });
}

const spec: NetworkSpec = {
  features: ['x1', 'x2', 'x1sq', 'sinx2', 'x1x2'],
  hidden: [
    { units: 6, activation: 'tanh' },
    { units: 3, activation: 'relu' },
    { units: 4, activation: 'leakyRelu' },
  ],
  init: 'xavier',
  seed: 1,
};
const hiddenActivations: Activation[] = spec.hidden.map((h) => h.activation);

function parsedOk(text: string) {
  const result = parseNetworkJson(text);
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.error)}`);
  return result;
}

describe('networkToJson', () => {
  it('writes the documented structure in the (nˡ, nˡ⁻¹) orientation', () => {
    const params: LayerParams[] = [
      { rows: 2, cols: 1, W: Float32Array.of(0.5, -1.25), b: Float32Array.of(0.1, 0) },
      { rows: 1, cols: 2, W: Float32Array.of(2, 3), b: Float32Array.of(-0.5) },
    ];
    const text = networkToJson({ features: ['x1'], hidden: [{ units: 2, activation: 'tanh' }], init: 'zeros', seed: 0 }, params);
    expect(JSON.parse(text)).toEqual({
      format: 'nn-playground-network',
      version: 1,
      features: ['x1'],
      layers: [
        { units: 2, activation: 'tanh', W: [[0.5], [-1.25]], b: [0.1, 0] },
        { units: 1, activation: 'sigmoid', W: [[2, 3]], b: [-0.5] },
      ],
      output: 'sigmoid',
    });
    // Float32 0.1 is written as 0.1, not 0.10000000149011612.
    expect(text).toContain('[0.1, 0]');
  });

  it('refuses parameters that do not fit the spec', () => {
    const params = randomParams(spec, 1);
    expect(() => networkToJson(spec, params.slice(1))).toThrow(RangeError);
    expect(() => networkToJson({ ...spec, features: ['x1'] }, params)).toThrow(RangeError);
  });
});

describe('predict', () => {
  it('matches a hand computation', () => {
    // h = tanh(0.5·x1 − 1·x2 + 0.25); ŷ = σ(2h − 1)
    const params: LayerParams[] = [
      { rows: 1, cols: 2, W: Float32Array.of(0.5, -1), b: Float32Array.of(0.25) },
      { rows: 1, cols: 1, W: Float32Array.of(2), b: Float32Array.of(-1) },
    ];
    const h = Math.tanh(0.5 * 1.5 - 1 * -2 + 0.25);
    expect(predict(params, ['tanh'], ['x1', 'x2'], 1.5, -2)).toBeCloseTo(1 / (1 + Math.exp(-(2 * h - 1))), 12);
    // Logistic regression on engineered features.
    const logistic: LayerParams[] = [{ rows: 1, cols: 2, W: Float32Array.of(1, -0.5), b: Float32Array.of(0) }];
    const z = 2 * 2 - 0.5 * Math.sin(3);
    expect(predict(logistic, [], ['x1sq', 'sinx2'], 2, 3)).toBeCloseTo(1 / (1 + Math.exp(-z)), 12);
  });

  it('agrees with the reference network', () => {
    const params = randomParams(spec, 4);
    const rng = createRng(8);
    const points = Array.from({ length: 50 }, () => [rng.uniform(-6, 6), rng.uniform(-6, 6)] as const);
    const features: Feature[] = [...spec.features];
    const X = {
      rows: features.length,
      cols: points.length,
      data: [
        ...points.map(([x1]) => x1),
        ...points.map(([, x2]) => x2),
        ...points.map(([x1]) => x1 * x1),
        ...points.map(([, x2]) => Math.sin(x2)),
        ...points.map(([x1, x2]) => x1 * x2),
      ],
    };
    const { A } = refForward(toRefLayers(params), X, [...hiddenActivations, 'sigmoid']);
    const output = A[A.length - 1]!;
    points.forEach(([x1, x2], j) => {
      expect(predict(params, hiddenActivations, features, x1, x2)).toBeCloseTo(output.data[j]!, 12);
    });
  });

  it('refuses activations that do not fit', () => {
    expect(() => predict(randomParams(spec, 1), ['tanh'], spec.features, 0, 0)).toThrow(RangeError);
  });
});

describe('export → parse', () => {
  it('gives identical parameters and predictions', () => {
    for (const seed of [1, 2, 3]) {
      const params = randomParams(spec, seed);
      const parsed = parsedOk(networkToJson(spec, params));
      expect(parsed.features).toEqual(spec.features);
      expect(parsed.hidden).toEqual(spec.hidden);
      expect(parsed.params).toHaveLength(params.length);
      parsed.params.forEach((p, l) => {
        expect(p.rows).toBe(params[l]!.rows);
        expect(p.cols).toBe(params[l]!.cols);
        expect(Array.from(p.W)).toEqual(Array.from(params[l]!.W));
        expect(Array.from(p.b)).toEqual(Array.from(params[l]!.b));
      });
      const rng = createRng(seed + 100);
      for (let i = 0; i < 200; i++) {
        const x1 = rng.uniform(-6, 6);
        const x2 = rng.uniform(-6, 6);
        const activations = parsed.hidden.map((h) => h.activation);
        expect(predict(parsed.params, activations, parsed.features, x1, x2)).toBe(predict(params, hiddenActivations, spec.features, x1, x2));
      }
    }
  });

  it('round-trips logistic regression (no hidden layers)', () => {
    const logistic: NetworkSpec = { features: ['x1', 'x2'], hidden: [], init: 'zeros', seed: 0 };
    const parsed = parsedOk(networkToJson(logistic, randomParams(logistic, 9)));
    expect(parsed.hidden).toEqual([]);
    expect(parsed.params).toHaveLength(1);
  });
});

describe('parseNetworkJson rejects', () => {
  const base = () =>
    JSON.parse(networkToJson({ features: ['x1', 'x2'], hidden: [{ units: 2, activation: 'relu' }], init: 'zeros', seed: 0 }, [
      { rows: 2, cols: 2, W: Float32Array.of(1, 2, 3, 4), b: Float32Array.of(0, 0) },
      { rows: 1, cols: 2, W: Float32Array.of(1, 1), b: Float32Array.of(0) },
    ])) as {
      format: string;
      version: number;
      features: string[];
      layers: Array<{ units: number; activation: string; W: number[][]; b: number[] }>;
    };

  it('accepts the base file', () => {
    expect(parseNetworkJson(JSON.stringify(base())).ok).toBe(true);
  });

  const mutations: Array<[string, (file: ReturnType<typeof base>) => unknown, string]> = [
    ['wrong format', (f) => ({ ...f, format: 'other' }), 'schema'],
    ['version 2', (f) => ({ ...f, version: 2 }), 'schema'],
    ['unknown feature', (f) => ({ ...f, features: ['x1', 'x3'] }), 'schema'],
    ['duplicate feature', (f) => ({ ...f, features: ['x1', 'x1'] }), 'schema'],
    ['unknown activation', (f) => (f.layers[0]!.activation = 'swish', f), 'schema'],
    ['string weight', (f) => ((f.layers[0]!.W[0]![0] as unknown) = '1', f), 'schema'],
    ['huge weight', (f) => (f.layers[0]!.W[0]![0] = 1e300, f), 'schema'],
    ['output not sigmoid', (f) => (f.layers[1]!.activation = 'tanh', f), 'schema'],
    ['two output units', (f) => ((f.layers[1]!.units = 2), f.layers[1]!.W.push([1, 1]), f.layers[1]!.b.push(0), f), 'schema'],
    ['no layers', (f) => ({ ...f, layers: [] }), 'schema'],
    ['a row too few', (f) => (f.layers[0]!.W.pop(), f), 'shape'],
    ['a column too many', (f) => (f.layers[1]!.W[0]!.push(0), f), 'shape'],
    ['b too short', (f) => (f.layers[0]!.b.pop(), f), 'shape'],
    ['units too large', (f) => (f.layers[0]!.units = 65, f), 'schema'],
    ['array', () => [], 'schema'],
  ];
  it.each(mutations)('%s', (_name, mutate, reason) => {
    const result = parseNetworkJson(JSON.stringify(mutate(base())));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.reason).toBe(reason);
  });

  it('bad JSON, oversize text and deep nesting without throwing', () => {
    expect(parseNetworkJson('{').ok).toBe(false);
    const big = ' '.repeat(MAX_NETWORK_JSON_BYTES + 1);
    expect(parseNetworkJson(big)).toEqual({ ok: false, error: { reason: 'tooLarge', detail: String(big.length) } });
    expect(parseNetworkJson(`${'['.repeat(200_000)}${']'.repeat(200_000)}`).ok).toBe(false);
  });
});

describe('inCanonicalOrder', () => {
  it('puts W¹’s columns in the order of FEATURES and leaves the other layers alone', () => {
    const params = [
      { rows: 2, cols: 3, W: Float32Array.of(1, 2, 3, 4, 5, 6), b: Float32Array.of(7, 8) },
      { rows: 1, cols: 2, W: Float32Array.of(9, 10), b: Float32Array.of(11) },
    ];
    const out = inCanonicalOrder(['x1sq', 'x2', 'x1'], params);
    expect(out.features).toEqual(['x1', 'x2', 'x1sq']);
    expect(Array.from(out.params[0]!.W)).toEqual([3, 2, 1, 6, 5, 4]);
    expect(out.params[1]).toBe(params[1]);
  });
});
