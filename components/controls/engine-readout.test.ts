import { describe, expect, it } from 'vitest';
import { en } from '@/lib/i18n/en';
import { translate } from '@/lib/i18n';
import { zh } from '@/lib/i18n/zh';
import type { Translate } from '@/components/i18n';
import { describeEngines, isSameReadout } from './engine-readout';

const tEn: Translate = (key, params) => translate(en, key, params);
const tZh: Translate = (key, params) => translate(zh, key, params);

describe('describeEngines', () => {
  it('names the engines and the figures that chose them', () => {
    const text = describeEngines(tEn, 'wasm', {
      engine: 'js',
      gridEngine: 'tfjs',
      measurements: { js: { stepsPerSecond: 31_234.4, snapshotMs: 12.4 }, tfjs: { stepsPerSecond: 2_400, snapshotMs: 3.26 } },
    });
    expect(text).toBe(
      'Training on plain JavaScript; maps on TensorFlow.js on wasm. Chosen by measuring this network, batch and data: ' +
        'plain JavaScript 31,234 steps/s, snapshot 12 ms · TensorFlow.js on wasm 2,400 steps/s, snapshot 3.3 ms.',
    );
    expect(describeEngines(tZh, 'wasm', { engine: 'js', gridEngine: 'js', measurements: { js: { stepsPerSecond: 10, snapshotMs: 1 } } })).toContain('每秒 10 步');
  });

  it('says when a forced backend chose, without figures', () => {
    expect(describeEngines(tEn, 'webgl', { engine: 'tfjs', gridEngine: 'tfjs' })).toBe(
      'Training on TensorFlow.js on webgl; maps on TensorFlow.js on webgl. The backend was set in the URL, so nothing was measured.',
    );
  });
});

describe('isSameReadout', () => {
  it('compares the engines and the figures', () => {
    const a = { engine: 'js', gridEngine: 'js', measurements: { js: { stepsPerSecond: 1, snapshotMs: 1 } } } as const;
    expect(isSameReadout(null, a)).toBe(false);
    expect(isSameReadout(a, { ...a, measurements: { js: { stepsPerSecond: 1, snapshotMs: 1 } } })).toBe(true);
    expect(isSameReadout(a, { ...a, gridEngine: 'tfjs' })).toBe(false);
    expect(isSameReadout(a, { ...a, measurements: { js: { stepsPerSecond: 2, snapshotMs: 1 } } })).toBe(false);
  });
});
