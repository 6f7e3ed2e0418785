import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { ACTIVATIONS, FEATURES } from '../protocol';
import { ACTIVATION_TABLE } from './activations';
import { ACTIVATION_TEX, FEATURE_TEX, texExpression, texNumber, texSymbol } from './tex';

/** KaTeX accepts it (throws otherwise), and its MathML reads as `text`. */
const mathText = (tex: string) => {
  const html = katex.renderToString(tex, { throwOnError: true, strict: 'error', output: 'mathml' });
  return html.replace(/<annotation[\s\S]*?<\/annotation>/, '').replace(/<[^>]+>/g, '');
};

describe('texSymbol', () => {
  it('writes the course’s layer, example, transpose and prime marks', () => {
    expect(texSymbol('W', { layer: 'l' })).toBe('W^{[l]}');
    expect(texSymbol('A', { layer: 'l−1', transpose: true })).toBe('A^{[l-1]T}');
    expect(texSymbol('a', { layer: 2, sub: 3 })).toBe('a^{[2]}_{3}');
    expect(texSymbol('dZ', { layer: 'l', example: 'i' })).toBe('dZ^{[l](i)}');
    expect(texSymbol('g', { layer: 1, prime: true })).toBe('g^{[1]\\prime}');
    expect(texSymbol('X')).toBe('X');
  });
  it('gives TeX that KaTeX sets as the course writes it', () => {
    expect(mathText(texSymbol('dW', { layer: 3 }))).toBe('dW[3]');
    expect(mathText(texSymbol('A', { layer: 'l−1', transpose: true }))).toBe('A[l−1]T');
    expect(mathText(texSymbol('w', { layer: 2, sub: '1,4' }))).toBe('w1,4[2]');
  });
});

describe('texNumber', () => {
  it('turns the panels’ typographic numbers into TeX', () => {
    expect(texNumber('−0.125')).toBe('-0.125');
    expect(texNumber('10⁻⁸')).toBe('10^{-8}');
    expect(texNumber(0.9)).toBe('0.9');
    expect(mathText(texNumber('10⁻⁸'))).toBe('10−8');
  });
});

describe('feature, activation and derivative TeX', () => {
  it('covers every feature and activation, and KaTeX accepts all of it', () => {
    for (const feature of FEATURES) expect(() => mathText(FEATURE_TEX[feature])).not.toThrow();
    for (const activation of ACTIVATIONS) {
      expect(() => mathText(ACTIVATION_TEX[activation])).not.toThrow();
      const formula = ACTIVATION_TABLE[activation].derivativeFormula;
      if (formula.kind === 'expression') expect(() => mathText(texExpression(formula.text))).not.toThrow();
    }
    expect(mathText(texExpression('1 − a^2'))).toBe('1−a2');
    expect(mathText(FEATURE_TEX.sinx1)).toBe('sin\u2061x1');
  });
});
