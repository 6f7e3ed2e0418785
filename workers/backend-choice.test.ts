import { describe, expect, it } from 'vitest';
import { fallbackCandidates } from './backend-choice';

describe('fallbackCandidates', () => {
  it('goes from webgl to wasm, then cpu, and never back', () => {
    expect(fallbackCandidates('webgl')).toEqual(['wasm', 'cpu']);
    expect(fallbackCandidates('wasm')).toEqual(['cpu']);
    expect(fallbackCandidates('cpu')).toEqual([]);
  });
});
