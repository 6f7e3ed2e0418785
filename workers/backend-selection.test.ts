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
