/**
 * The default configuration and the bounds of every setting: plain data, free of the zod schema
 * (schema.ts), so the controls can import them without bringing the parser into the first load.
 */
import type { PlaygroundConfig } from './types';

export const DEFAULT_CONFIG: PlaygroundConfig = {
  dataset: 'circle',
  n: 400,
  noise: 10,
  trainPercent: 70,
  seed: 1,
  features: ['x1', 'x2'],
  layers: [4, 2],
  activations: ['tanh', 'tanh'],
  learningRate: 0.03,
  batchSize: 10,
  init: 'xavier',
  optimizer: 'gd',
  regularization: 'none',
  lambda: 0,
  until: null,
  speed: 'max',
  autoplay: false,
  discretize: false,
  backend: 'auto',
};

/** Inclusive bounds of every numeric setting. `n`, `seed`, `batchSize`, `until` and units are integers. */
export const LIMITS = {
  n: { min: 2, max: 5000 },
  noise: { min: 0, max: 50 },
  trainPercent: { min: 10, max: 100 },
  seed: { min: 0, max: 2 ** 31 - 1 },
  hiddenLayers: { min: 0, max: 6 },
  units: { min: 1, max: 64 },
  learningRate: { min: 0.00001, max: 10 },
  batchSize: { min: 1, max: 5000 },
  lambda: { min: 0, max: 10 },
  until: { min: 1, max: 10_000_000 },
} as const;

/** The learning-rate presets offered by the control; any value within LIMITS is also accepted. */
export const LEARNING_RATES = [0.0001, 0.0003, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 1.2, 3, 10] as const;

/** Raw parameter values longer than this are refused unread. */
export const MAX_PARAM_LENGTH = 1000;
/** ConfigNotice.value is shortened to at most this many UTF-16 units (ellipsis included). */
export const NOTICE_VALUE_LENGTH = 40;
