/**
 * Every edit of a configuration the controls, the network diagram, the lessons and the embed make, as a
 * pure function `(config, …) => config`: the components call these instead of patching the config
 * inline, so each rule (a network keeps one feature, a new layer copies the last one, …) has one home.
 * Each returns a new object, or the same one when the edit changes nothing.
 */
import type { Activation, DatasetName, Feature, Init, LayerSpec, Optimizer, Regularization } from '../protocol';
import { FEATURES } from '../protocol';
import { LIMITS } from './defaults';
import type { Speed } from './speed';
import type { PlaygroundConfig } from './types';

/** An edit of a configuration. */
export type ConfigEdit = (config: PlaygroundConfig) => PlaygroundConfig;

/** λ a regulariser starts with when it is switched on while λ is 0 (so switching it on does something). */
export const LAMBDA_ON_ENABLE = 0.1;
/** Units and activation of a first hidden layer added to a network that has none. */
const NEW_LAYER_UNITS = 4;
const NEW_LAYER_ACTIVATION: Activation = 'tanh';

const clampUnits = (units: number) => Math.min(LIMITS.units.max, Math.max(LIMITS.units.min, Math.round(units)));

/** Adds a hidden layer after the last one, a copy of it (its units and activation); none beyond the limit. */
export function addLayer(config: PlaygroundConfig): PlaygroundConfig {
  if (config.layers.length >= LIMITS.hiddenLayers.max) return config;
  return {
    ...config,
    layers: [...config.layers, config.layers.at(-1) ?? NEW_LAYER_UNITS],
    activations: [...config.activations, config.activations.at(-1) ?? NEW_LAYER_ACTIVATION],
  };
}

/** Removes the last hidden layer (none left is logistic regression). */
export function removeLayer(config: PlaygroundConfig): PlaygroundConfig {
  if (config.layers.length === 0) return config;
  return { ...config, layers: config.layers.slice(0, -1), activations: config.activations.slice(0, -1) };
}

/** Sets hidden layer `layer`'s number of units, within LIMITS.units. */
export function setUnits(config: PlaygroundConfig, layer: number, units: number): PlaygroundConfig {
  if (layer < 0 || layer >= config.layers.length) return config;
  const next = clampUnits(units);
  if (config.layers[layer] === next) return config;
  return { ...config, layers: config.layers.map((u, i) => (i === layer ? next : u)) };
}

/** One unit more (or less, `delta` −1) in hidden layer `layer`, within LIMITS.units. */
export function addUnits(config: PlaygroundConfig, layer: number, delta: number): PlaygroundConfig {
  const units = config.layers[layer];
  return units === undefined ? config : setUnits(config, layer, units + delta);
}

/** A network of one hidden layer of `units` units, keeping the first layer's activation (lesson tools). */
export function setSingleLayer(config: PlaygroundConfig, units: number): PlaygroundConfig {
  return { ...config, layers: [clampUnits(units)], activations: [config.activations[0] ?? NEW_LAYER_ACTIVATION] };
}

/** Sets hidden layer `layer`'s activation. */
export function setActivation(config: PlaygroundConfig, layer: number, activation: Activation): PlaygroundConfig {
  if (layer < 0 || layer >= config.activations.length || config.activations[layer] === activation) return config;
  return { ...config, activations: config.activations.map((a, i) => (i === layer ? activation : a)) };
}

/** Turns an input feature on or off, in the canonical FEATURES order; the last one stays on. */
export function toggleFeature(config: PlaygroundConfig, feature: Feature): PlaygroundConfig {
  const isOn = config.features.includes(feature);
  if (isOn && config.features.length === 1) return config;
  return { ...config, features: FEATURES.filter((f) => (f === feature ? !isOn : config.features.includes(f))) };
}

/** An imported network's architecture: its features (in the canonical order), hidden layer sizes and activations. */
export function setArchitecture(config: PlaygroundConfig, features: readonly Feature[], hidden: readonly LayerSpec[]): PlaygroundConfig {
  return {
    ...config,
    features: FEATURES.filter((f) => features.includes(f)),
    layers: hidden.map((layer) => layer.units),
    activations: hidden.map((layer) => layer.activation),
  };
}

/**
 * The seed after `seed` (a linear congruential step, so "new sample" is reproducible from the URL),
 * within LIMITS.seed.
 */
export function nextSeed(seed: number): number {
  return (seed * 1103515245 + 12345) % LIMITS.seed.max;
}

/** A new sample of the same dataset: the next seed. */
export function newSeed(config: PlaygroundConfig): PlaygroundConfig {
  return { ...config, seed: nextSeed(config.seed) };
}

/** The data settings (dataset, n, noise, training share, seed) restored or chosen together: undo, a replacement. */
export function setDataSettings(config: PlaygroundConfig, settings: Pick<PlaygroundConfig, 'dataset' | 'n' | 'noise' | 'trainPercent' | 'seed'>): PlaygroundConfig {
  const { dataset, n, noise, trainPercent, seed } = settings;
  return { ...config, dataset, n, noise, trainPercent, seed };
}

export function setDataset(config: PlaygroundConfig, dataset: DatasetName): PlaygroundConfig {
  return config.dataset === dataset ? config : { ...config, dataset };
}

/**
 * The setters of one field each, for the controls that edit a value as it is: `set('learningRate', 0.1)`.
 * Bounds are the controls' and the URL parser's business; these keep what they are given.
 */
export function set<K extends keyof PlaygroundConfig>(key: K, value: PlaygroundConfig[K]): ConfigEdit {
  return (config) => (Object.is(config[key], value) ? config : { ...config, [key]: value });
}

export const setLearningRate = (config: PlaygroundConfig, learningRate: number) => set('learningRate', learningRate)(config);
export const setBatchSize = (config: PlaygroundConfig, batchSize: PlaygroundConfig['batchSize']) => set('batchSize', batchSize)(config);
export const setInit = (config: PlaygroundConfig, init: Init) => set('init', init)(config);
export const setOptimizer = (config: PlaygroundConfig, optimizer: Optimizer) => set('optimizer', optimizer)(config);
export const setLambda = (config: PlaygroundConfig, lambda: number) => set('lambda', lambda)(config);
export const setUntil = (config: PlaygroundConfig, until: number | null) => set('until', until)(config);
export const setSpeed = (config: PlaygroundConfig, speed: Speed) => set('speed', speed)(config);

/** Chooses the regulariser; switching one on while λ is 0 sets λ to LAMBDA_ON_ENABLE. */
export function setRegularization(config: PlaygroundConfig, regularization: Regularization): PlaygroundConfig {
  if (config.regularization === regularization) return config;
  const lambda = regularization !== 'none' && config.lambda === 0 ? LAMBDA_ON_ENABLE : config.lambda;
  return { ...config, regularization, lambda };
}
