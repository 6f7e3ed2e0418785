import { FEATURES, type Feature, type LayerParams } from '@/lib/protocol';
import { FEATURE_TEX } from '@/lib/math/tex';

/** What flows into one neuron: row `unit` of Wˡ, bˡ, and the same entries of dWˡ, dbˡ. */
export interface NeuronDetails {
  weights: number[];
  bias: number;
  /** null when the snapshot has no gradients (no training points). */
  weightGradients: number[] | null;
  biasGradient: number | null;
}

/** Layer l is 1-based (1 … L), unit 0-based; null when the neuron is not in these parameters. */
export function neuronDetails(params: readonly LayerParams[], gradients: readonly LayerParams[] | null, layer: number, unit: number): NeuronDetails | null {
  const p = params[layer - 1];
  if (!p || unit < 0 || unit >= p.rows) return null;
  const row = (values: Float32Array, cols: number) => Array.from(values.subarray(unit * cols, (unit + 1) * cols));
  const g = gradients?.[layer - 1];
  const hasGradients = g !== undefined && g.rows === p.rows && g.cols === p.cols;
  return {
    weights: row(p.W, p.cols),
    bias: p.b[unit]!,
    weightGradients: hasGradients ? row(g.W, g.cols) : null,
    biasGradient: hasGradients ? g.b[unit]! : null,
  };
}

/** A number as a term of a sum: its sign and its magnitude, e.g. −0.113 → { sign: '−', magnitude: '0.113' }. */
export interface SignedTerm {
  sign: '+' | '−';
  magnitude: string;
}

/** A number with `digits` decimals and a true minus sign (−), never "-0.000". */
export function formatNumber(value: number, digits = 3): string {
  if (Number.isNaN(value)) return 'NaN';
  if (!Number.isFinite(value)) return value > 0 ? '∞' : '−∞';
  const text = Math.abs(value).toFixed(digits);
  return value < 0 && Number(text) !== 0 ? `−${text}` : text;
}

export function signedTerm(value: number, digits = 3): SignedTerm {
  const text = formatNumber(value, digits);
  return text.startsWith('−') ? { sign: '−', magnitude: text.slice(1) } : { sign: '+', magnitude: text };
}

/** TeX of a number: ∞ and NaN as TeX can set them. */
const texOf = (magnitude: string) => (magnitude === '∞' ? '\\infty' : magnitude === 'NaN' ? '\\text{NaN}' : magnitude);

/**
 * z^{[l]}_{j} = w₁·(input 1) + … + b with the neuron's numbers, in TeX: the inputs are the features for
 * layer 1 and a^{[l−1]}_{k} above it.
 */
export function neuronEquation(layer: number, j: number, weights: readonly number[], bias: number, features: readonly Feature[]): string {
  const input = (k: number) => (layer === 1 ? FEATURE_TEX[features[k] ?? FEATURES[0]] : `a^{[${layer - 1}]}_{${k + 1}}`);
  const terms = weights.map((w, k) => {
    const { sign, magnitude } = signedTerm(w);
    return `${k === 0 ? (sign === '−' ? '-' : '') : ` ${sign === '−' ? '-' : '+'} `}${texOf(magnitude)} \\cdot ${input(k)}`;
  });
  const b = signedTerm(bias);
  return `z^{[${layer}]}_{${j}} = ${terms.join('')} ${b.sign === '−' ? '-' : '+'} ${texOf(b.magnitude)}`;
}
