import { describe, expect, it } from 'vitest';
import { chooseBackend, fallbackCandidates } from './backend-choice';

describe('chooseBackend', () => {
  it('takes the fastest calibrated backend, webgl included', () => {
    expect(chooseBackend({ wasm: 9000, cpu: 12000 }, ['wasm', 'cpu'])).toBe('cpu');
    expect(chooseBackend({ webgl: 20000, wasm: 9000, cpu: 12000 }, ['webgl', 'wasm', 'cpu'])).toBe('webgl');
    expect(chooseBackend({ webgl: 300, wasm: 9000 }, ['webgl', 'wasm', 'cpu'])).toBe('wasm');
  });

  it('breaks ties by order and ignores backends that failed or measured nothing', () => {
    expect(chooseBackend({ wasm: 100, cpu: 100 }, ['wasm', 'cpu'])).toBe('wasm');
    expect(chooseBackend({ wasm: NaN, cpu: 0 }, ['wasm', 'cpu'])).toBeNull();
    expect(chooseBackend({ cpu: 5 }, ['wasm', 'cpu'])).toBe('cpu');
    expect(chooseBackend({}, ['wasm', 'cpu'])).toBeNull();
  });
});

describe('fallbackCandidates', () => {
  it('goes from webgl to wasm, then cpu, and never back', () => {
    expect(fallbackCandidates('webgl')).toEqual(['wasm', 'cpu']);
    expect(fallbackCandidates('wasm')).toEqual(['cpu']);
    expect(fallbackCandidates('cpu')).toEqual([]);
  });
});
