import { describe, expect, it } from 'vitest';
import { CATALOGUES, translate } from './index';

describe('translate', () => {
  it('fills named parameters', () => {
    expect(translate(CATALOGUES.en, 'train.speedUnit', { value: 12 })).toBe('12 epochs/s');
  });
  it('leaves an unknown placeholder visible', () => {
    expect(translate(CATALOGUES.en, 'train.speedUnit', {})).toBe('{value} epochs/s');
  });
  it('has no empty message', () => {
    for (const [key, text] of Object.entries(CATALOGUES.en)) expect(text.trim(), key).not.toBe('');
  });
});
