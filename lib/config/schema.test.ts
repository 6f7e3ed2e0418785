import { describe, expect, it } from 'vitest';

import { createRng, type Rng } from '../data/random';
import {
  ACTIVATIONS,
  BACKEND_PREFERENCES,
  DATASETS,
  FEATURES,
  INITS,
  OPTIMIZERS,
  REGULARIZATIONS,
} from '../protocol';
import {
  DEFAULT_CONFIG,
  LEARNING_RATES,
  LIMITS,
  PARAM_NAMES,
  formatConfig,
  parseConfig,
  playgroundConfigSchema,
} from './index';
import type { PlaygroundConfig } from './types';
import { SPEEDS } from './speed';

function expectRoundTrip(config: PlaygroundConfig): void {
  expect(playgroundConfigSchema.safeParse(config).success).toBe(true);
  const query = formatConfig(config);
  const parsed = parseConfig(query);
  expect(parsed.notices).toEqual([]);
  expect(parsed.config).toEqual(config);
}

const withDefaults = (overrides: Partial<PlaygroundConfig>): PlaygroundConfig => ({ ...DEFAULT_CONFIG, ...overrides });

describe('DEFAULT_CONFIG', () => {
  it('formats as an empty query and parses back from one', () => {
    expect(formatConfig(DEFAULT_CONFIG)).toBe('');
    expect(parseConfig('')).toEqual({ config: DEFAULT_CONFIG, notices: [] });
    expect(parseConfig('?')).toEqual({ config: DEFAULT_CONFIG, notices: [] });
    expectRoundTrip(DEFAULT_CONFIG);
  });

  it('passes the config schema and is not shared with parsed configs', () => {
    expect(playgroundConfigSchema.safeParse(DEFAULT_CONFIG).success).toBe(true);
    const { config } = parseConfig('');
    config.layers.push(8);
    config.features.push('x1sq');
    expect(DEFAULT_CONFIG.layers).toEqual([4, 2]);
    expect(DEFAULT_CONFIG.features).toEqual(['x1', 'x2']);
  });

  it('every learning-rate preset lies within LIMITS and round-trips', () => {
    for (const learningRate of LEARNING_RATES) {
      expect(learningRate).toBeGreaterThanOrEqual(LIMITS.learningRate.min);
      expect(learningRate).toBeLessThanOrEqual(LIMITS.learningRate.max);
      expectRoundTrip(withDefaults({ learningRate }));
    }
  });
});

describe('formatConfig', () => {
  it('writes every non-default parameter in a stable order', () => {
    const config: PlaygroundConfig = {
      dataset: 'spiral',
      n: 1000,
      noise: 25,
      trainPercent: 50,
      seed: 42,
      features: ['x1', 'x2', 'sinx1'],
      layers: [8, 8, 3],
      activations: ['relu', 'leakyRelu', 'sigmoid'],
      learningRate: 0.003,
      batchSize: 'full',
      init: 'he',
      optimizer: 'adam',
      regularization: 'l2',
      lambda: 0.001,
      until: 500,
      speed: '2steps',
      autoplay: true,
      discretize: true,
      backend: 'wasm',
    };
    expect(formatConfig(config)).toBe(
      'dataset=spiral&n=1000&noise=25&train=50&seed=42&features=x1,x2,sinx1&layers=8,8,3' +
        '&act=relu,leakyrelu,sigmoid&lr=0.003&batch=full&init=he&opt=adam&reg=l2&lambda=0.001' +
        '&until=500&speed=2steps&autoplay=1&discretize=1&backend=wasm',
    );
    expectRoundTrip(config);
  });

  it('leaves out values equal to the default', () => {
    expect(formatConfig(withDefaults({ dataset: 'xor' }))).toBe('dataset=xor');
    expect(formatConfig(withDefaults({ layers: [4, 4, 4], activations: ['tanh', 'tanh', 'tanh'] }))).toBe(
      'layers=4,4,4',
    );
    expect(formatConfig(withDefaults({ activations: ['relu', 'relu'] }))).toBe('act=relu');
  });

  it('writes numbers without float noise', () => {
    expect(formatConfig(withDefaults({ learningRate: 0.1 * 3 }))).toBe('lr=0.3');
    expect(formatConfig(withDefaults({ lambda: 0.1 + 0.2 }))).toBe('lambda=0.3');
    expect(formatConfig(withDefaults({ learningRate: 0.01 * 3 }))).toBe('');
    expect(formatConfig(withDefaults({ learningRate: 0.00001 }))).toBe('lr=0.00001');
  });

  it('writes zero hidden layers as layers=none and no act', () => {
    expect(formatConfig(withDefaults({ layers: [], activations: [] }))).toBe('layers=none');
  });

  it('leaves out invalid fields instead of throwing', () => {
    const broken = withDefaults({ n: -5, learningRate: Number.NaN, dataset: 'nope' as PlaygroundConfig['dataset'] });
    expect(formatConfig(broken)).toBe('');
    expect(formatConfig(withDefaults({ seed: 3, noise: Infinity }))).toBe('seed=3');
  });
});

describe('round trip', () => {
  const cases: [string, PlaygroundConfig][] = [
    ['no hidden layers', withDefaults({ layers: [], activations: [] })],
    ['full batch', withDefaults({ batchSize: 'full' })],
    ['until set', withDefaults({ until: 1 })],
    ['until at its maximum', withDefaults({ until: LIMITS.until.max })],
    ['per-layer activations', withDefaults({ layers: [3, 5, 7], activations: ['sigmoid', 'linear', 'relu'] })],
    ['six layers of 64', withDefaults({ layers: [64, 64, 64, 64, 64, 64], activations: Array(6).fill('leakyRelu') })],
    ['every feature, reordered', withDefaults({ features: [...FEATURES].reverse() })],
    ['one feature', withDefaults({ features: ['x1x2'] })],
    ['autoplay', withDefaults({ autoplay: true })],
    ['discretize', withDefaults({ discretize: true })],
    [
      'limits',
      withDefaults({
        n: LIMITS.n.min,
        noise: LIMITS.noise.max,
        trainPercent: LIMITS.trainPercent.min,
        seed: LIMITS.seed.max,
        learningRate: LIMITS.learningRate.min,
        batchSize: LIMITS.batchSize.max,
        lambda: LIMITS.lambda.max,
      }),
    ],
    ['zero seed and noise', withDefaults({ seed: 0, noise: 0, trainPercent: 100, n: LIMITS.n.max })],
    ['fractional values', withDefaults({ noise: 12.5, trainPercent: 66.6, learningRate: 1.2, lambda: 0.0003 })],
  ];
  it.each(cases)('%s', (_name, config) => expectRoundTrip(config));

  it('every enum value', () => {
    for (const dataset of DATASETS) expectRoundTrip(withDefaults({ dataset }));
    for (const init of INITS) expectRoundTrip(withDefaults({ init }));
    for (const optimizer of OPTIMIZERS) expectRoundTrip(withDefaults({ optimizer }));
    for (const regularization of REGULARIZATIONS) expectRoundTrip(withDefaults({ regularization, lambda: 0.01 }));
    for (const backend of BACKEND_PREFERENCES) expectRoundTrip(withDefaults({ backend }));
    for (const activation of ACTIVATIONS) {
      expectRoundTrip(withDefaults({ activations: [activation, activation] }));
      expectRoundTrip(withDefaults({ activations: [activation, 'linear'] }));
    }
    for (const feature of FEATURES) expectRoundTrip(withDefaults({ features: [feature] }));
  });
});

describe('parseConfig', () => {
  it('reads every parameter', () => {
    const { config, notices } = parseConfig(
      '?dataset=moons&n=250&noise=5&train=80&seed=7&features=x1sq,x2sq&layers=6,3&act=relu,linear' +
        '&lr=0.1&batch=32&init=small&opt=momentum&reg=l1&lambda=0.01&until=300&speed=30&autoplay=true&discretize=1&backend=cpu',
    );
    expect(notices).toEqual([]);
    expect(config).toEqual({
      dataset: 'moons',
      n: 250,
      noise: 5,
      trainPercent: 80,
      seed: 7,
      features: ['x1sq', 'x2sq'],
      layers: [6, 3],
      activations: ['relu', 'linear'],
      learningRate: 0.1,
      batchSize: 32,
      init: 'small',
      optimizer: 'momentum',
      regularization: 'l1',
      lambda: 0.01,
      until: 300,
      speed: '30',
      autoplay: true,
      discretize: true,
      backend: 'cpu',
    });
  });

  it('accepts URLSearchParams and the same query with or without ?', () => {
    const query = 'dataset=xor&lr=0.1';
    const expected = { config: withDefaults({ dataset: 'xor', learningRate: 0.1 }), notices: [] };
    expect(parseConfig(query)).toEqual(expected);
    expect(parseConfig(`?${query}`)).toEqual(expected);
    expect(parseConfig(new URLSearchParams(query))).toEqual(expected);
  });

  it('maps act=leakyrelu to leakyRelu, case-insensitively', () => {
    expect(parseConfig('act=leakyrelu').config.activations).toEqual(['leakyRelu', 'leakyRelu']);
    expect(parseConfig('act=LeakyReLU').config.activations).toEqual(['leakyRelu', 'leakyRelu']);
    expect(parseConfig('act=TANH,leakyRelu').config.activations).toEqual(['tanh', 'leakyRelu']);
    expect(parseConfig('act=leakyrelu').notices).toEqual([]);
  });

  it('reads enums case-insensitively and trims', () => {
    expect(parseConfig('dataset=XOR&opt=Adam&backend=%20webgl%20&batch=FULL').config).toEqual(
      withDefaults({ dataset: 'xor', optimizer: 'adam', backend: 'webgl', batchSize: 'full' }),
    );
  });

  it('reads layers=none as no hidden layers', () => {
    expect(parseConfig('layers=none')).toEqual({ config: withDefaults({ layers: [], activations: [] }), notices: [] });
    expect(parseConfig('layers=None&act=relu')).toEqual({
      config: withDefaults({ layers: [], activations: [] }),
      notices: [],
    });
  });

  it('applies a single act to every layer, and act alone to the default layers', () => {
    expect(parseConfig('layers=3,3,3&act=relu').config.activations).toEqual(['relu', 'relu', 'relu']);
    expect(parseConfig('act=sigmoid,relu')).toEqual({
      config: withDefaults({ activations: ['sigmoid', 'relu'] }),
      notices: [],
    });
    expect(parseConfig('layers=5,5,5').config.activations).toEqual(['tanh', 'tanh', 'tanh']);
  });

  it('pads a too-short act list with its last value and truncates a too-long one, with a notice', () => {
    expect(parseConfig('layers=2,2,2,2&act=relu,sigmoid')).toEqual({
      config: withDefaults({ layers: [2, 2, 2, 2], activations: ['relu', 'sigmoid', 'sigmoid', 'sigmoid'] }),
      notices: [{ param: 'act', value: 'relu,sigmoid', usedInstead: 'relu,sigmoid,sigmoid,sigmoid' }],
    });
    expect(parseConfig('act=relu,relu,linear')).toEqual({
      config: withDefaults({ activations: ['relu', 'relu'] }),
      notices: [{ param: 'act', value: 'relu,relu,linear', usedInstead: 'relu' }],
    });
    expect(parseConfig('layers=none&act=relu,tanh')).toEqual({
      config: withDefaults({ layers: [], activations: [] }),
      notices: [{ param: 'act', value: 'relu,tanh', usedInstead: '' }],
    });
  });

  it('fits act to the default layers when layers is invalid', () => {
    expect(parseConfig('layers=4,0&act=relu,linear')).toEqual({
      config: withDefaults({ activations: ['relu', 'linear'] }),
      notices: [{ param: 'layers', value: '4,0', usedInstead: '4,2' }],
    });
  });

  it('drops duplicate features silently', () => {
    expect(parseConfig('features=x1,X1,x2,x1')).toEqual({ config: DEFAULT_CONFIG, notices: [] });
    expect(parseConfig('features=sinx2,x1,sinx2').config.features).toEqual(['sinx2', 'x1']);
  });

  it('reads number spellings that mean the same number', () => {
    expect(parseConfig('n=1e3&lr=.1&noise=+5&seed=0007&until=1000.0').config).toEqual(
      withDefaults({ n: 1000, learningRate: 0.1, noise: 5, seed: 7, until: 1000 }),
    );
    expect(parseConfig('lr=0.030000000000000002')).toEqual({ config: DEFAULT_CONFIG, notices: [] });
    expect(Object.is(parseConfig('noise=-0').config.noise, 0)).toBe(true);
    expect(Object.is(parseConfig('seed=-0').config.seed, 0)).toBe(true);
    expect(Object.is(parseConfig('lambda=-0.0').config.lambda, 0)).toBe(true);
  });

  it('reads autoplay as 1/0/true/false and until=none as no stop', () => {
    expect(parseConfig('autoplay=1').config.autoplay).toBe(true);
    expect(parseConfig('autoplay=TRUE').config.autoplay).toBe(true);
    expect(parseConfig('autoplay=0')).toEqual({ config: DEFAULT_CONFIG, notices: [] });
    expect(parseConfig('autoplay=false')).toEqual({ config: DEFAULT_CONFIG, notices: [] });
    expect(parseConfig('until=none')).toEqual({ config: DEFAULT_CONFIG, notices: [] });
  });

  it('ignores unknown parameters silently', () => {
    expect(parseConfig('utm_source=newsletter&foo=bar&N=5&Dataset=xor&=x&&lr')).toEqual({
      config: DEFAULT_CONFIG,
      notices: [{ param: 'lr', value: '', usedInstead: '0.03' }],
    });
    expect(parseConfig('utm_source=newsletter&ref=%3Cscript%3E')).toEqual({ config: DEFAULT_CONFIG, notices: [] });
  });

  it('uses the first of repeated parameters', () => {
    expect(parseConfig('dataset=xor&dataset=spiral').config.dataset).toBe('xor');
  });
});

describe('invalid values', () => {
  // The default as written in a URL, per parameter: what every notice must say was used instead.
  const usedInstead: Record<string, string> = {
    dataset: 'circle',
    n: '400',
    noise: '10',
    train: '70',
    seed: '1',
    features: 'x1,x2',
    layers: '4,2',
    act: 'tanh',
    lr: '0.03',
    batch: '10',
    init: 'xavier',
    opt: 'gd',
    reg: 'none',
    lambda: '0',
    until: 'none',
    speed: 'max',
    autoplay: '0',
    discretize: '0',
    backend: 'auto',
  };
  const everywhere = ['', ' ', 'NaN', 'Infinity', '-Infinity', '1e400', '<script>alert(1)</script>', 'null', '[]', '%'];
  const badValues: Record<string, string[]> = {
    dataset: ['circles', 'Circle!', '0', 'constructor', '__proto__'],
    n: ['1', '5001', '-400', '400.5', '0x10', '4e3.5', '1,2', '1_000', '400abc'],
    noise: ['-1', '50.0001', '51', '1e2', 'ten'],
    train: ['9.99', '0', '101', '-70'],
    seed: ['-1', '2147483648', '1.5', '1e10', '9007199254740993'],
    features: ['x3', 'x1,', ',', 'x1;x2', 'x1,x2,z', 'X1 X2'],
    layers: ['0', '65', '4,65', '4,-2', '1,1,1,1,1,1,1', '4,,2', '4.5', 'nothing', '4 2'],
    act: ['softmax', 'relu,', 'relu,,tanh', 'leaky_relu', 'Relu,swish'],
    lr: ['0', '0.000009', '10.0001', '-0.03', '11', '1/3'],
    batch: ['0', '5001', '2.5', '-10', 'all', 'fullest'],
    init: ['glorot', 'random', 'xavier,he'],
    opt: ['sgd', 'adamw', 'GD2'],
    reg: ['l3', 'dropout', 'L1L2'],
    lambda: ['-0.1', '10.5', '1e3'],
    until: ['0', '10000001', '1.5', '-5', 'never'],
    speed: ['0', '3', '1000', '0steps', '7steps', 'fast', '2.5', 'maximum'],
    autoplay: ['yes', '2', 'on', '-1', 'truth'],
    discretize: ['yes', '2', 'on', '-1', 'truth'],
    backend: ['webgpu', 'gpu', 'auto,cpu'],
  };

  it('covers every parameter', () => {
    expect(Object.keys(badValues).sort()).toEqual([...PARAM_NAMES].sort());
    expect(Object.keys(usedInstead).sort()).toEqual([...PARAM_NAMES].sort());
  });

  for (const param of PARAM_NAMES) {
    it(`${param}: each bad value falls back to the default with exactly one notice`, () => {
      for (const value of [...(badValues[param] ?? []), ...everywhere]) {
        const parsed = parseConfig(new URLSearchParams([[param, value]]));
        expect(parsed.notices, `${param}=${value}`).toEqual([{ param, value, usedInstead: usedInstead[param] }]);
        expect(parsed.config, `${param}=${value}`).toEqual(DEFAULT_CONFIG);
      }
    });
  }

  it('does not clamp out-of-range numbers', () => {
    expect(parseConfig('lr=50&n=10000')).toEqual({
      config: DEFAULT_CONFIG,
      notices: [
        { param: 'n', value: '10000', usedInstead: '400' },
        { param: 'lr', value: '50', usedInstead: '0.03' },
      ],
    });
  });

  it('reports each bad parameter and keeps the good ones', () => {
    const parsed = parseConfig('dataset=xor&n=abc&layers=7,7&act=tanh,bogus&opt=adam&backend=gpu');
    expect(parsed.config).toEqual(withDefaults({ dataset: 'xor', layers: [7, 7], optimizer: 'adam' }));
    expect(parsed.notices.map((notice) => notice.param)).toEqual(['n', 'act', 'backend']);
  });

  it('rejects more than six hidden layers and more than 64 units', () => {
    expect(parseConfig('layers=2,2,2,2,2,2,2').notices).toEqual([
      { param: 'layers', value: '2,2,2,2,2,2,2', usedInstead: '4,2' },
    ]);
    expect(parseConfig('layers=65').notices).toEqual([{ param: 'layers', value: '65', usedInstead: '4,2' }]);
    expect(parseConfig('layers=1,1,1,1,1,64').notices).toEqual([]);
  });

  it('survives a 10⁶-character value with a short notice', () => {
    const huge = 'x'.repeat(1_000_000);
    const parsed = parseConfig(`dataset=${huge}&n=${huge}&seed=5`);
    expect(parsed.config).toEqual(withDefaults({ seed: 5 }));
    expect(parsed.notices).toHaveLength(2);
    for (const notice of parsed.notices) {
      expect(notice.value.length).toBeLessThanOrEqual(40);
      expect(notice.value.endsWith('…')).toBe(true);
    }
  });

  it('refuses values over 1000 characters even when they would otherwise parse', () => {
    const padded = `${'0'.repeat(1000)}5`;
    expect(parseConfig(`seed=${padded}`).notices).toHaveLength(1);
    expect(parseConfig(`seed=${'0'.repeat(990)}5`)).toEqual({ config: withDefaults({ seed: 5 }), notices: [] });
  });

  it('shortens notice values to 40 characters without splitting a surrogate pair', () => {
    const forty = 'a'.repeat(40);
    expect(parseConfig(`dataset=${forty}`).notices[0]?.value).toBe(forty);
    expect(parseConfig(`dataset=${forty}b`).notices[0]?.value).toBe(`${'a'.repeat(39)}…`);
    const emoji = `${'a'.repeat(38)}😀😀`;
    const value = parseConfig(new URLSearchParams([['dataset', emoji]])).notices[0]?.value ?? '';
    expect(value).toBe(`${'a'.repeat(38)}…`);
  });
});

describe('fuzz', () => {
  // Values each parameter accepts, so that many generated queries change the config.
  const goodByParam: Record<string, readonly string[]> = {
    dataset: [...DATASETS, 'XOR'],
    n: ['2', '100', '5000', '1e3'],
    noise: ['0', '12.5', '50'],
    train: ['10', '55.5', '100'],
    seed: ['0', '42', '2147483647'],
    features: [...FEATURES, 'x1,x2,x1x2', 'sinx1,x1,x1'],
    layers: ['none', '1', '4,2', '8,8,8', '64,1,1,1,1,1'],
    act: [...ACTIVATIONS, 'leakyrelu', 'relu,tanh', 'sigmoid,linear,relu'],
    lr: ['0.00001', '0.03', '1e-4', '10', ...LEARNING_RATES.map(String)],
    batch: ['1', '32', 'full', '5000'],
    init: INITS,
    opt: OPTIMIZERS,
    reg: REGULARIZATIONS,
    lambda: ['0', '0.001', '10'],
    until: ['1', '500', '10000000', 'none'],
    speed: [...SPEEDS, '30epochs', '2 steps/s', 'MAX'],
    autoplay: ['1', '0', 'true', 'false'],
    discretize: ['1', '0', 'true', 'false'],
    backend: BACKEND_PREFERENCES,
  };
  const goodValues = Object.values(goodByParam).flat();
  const badValues = [
    '', '-1', 'NaN', 'Infinity', '1e400', '<script>', '%', '%E0%A4%A', '%ZZ', '\uD800', '😀', '__proto__',
    'constructor', 'toString', ',', ',,', '1,', ' ', '+', '0x1F', '1e', '.', '-', 'e5', '1.2.3',
  ];
  const alphabet = 'abcxyz0123456789.,-+e=&?%#;/ \t\n<>"\'\\\u0000é😀';
  const extraNames = ['utm_source', 'foo', '', 'N', 'LR', 'act ', ' act', '__proto__', 'constructor', 'hasOwnProperty'];

  const pick = <T,>(rng: Rng, items: readonly T[]): T => items[rng.int(items.length)] as T;
  const randomText = (rng: Rng): string =>
    Array.from({ length: rng.int(12) }, () => pick(rng, [...alphabet])).join('');

  /** Percent-encodes, except a lone surrogate (which encodeURIComponent refuses) is left raw. */
  const encodeOrKeep = (value: string): string => {
    try {
      return encodeURIComponent(value).replace(/%2C/g, ',');
    } catch {
      return value;
    }
  };

  function randomQuery(rng: Rng): string {
    const parts = Array.from({ length: rng.int(10) }, () => {
      const roll = rng.next();
      const name = roll < 0.8 ? pick(rng, PARAM_NAMES) : roll < 0.9 ? pick(rng, extraNames) : randomText(rng);
      const valueRoll = rng.next();
      const value =
        valueRoll < 0.45
          ? pick(rng, goodByParam[name] ?? goodValues)
          : valueRoll < 0.75
            ? pick(rng, badValues)
            : valueRoll < 0.95
              ? randomText(rng)
              : Array.from({ length: 1 + rng.int(4) }, () => pick(rng, goodValues)).join(',');
      const encoded = rng.next() < 0.5 ? encodeOrKeep(value) : value;
      return rng.next() < 0.05 ? name : `${name}=${encoded}`;
    });
    return (rng.next() < 0.3 ? '?' : '') + parts.join(rng.next() < 0.9 ? '&' : '&&');
  }

  it('never throws and always yields a valid config that round-trips', () => {
    const rng = createRng(20240601);
    let noticeCount = 0;
    let nonDefaultCount = 0;
    for (let i = 0; i < 3000; i++) {
      const query = randomQuery(rng);
      const { config, notices } = parseConfig(query);
      const check = playgroundConfigSchema.safeParse(config);
      expect(check.success, query).toBe(true);
      for (const notice of notices) {
        expect(PARAM_NAMES, query).toContain(notice.param);
        expect(notice.value.length, query).toBeLessThanOrEqual(40);
      }
      const formatted = formatConfig(config);
      expect(parseConfig(formatted), query).toEqual({ config, notices: [] });
      noticeCount += notices.length;
      if (formatted !== '') nonDefaultCount++;
    }
    // The generator exercises both paths: some values are rejected, some are used.
    expect(noticeCount).toBeGreaterThan(1000);
    expect(nonDefaultCount).toBeGreaterThan(1000);
  });
});
