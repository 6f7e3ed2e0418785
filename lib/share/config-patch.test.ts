import { describe, expect, it } from 'vitest';

import { DEFAULT_CONFIG, type PlaygroundConfig } from '../config';
import { applyConfigPatch } from './config-patch';

const current: PlaygroundConfig = { ...DEFAULT_CONFIG, dataset: 'spiral', learningRate: 0.1, layers: [8, 8], activations: ['relu', 'relu'] };

describe('applyConfigPatch', () => {
  it('changes only the patched fields', () => {
    const result = applyConfigPatch(current, { dataset: 'xor', n: 200 });
    expect(result).toEqual({ config: { ...current, dataset: 'xor', n: 200 }, notices: [], ignored: [] });
  });

  it('reads numbers, booleans and URL spellings', () => {
    const { config, notices } = applyConfigPatch(current, {
      lr: 0.003,
      autoplay: true,
      batch: 'full',
      until: 500,
      act: 'leakyrelu',
      layers: '4,4,2',
      features: 'x1,x2,sinx1',
      lambda: 1e-7,
    });
    expect(notices).toEqual([]);
    expect(config).toEqual({
      ...current,
      learningRate: 0.003,
      autoplay: true,
      batchSize: 'full',
      until: 500,
      activations: ['leakyRelu', 'leakyRelu', 'leakyRelu'],
      layers: [4, 4, 2],
      features: ['x1', 'x2', 'sinx1'],
      lambda: 1e-7,
    });
    expect(applyConfigPatch(config, { autoplay: false, until: 'none' }).config).toMatchObject({ autoplay: false, until: null });
  });

  it('keeps the current value (not the default) when a patched value is refused', () => {
    const { config, notices } = applyConfigPatch(current, { lr: 50, dataset: 'xor' });
    expect(config).toEqual({ ...current, dataset: 'xor' });
    expect(notices).toEqual([{ param: 'lr', value: '50', usedInstead: '0.1' }]);
  });

  it('refuses non-finite numbers and unknown names', () => {
    const { config, notices } = applyConfigPatch(current, { n: Number.NaN, dataset: 'mnist', autoplay: 'maybe' });
    expect(config).toEqual(current);
    expect(notices.map((n) => [n.param, n.usedInstead]).sort()).toEqual([
      ['autoplay', '0'],
      ['dataset', 'spiral'],
      ['n', '400'],
    ]);
  });

  it('keeps the current activations when the new layers come without them', () => {
    expect(applyConfigPatch(current, { layers: '3' }).config).toMatchObject({ layers: [3], activations: ['relu'] });
    expect(applyConfigPatch(current, { layers: 'none' }).config).toMatchObject({ layers: [], activations: [] });
  });

  it('lists keys that are not playground parameters', () => {
    const result = applyConfigPatch(current, { show: 'boundary', theme: 'dark', learningRate: 1, lr: 1 });
    expect(result.ignored).toEqual(['show', 'theme', 'learningRate']);
    expect(result.config.learningRate).toBe(1);
  });

  it('does not change the current config object', () => {
    const before = structuredClone(current);
    applyConfigPatch(current, { layers: '2', lr: 3 });
    expect(current).toEqual(before);
  });
});
