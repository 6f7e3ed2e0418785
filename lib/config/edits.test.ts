import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, LIMITS } from './defaults';
import {
  LAMBDA_ON_ENABLE,
  addLayer,
  addUnits,
  newSeed,
  nextSeed,
  removeLayer,
  set,
  setActivation,
  setDataSettings,
  setDataset,
  setLearningRate,
  setRegularization,
  setSingleLayer,
  setArchitecture,
  setUnits,
  toggleFeature,
} from './edits';
import type { PlaygroundConfig } from './types';

const base: PlaygroundConfig = { ...DEFAULT_CONFIG, layers: [4, 2], activations: ['tanh', 'relu'] };

describe('layer edits', () => {
  it('adds a layer that copies the last one', () => {
    expect(addLayer(base)).toMatchObject({ layers: [4, 2, 2], activations: ['tanh', 'relu', 'relu'] });
  });
  it('adds a first layer of 4 tanh units to logistic regression', () => {
    expect(addLayer({ ...base, layers: [], activations: [] })).toMatchObject({ layers: [4], activations: ['tanh'] });
  });
  it('adds no layer beyond the limit', () => {
    const full = { ...base, layers: Array(LIMITS.hiddenLayers.max).fill(2), activations: Array(LIMITS.hiddenLayers.max).fill('tanh') };
    expect(addLayer(full)).toBe(full);
  });
  it('removes the last layer, down to none', () => {
    expect(removeLayer(base)).toMatchObject({ layers: [4], activations: ['tanh'] });
    const none = { ...base, layers: [], activations: [] };
    expect(removeLayer(none)).toBe(none);
  });
  it('keeps layers and activations the same length', () => {
    let c = base;
    for (const edit of [addLayer, addLayer, removeLayer, addLayer, removeLayer, removeLayer, removeLayer, removeLayer]) {
      c = edit(c);
      expect(c.activations).toHaveLength(c.layers.length);
    }
  });
  it('sets units within the limits and leaves other layers alone', () => {
    expect(setUnits(base, 1, 7).layers).toEqual([4, 7]);
    expect(setUnits(base, 0, 0).layers).toEqual([LIMITS.units.min, 2]);
    expect(setUnits(base, 0, 1000).layers).toEqual([LIMITS.units.max, 2]);
    expect(setUnits(base, 5, 3)).toBe(base);
    expect(addUnits(base, 0, -1).layers).toEqual([3, 2]);
    expect(addUnits(base, 1, 1).layers).toEqual([4, 3]);
  });
  it('makes a single hidden layer keeping the first activation', () => {
    expect(setSingleLayer(base, 20)).toMatchObject({ layers: [20], activations: ['tanh'] });
    expect(setSingleLayer({ ...base, layers: [], activations: [] }, 3)).toMatchObject({ layers: [3], activations: ['tanh'] });
  });
  it('sets one layer’s activation', () => {
    expect(setActivation(base, 0, 'sigmoid').activations).toEqual(['sigmoid', 'relu']);
    expect(setActivation(base, 1, 'relu')).toBe(base);
    expect(setActivation(base, 2, 'relu')).toBe(base);
  });
});

describe('setArchitecture', () => {
  it('takes an imported network’s features in the canonical order, its layer sizes and activations', () => {
    const next = setArchitecture(base, ['x2', 'x1'], [
      { units: 3, activation: 'relu' },
      { units: 5, activation: 'sigmoid' },
    ]);
    expect(next).toMatchObject({ features: ['x1', 'x2'], layers: [3, 5], activations: ['relu', 'sigmoid'] });
    expect(setArchitecture(base, ['x1'], [])).toMatchObject({ layers: [], activations: [] });
  });
});

describe('feature edits', () => {
  it('toggles a feature, keeping the canonical order', () => {
    expect(toggleFeature(base, 'x1sq').features).toEqual(['x1', 'x2', 'x1sq']);
    expect(toggleFeature({ ...base, features: ['x2', 'x1sq'] }, 'x1').features).toEqual(['x1', 'x2', 'x1sq']);
    expect(toggleFeature(base, 'x1').features).toEqual(['x2']);
  });
  it('never turns off the last feature', () => {
    const one = { ...base, features: ['x2' as const] };
    expect(toggleFeature(one, 'x2')).toBe(one);
  });
});

describe('data and training settings', () => {
  it('moves the seed by a linear congruential step within the limits', () => {
    expect(nextSeed(1)).toBe((1103515245 + 12345) % LIMITS.seed.max);
    expect(newSeed(base).seed).toBe(nextSeed(base.seed));
    let seed = LIMITS.seed.max - 1;
    for (let i = 0; i < 100; i++) {
      seed = nextSeed(seed);
      expect(Number.isInteger(seed) && seed >= 0 && seed < LIMITS.seed.max).toBe(true);
    }
  });
  it('sets the five data settings together and nothing else', () => {
    const settings = { dataset: 'xor' as const, n: 100, noise: 20, trainPercent: 50, seed: 7 };
    expect(setDataSettings(base, { ...settings, learningRate: 9 } as never)).toEqual({ ...base, ...settings });
  });
  it('changes the dataset and nothing else', () => {
    expect(setDataset(base, 'xor')).toEqual({ ...base, dataset: 'xor' });
    expect(setDataset(base, base.dataset)).toBe(base);
  });
  it('sets one field, returning the same config when nothing changes', () => {
    expect(setLearningRate(base, 0.3).learningRate).toBe(0.3);
    expect(set('batchSize', 'full')(base).batchSize).toBe('full');
    expect(set('until', null)(base)).toBe(base);
    expect(set('speed', 'max')(base)).toBe(base);
  });
  it('switches λ on with a regulariser when it was 0, and keeps a chosen λ', () => {
    expect(setRegularization({ ...base, lambda: 0 }, 'l2')).toMatchObject({ regularization: 'l2', lambda: LAMBDA_ON_ENABLE });
    expect(setRegularization({ ...base, lambda: 0.3 }, 'l1')).toMatchObject({ regularization: 'l1', lambda: 0.3 });
    expect(setRegularization({ ...base, regularization: 'l2', lambda: 0.3 }, 'none')).toMatchObject({ regularization: 'none', lambda: 0.3 });
  });
  it('never mutates its argument', () => {
    const frozen = Object.freeze({ ...base, layers: Object.freeze([4, 2]) as number[], activations: Object.freeze(['tanh', 'relu']) as PlaygroundConfig['activations'] });
    expect(() => [addLayer(frozen), removeLayer(frozen), setUnits(frozen, 0, 3), setActivation(frozen, 0, 'relu'), toggleFeature(frozen, 'x1sq')]).not.toThrow();
  });
});
