import { describe, expect, it } from 'vitest';
import { LIMITS } from './defaults';
import { formatBound, parseTypedNumber } from './typed-number';

describe('parseTypedNumber', () => {
  const lr = LIMITS.learningRate;
  const until = { ...LIMITS.until, isInteger: true, allowsEmpty: true };

  it('accepts values within the range', () => {
    expect(parseTypedNumber('0.03', lr)).toEqual({ isValid: true, value: 0.03 });
    expect(parseTypedNumber(' 1e-5 ', lr)).toEqual({ isValid: true, value: 0.00001 });
    expect(parseTypedNumber('10', lr)).toEqual({ isValid: true, value: 10 });
    expect(parseTypedNumber('500', until)).toEqual({ isValid: true, value: 500 });
    expect(parseTypedNumber('-0', LIMITS.lambda)).toEqual({ isValid: true, value: 0 });
  });

  it('refuses what the issue found snapping back silently: α = −1, 0, 20, 1e9; λ = −1; stop epoch 1.5', () => {
    for (const text of ['-1', '0', '20', '1e9']) expect(parseTypedNumber(text, lr)).toEqual({ isValid: false });
    expect(parseTypedNumber('-1', LIMITS.lambda)).toEqual({ isValid: false });
    expect(parseTypedNumber('1.5', until)).toEqual({ isValid: false });
  });

  it('refuses text that is not a plain number', () => {
    for (const text of ['abc', '0x10', 'Infinity', 'NaN', '1e400', '1,5', '.']) expect(parseTypedNumber(text, lr)).toEqual({ isValid: false });
  });

  it('reads an empty field as none only where that means something', () => {
    expect(parseTypedNumber('  ', until)).toEqual({ isValid: true, value: null });
    expect(parseTypedNumber('', lr)).toEqual({ isValid: false });
  });
});

describe('formatBound', () => {
  it('writes bounds in full, with thousands separators', () => {
    expect(formatBound(0.00001)).toBe('0.00001');
    expect(formatBound(10)).toBe('10');
    expect(formatBound(10_000_000)).toBe('10,000,000');
    expect(formatBound(0)).toBe('0');
  });
});
