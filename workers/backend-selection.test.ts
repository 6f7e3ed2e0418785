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
  it('auto starts the first candidate that works (no WebGL in Node: wasm)', async () => {
    const { initBackend } = await import('./backend-selection');
    expect(await initBackend('auto', {})).toEqual({ backend: 'wasm' });
    expect(tf.getBackend()).toBe('wasm');
  });

  it('a forced backend starts first', async () => {
    const { initBackend } = await import('./backend-selection');
    expect(await initBackend('cpu', {})).toEqual({ backend: 'cpu' });
    expect(tf.getBackend()).toBe('cpu');
  });
});
