import { describe, expect, it } from 'vitest';
import { formatPowerOfTen, superscript } from './power-of-ten';

describe('superscript', () => {
  it('writes integers in superscript digits', () => {
    expect(superscript(-5)).toBe('⁻⁵');
    expect(superscript(12)).toBe('¹²');
    expect(superscript(0)).toBe('⁰');
  });
});

describe('formatPowerOfTen', () => {
  it('writes small and large magnitudes as a mantissa times a power of ten', () => {
    expect(formatPowerOfTen(3.2e-5)).toBe('3.2·10⁻⁵');
    expect(formatPowerOfTen(-0.00456)).toBe('−4.6·10⁻³');
    expect(formatPowerOfTen(123456)).toBe('1.2·10⁵');
  });
  it('drops a mantissa of 1', () => {
    expect(formatPowerOfTen(1e-4)).toBe('10⁻⁴');
  });
  it('writes magnitudes between 0.01 and 1000 plainly', () => {
    expect(formatPowerOfTen(0.0321)).toBe('0.032');
    expect(formatPowerOfTen(1)).toBe('1');
    expect(formatPowerOfTen(4.56)).toBe('4.6');
  });
  it('writes 0 and non-finite values as they are', () => {
    expect(formatPowerOfTen(0)).toBe('0');
    expect(formatPowerOfTen(Number.NaN)).toBe('NaN');
    expect(formatPowerOfTen(Infinity)).toBe('Infinity');
  });
});
