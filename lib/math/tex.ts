/**
 * TeX strings in the course's notation, for KaTeX (components/inspectors/math.tsx): W^{[l]},
 * dZ^{[L]}, a^{[l]}_{j}, a^{[l](i)}, A^{[l-1]T}, g^{[l]\prime}. Pure: the panels build their formulas
 * from these and the tests read them back.
 */
import type { Activation, Feature } from '../protocol';

export interface SymbolParts {
  /** The layer, in square brackets: W^{[l]}. */
  layer?: string | number;
  /** A subscript: a^{[l]}_{j}. */
  sub?: string | number;
  /** The example, in round brackets after the layer: a^{[l](i)}. */
  example?: string | number;
  transpose?: boolean;
  prime?: boolean;
}

/** A number or index in TeX: the typographic minus − becomes TeX's -. */
const part = (value: string | number) => String(value).replace(/−/g, '-');

/** A symbol as the course writes it; names starting with d (dW, db, dZ, dA) keep an upright-looking d as in the notes. */
export function texSymbol(name: string, { layer, sub, example, transpose = false, prime = false }: SymbolParts = {}): string {
  const sup = `${layer !== undefined ? `[${part(layer)}]` : ''}${example !== undefined ? `(${part(example)})` : ''}${transpose ? 'T' : ''}${prime ? '\\prime' : ''}`;
  const base = name.length > 1 && name.startsWith('d') ? `d${name.slice(1)}` : name;
  return `${base}${sup ? `^{${sup}}` : ''}${sub !== undefined ? `_{${part(sub)}}` : ''}`;
}

/** A number as shown in the panels (e.g. "−0.125", "10⁻⁸") in TeX. */
export function texNumber(text: string | number): string {
  const superscripts: Record<string, string> = { '⁰': '0', '¹': '1', '²': '2', '³': '3', '⁴': '4', '⁵': '5', '⁶': '6', '⁷': '7', '⁸': '8', '⁹': '9', '⁻': '-' };
  return String(text)
    .replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹⁻]+/g, (run) => `^{${[...run].map((c) => superscripts[c]).join('')}}`)
    .replace(/−/g, '-')
    .replace(/·/g, '\\cdot ')
    .replace(/×/g, '\\times ');
}

/** Each input feature as the course would write it. */
export const FEATURE_TEX: Readonly<Record<Feature, string>> = {
  x1: 'x_1',
  x2: 'x_2',
  x1sq: 'x_1^2',
  x2sq: 'x_2^2',
  x1x2: 'x_1 x_2',
  sinx1: '\\sin x_1',
  sinx2: '\\sin x_2',
};

/** g's name in a formula: σ, tanh, ReLU, … */
export const ACTIVATION_TEX: Readonly<Record<Activation, string>> = {
  sigmoid: '\\sigma',
  tanh: '\\tanh',
  relu: '\\operatorname{ReLU}',
  leakyRelu: '\\operatorname{leaky\\,ReLU}',
  linear: '\\operatorname{linear}',
};

/** The derivative formula text of lib/math/activations ("a(1 − a)", "1 − a^2") in TeX. */
export function texExpression(text: string): string {
  return text.replace(/−/g, '-').replace(/\^(\d+)/g, '^{$1}');
}
