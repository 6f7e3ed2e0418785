import { describe, expect, it } from 'vitest';
import { composite, contrastRatio, relativeLuminance } from './contrast';

describe('relativeLuminance', () => {
  it('is 0 for black, 1 for white, and follows the sRGB curve', () => {
    expect(relativeLuminance('#000')).toBe(0);
    expect(relativeLuminance('#fff')).toBeCloseTo(1, 10);
    // Mid grey #777: the value WCAG tools give.
    expect(relativeLuminance('#777777')).toBeCloseTo(0.1845, 3);
  });
});

describe('contrastRatio', () => {
  it('is 21 for black on white, 1 for a colour on itself, and symmetric', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 10);
    expect(contrastRatio('#1a73c8', '#1a73c8')).toBe(1);
    expect(contrastRatio('#1a73c8', '#ffffff')).toBe(contrastRatio('#ffffff', '#1a73c8'));
  });
  it('matches known pairs: #767676 on white is the lightest grey for text (4.54), #949494 for graphics (3.03)', () => {
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('#949494', '#ffffff')).toBeCloseTo(3.03, 2);
  });
});

describe('composite', () => {
  it('blends a colour over a background by its alpha', () => {
    expect(composite('#000000', 0.5, '#ffffff')).toBe('#808080');
    expect(composite('#123456', 1, '#ffffff')).toBe('#123456');
    expect(composite('#123456', 0, '#abcdef')).toBe('#abcdef');
  });
});
