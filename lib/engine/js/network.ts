/**
 * The plain-JavaScript engine's view of a network: its shape, each layer's g and g′ taken from the
 * activation table once (never looked up per element), and scratch space for a block of examples,
 * grown as needed up to BLOCK_COLUMNS columns. Parameters and optimizer slots are float32 like a
 * tensor's; activations (float32 values) and gradient sums are held in float64.
 */
import { ACTIVATION_TABLE, type Activation } from '../../math/activations';

/** Wˡ (nˡ × nˡ⁻¹, row-major) and bˡ of l = 1 … L at index l − 1. */
export interface JsParams {
  W: Float32Array[];
  b: Float32Array[];
}

/** A map over the first n values of a layer's block, from the first array into the second. */
export type LayerMap = (from: Float64Array, to: Float64Array, n: number) => void;

export interface JsNetwork {
  /** n⁰ … nᴸ */
  sizes: Int32Array;
  L: number;
  /** aˡ = gˡ(zˡ) over a layer for training and every reported number, l = 1 … L at index l − 1. */
  apply: LayerMap[];
  /** The same for the grid pictures: tanh is fastTanh there. */
  applyForGrid: LayerMap[];
  /** daˡ ⊙ gˡ′, with gˡ′ from aˡ (the course's form), in place over a layer. */
  multiplySlope: LayerMap[];
  /**
   * Zˡ and Aˡ of the current block of mb examples, nˡ × mb row-major (one column per example),
   * l = 0 … L (Z⁰ unused, A⁰ the inputs); room for `capacity` columns.
   */
  z: Float64Array[];
  a: Float64Array[];
  /** dZˡ of the current block, l = 1 … L (index 0 unused). */
  dz: Float64Array[];
  capacity: number;
  /** Σⱼ dzˡ aˡ⁻¹ᵀ and Σⱼ dzˡ over a batch, l = 1 … L at index l − 1. */
  gW: Float64Array[];
  gb: Float64Array[];
}

/** |z| beyond which the float32 tanh is ±1 to within its error. */
const TANH_CLAMP = 7.90531110763549805;

/**
 * tanh as TensorFlow's CPU kernels compute it in float32 (Eigen's rational approximation
 * generic_fast_tanh_float): |error| ≤ 3e-7, a few float32 ulps, and several times faster than
 * Math.tanh. Used only for the grid pictures: training stays on Math.tanh, because RMSprop and Adam
 * turn such last-bit differences of tiny gradients into full-size steps.
 */
export function fastTanh(z: number): number {
  const x = z > TANH_CLAMP ? TANH_CLAMP : z < -TANH_CLAMP ? -TANH_CLAMP : z;
  const x2 = x * x;
  let p = x2 * -2.76076847742355e-16 + 2.00018790482477e-13;
  p = p * x2 - 8.60467152213735e-11;
  p = p * x2 + 5.12229709037114e-8;
  p = p * x2 + 1.48572235717979e-5;
  p = p * x2 + 6.37261928875436e-4;
  p = p * x2 + 4.89352455891786e-3;
  let q = x2 * 1.19825839466702e-6 + 1.18534705686654e-4;
  q = q * x2 + 2.268434632439e-3;
  q = q * x2 + 4.89352518554385e-3;
  return (p * x) / q;
}

const fastTanhInto: LayerMap = (z, a, n) => {
  for (let i = 0; i < n; i++) a[i] = Math.fround(fastTanh(z[i]!));
};

/**
 * Columns of the largest block: bigger batches go through in blocks of this many examples, which
 * keeps a block's matrices in cache (64 units × 128 columns × 8 bytes = 64 kB a layer).
 */
export const BLOCK_COLUMNS = 128;

/** Makes room in net's scratch for blocks of `columns` examples (at most BLOCK_COLUMNS). */
export function reserveColumns(net: JsNetwork, columns: number): void {
  if (columns <= net.capacity) return;
  const capacity = Math.min(BLOCK_COLUMNS, Math.max(columns, 2 * net.capacity));
  const matrices = (): Float64Array[] => Array.from(net.sizes, (n) => new Float64Array(n * capacity));
  net.z = matrices();
  net.a = matrices();
  net.dz = matrices();
  net.capacity = capacity;
}

export function createJsNetwork(sizes: readonly number[], activations: readonly Activation[]): JsNetwork {
  const L = sizes.length - 1;
  if (activations.length !== L) throw new Error(`Expected ${L} activations, got ${activations.length}`);
  const vectors = (): Float64Array[] => sizes.map((n) => new Float64Array(n));
  const perLayer = (size: (l: number) => number): Float64Array[] =>
    Array.from({ length: L }, (_, l) => new Float64Array(size(l + 1)));
  return {
    sizes: Int32Array.from(sizes),
    L,
    apply: activations.map((name) => ACTIVATION_TABLE[name].applyInto),
    applyForGrid: activations.map((name) => (name === 'tanh' ? fastTanhInto : ACTIVATION_TABLE[name].applyInto)),
    multiplySlope: activations.map((name) => ACTIVATION_TABLE[name].multiplySlopeInto),
    z: vectors(),
    a: vectors(),
    dz: vectors(),
    capacity: 1,
    gW: perLayer((l) => sizes[l]! * sizes[l - 1]!),
    gb: perLayer((l) => sizes[l]!),
  };
}

/** The parameters of a network as float32 copies of `params` (rows × cols W, rows b per layer). */
export function copyParams(params: readonly { W: ArrayLike<number>; b: ArrayLike<number> }[]): JsParams {
  return { W: params.map((p) => Float32Array.from(p.W)), b: params.map((p) => Float32Array.from(p.b)) };
}
