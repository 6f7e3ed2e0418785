/**
 * The activation functions, one entry each: everything the app knows about an activation lives here
 * (its tensor op, in the tfjs engine, and its display name, in the catalogues, aside). The union
 * `Activation` is the table's keys, so a new entry makes the compiler name every other place it needs.
 */

/** Slope of leaky ReLU for z ≤ 0: g(z) = max(0.01 z, z). */
export const LEAKY_SLOPE = 0.01;

/**
 * g′ as the course writes it: an expression in a = g(z) or z ('a' and 'z' set in italics, '^2' a
 * superscript), or a step: 1 for z > 0, else `other`.
 */
export type DerivativeFormula = { kind: 'expression'; text: string } | { kind: 'step'; other: number };

export interface ActivationEntry {
  /** g(z) */
  g(z: number): number;
  /** g′(z), as the course writes it (σ′ = a(1 − a), tanh′ = 1 − a², ReLU′ = 1 for z > 0 else 0). */
  dg(z: number): number;
  /**
   * g′ from a = g(z) alone, as backpropagation uses it. For ReLU and leaky ReLU a > 0 exactly when
   * z > 0, so the slope is known from a.
   */
  dgOfA(a: number): number;
  /**
   * a[i] = float32(g(z[i])) for i < n, and d[i] *= g′ from a[i] for i < n: g and dgOfA over a layer,
   * as the plain-JS engine runs them. Written out per entry so each loop calls one g (monomorphic).
   */
  applyInto(z: Float64Array, a: Float64Array, n: number): void;
  multiplySlopeInto(a: Float64Array, d: Float64Array, n: number): void;
  /** The name in the course's formulas: σ, tanh, ReLU, … */
  symbol: string;
  derivativeFormula: DerivativeFormula;
  /**
   * The value range a map of this activation is coloured over: fixed for a bounded g, or 'symmetric'
   * (±max |a| of the map) for an unbounded one.
   */
  colorRange: readonly [number, number] | 'symmetric';
  /**
   * The Keras / tfjs-layers name of g: a Dense layer's activation, or 'leakyReLU', a layer of its own
   * there (a linear Dense layer followed by LeakyReLU with alpha LEAKY_SLOPE).
   */
  kerasName: 'sigmoid' | 'tanh' | 'relu' | 'linear' | 'leakyReLU';
  /**
   * How a unit of this activation stops learning, as the course warns: 'saturates' (|g′| near 0 for large
   * |z|: sigmoid, tanh), 'dies' (output and slope 0 on every example: ReLU), or null (leaky ReLU, linear).
   */
  failure: 'saturates' | 'dies' | null;
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/** Keeps the table's keys as the union and types every entry as ActivationEntry. */
const activationTable = <K extends string>(table: Record<K, ActivationEntry>): Record<K, ActivationEntry> => table;

export const ACTIVATION_TABLE = activationTable({
  sigmoid: {
    applyInto(z, a, n) {
      for (let i = 0; i < n; i++) a[i] = Math.fround(1 / (1 + Math.exp(-z[i]!)));
    },
    multiplySlopeInto(a, d, n) {
      for (let i = 0; i < n; i++) {
        const ai = a[i]!;
        d[i] = d[i]! * (ai * (1 - ai));
      }
    },
    g: sigmoid,
    dg: (z) => {
      const a = sigmoid(z);
      return a * (1 - a);
    },
    dgOfA: (a) => a * (1 - a),
    symbol: 'σ',
    derivativeFormula: { kind: 'expression', text: 'a(1 − a)' },
    colorRange: [0, 1],
    kerasName: 'sigmoid',
    failure: 'saturates',
  },
  tanh: {
    applyInto(z, a, n) {
      for (let i = 0; i < n; i++) a[i] = Math.fround(Math.tanh(z[i]!));
    },
    multiplySlopeInto(a, d, n) {
      for (let i = 0; i < n; i++) {
        const ai = a[i]!;
        d[i] = d[i]! * (1 - ai * ai);
      }
    },
    g: Math.tanh,
    dg: (z) => {
      const a = Math.tanh(z);
      return 1 - a * a;
    },
    dgOfA: (a) => 1 - a * a,
    symbol: 'tanh',
    derivativeFormula: { kind: 'expression', text: '1 − a^2' },
    colorRange: [-1, 1],
    kerasName: 'tanh',
    failure: 'saturates',
  },
  relu: {
    applyInto(z, a, n) {
      for (let i = 0; i < n; i++) a[i] = Math.fround(z[i]! > 0 ? z[i]! : 0);
    },
    multiplySlopeInto(a, d, n) {
      for (let i = 0; i < n; i++) d[i] = d[i]! * (a[i]! > 0 ? 1 : 0);
    },
    g: (z) => (z > 0 ? z : 0),
    dg: (z) => (z > 0 ? 1 : 0),
    dgOfA: (a) => (a > 0 ? 1 : 0),
    symbol: 'ReLU',
    derivativeFormula: { kind: 'step', other: 0 },
    colorRange: 'symmetric',
    kerasName: 'relu',
    failure: 'dies',
  },
  leakyRelu: {
    applyInto(z, a, n) {
      for (let i = 0; i < n; i++) a[i] = Math.fround(z[i]! > 0 ? z[i]! : LEAKY_SLOPE * z[i]!);
    },
    multiplySlopeInto(a, d, n) {
      for (let i = 0; i < n; i++) d[i] = d[i]! * (a[i]! > 0 ? 1 : LEAKY_SLOPE);
    },
    g: (z) => (z > 0 ? z : LEAKY_SLOPE * z),
    dg: (z) => (z > 0 ? 1 : LEAKY_SLOPE),
    dgOfA: (a) => (a > 0 ? 1 : LEAKY_SLOPE),
    symbol: 'leaky ReLU',
    derivativeFormula: { kind: 'step', other: LEAKY_SLOPE },
    colorRange: 'symmetric',
    kerasName: 'leakyReLU',
    failure: null,
  },
  linear: {
    applyInto(z, a, n) {
      for (let i = 0; i < n; i++) a[i] = z[i]!;
    },
    multiplySlopeInto() {},
    g: (z) => z,
    dg: () => 1,
    dgOfA: () => 1,
    symbol: 'linear',
    derivativeFormula: { kind: 'expression', text: '1' },
    colorRange: 'symmetric',
    kerasName: 'linear',
    failure: null,
  },
});

export type Activation = keyof typeof ACTIVATION_TABLE;

/** Every activation, in the order the controls list them. */
export const ACTIVATIONS = Object.keys(ACTIVATION_TABLE) as readonly Activation[] as readonly [Activation, ...Activation[]];
