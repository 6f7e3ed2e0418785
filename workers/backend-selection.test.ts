import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { backendCandidates, hasHardwareWebgl } from './backend-selection';

describe('backendCandidates', () => {
  it('auto prefers webgl only on a hardware GPU, then wasm, then cpu', () => {
    expect(backendCandidates('auto', true)).toEqual(['webgl', 'wasm', 'cpu']);
    expect(backendCandidates('auto', false)).toEqual(['wasm', 'cpu']);
  });

  it('a forced preference goes first and falls back in the same order', () => {
    expect(backendCandidates('webgl', false)).toEqual(['webgl', 'wasm', 'cpu']);
    expect(backendCandidates('cpu', true)).toEqual(['cpu', 'webgl', 'wasm']);
    expect(backendCandidates('wasm', false)).toEqual(['wasm', 'cpu']);
  });

  it('finds no WebGL in Node', () => {
    expect(hasHardwareWebgl()).toBe(false);
  });
});

describe('initBackend', () => {
  it('auto calibrates every candidate that starts and keeps the fastest', async () => {
    const { initBackend } = await import('./backend-selection');
    const { backend, calibration } = await initBackend('auto', {});
    expect(Object.keys(calibration).sort()).toEqual(['cpu', 'wasm']);
    for (const rate of Object.values(calibration)) expect(rate).toBeGreaterThan(0);
    expect(calibration[backend]).toBe(Math.max(...Object.values(calibration)));
    expect(tf.getBackend()).toBe(backend);
  });

  it('a forced backend starts without calibration', async () => {
    const { initBackend } = await import('./backend-selection');
    expect(await initBackend('cpu', {})).toEqual({ backend: 'cpu', calibration: {} });
    expect(tf.getBackend()).toBe('cpu');
  });
});
