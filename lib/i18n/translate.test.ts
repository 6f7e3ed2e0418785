import { describe, expect, it } from 'vitest';
import { en } from './en';
import { translate } from './index';

describe('translate', () => {
  it('fills named parameters', () => {
    expect(translate(en, 'train.speedUnit', { value: 12 })).toBe('12 epochs/s');
  });
  it('leaves an unknown placeholder visible', () => {
    expect(translate(en, 'train.speedUnit', {})).toBe('{value} epochs/s');
  });
  it('has no empty message', () => {
    for (const [key, text] of Object.entries(en)) expect(text.trim(), key).not.toBe('');
  });
});
