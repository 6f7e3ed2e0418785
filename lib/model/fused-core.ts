/**
 * The course's training algorithm for a whole network as plain loops over Float32Arrays: no tfjs,
 * no allocation per step. It runs K gradient steps in one call (the body of the fused 'NnpTrainSteps'
 * kernel, fused-kernel.ts) and evaluates costs, accuracy, full-batch gradients and the grid.
 *
 * The maths is that of forward-backward.ts and optimizers.ts, computed one example (one column of the
 * course's matrices) at a time, which gives the same numbers as the matrix form:
 *   column j of Zˡ = Wˡ Aˡ⁻¹ + bˡ is  zˡ = Wˡ aˡ⁻¹ + bˡ,  aˡ = gˡ(zˡ)
 *   dZᴸ = Aᴸ − Y                       dzᴸ = aᴸ − y
 *   dWˡ = (1/m) dZˡ Aˡ⁻¹ᵀ              dWˡ = (1/m) Σⱼ dzˡ aˡ⁻¹ᵀ   (sum of outer products over the batch)
 *   dbˡ = (1/m) Σ dZˡ                  dbˡ = (1/m) Σⱼ dzˡ
 *   dAˡ⁻¹ = Wˡᵀ dZˡ                    daˡ⁻¹ = Wˡᵀ dzˡ
 *   dZˡ⁻¹ = dAˡ⁻¹ ⊙ gˡ⁻¹′              dzˡ⁻¹ = daˡ⁻¹ ⊙ gˡ⁻¹′(aˡ⁻¹)
 * Every g′ is written in terms of a = g(z), as the course does (σ′ = a(1 − a), tanh′ = 1 − a²; ReLU and
 * leaky ReLU have a > 0 exactly when z > 0). Parameters and optimizer state are float32 like the tensors;
 * per-example activations and gradient sums are float64.
 * fused-core.test.ts proves K steps equal K steps of the tfjs path (trainer 'ops').
 */
import { LEAKY_SLOPE } from '../math/activations';
import type { Activation, Optimizer, Regularization } from '../protocol';
import { COST_EPSILON } from '../math/cost';
import { OPTIMIZER_DEFAULTS } from '../math/optimizers';

const SIGMOID = 0;
const TANH = 1;
const RELU = 2;
const LEAKY_RELU = 3;
const LINEAR = 4;
export const ACTIVATION_CODES: Record<Activation, number> = {
  sigmoid: SIGMOID,
  tanh: TANH,
  relu: RELU,
  leakyRelu: LEAKY_RELU,
  linear: LINEAR,
};

const GD = 0;
const MOMENTUM = 1;
const RMSPROP = 2;
const ADAM = 3;
export const OPTIMIZER_CODES: Record<Optimizer, number> = { gd: GD, momentum: MOMENTUM, rmsprop: RMSPROP, adam: ADAM };
/** Slots per parameter, as OPTIMIZERS_BY_NAME: [] gd, [v] momentum, [s] RMSprop, [v, s] Adam. */
export const SLOT_COUNTS: readonly number[] = [0, 1, 1, 2];

const NO_REG = 0;
const L1 = 1;
const L2 = 2;
export const REGULARIZATION_CODES: Record<Regularization, number> = { none: NO_REG, l1: L1, l2: L2 };

/** Parameters of every layer and the optimizer's slots, all float32 and updated in place. */
export interface CoreParams {
  /** Wˡ, (nˡ × nˡ⁻¹) row-major, for l = 1 … L. */
  W: Float32Array[];
  /** bˡ, nˡ values. */
  b: Float32Array[];
  /** Slots of parameter p in W¹, b¹, W², b², … order: slots[p][k] (v, then s for Adam). */
  slots: Float32Array[][];
}

/** Scratch space for one network shape, allocated once. */
export interface CoreWorkspace {
  /** n⁰ … nᴸ */
  sizes: Int32Array;
  /** Activation code of layer l at index l − 1. */
  activations: Int32Array;
  L: number;
  /** aˡ of the current example, l = 0 … L. */
  a: Float64Array[];
  /** dzˡ of the current example, l = 1 … L (index 0 unused). */
  dz: Float64Array[];
  /** Σⱼ dzˡ aˡ⁻¹ᵀ and Σⱼ dzˡ over the batch, l = 1 … L at index l − 1. */
  gW: Float64Array[];
  gb: Float64Array[];
}

export interface TrainSettings {
  optimizer: number;
  learningRate: number;
  regularization: number;
  lambda: number;
  /** Steps already taken with this optimizer state (Adam's t before the first step of the call). */
  t: number;
}

/** A split as the course's matrices: X (n⁰ × m) row-major, Y (m). */
export interface CoreData {
  X: Float32Array;
  Y: Float32Array;
  m: number;
}

/**
 * K steps. Step k uses examples indices[batchEnds[k − 1] … batchEnds[k]) (batchEnds[−1] = 0), or the
 * whole set in order when indices is null (full batch). Where epochEnds[k] ≠ 0 the epoch is complete
 * after step k: its costs are recorded.
 */
export interface StepPlan {
  steps: number;
  indices: Int32Array | null;
  batchEnds: Int32Array;
  epochEnds: Int32Array;
}

export function createWorkspace(sizes: readonly number[], activations: readonly Activation[]): CoreWorkspace {
  const L = sizes.length - 1;
  if (activations.length !== L) throw new Error(`Expected ${L} activations, got ${activations.length}`);
  const a: Float64Array[] = [];
  const dz: Float64Array[] = [];
  const gW: Float64Array[] = [];
  const gb: Float64Array[] = [];
  for (let l = 0; l <= L; l++) {
    a.push(new Float64Array(sizes[l]!));
    dz.push(new Float64Array(sizes[l]!));
    if (l > 0) {
      gW.push(new Float64Array(sizes[l]! * sizes[l - 1]!));
      gb.push(new Float64Array(sizes[l]!));
    }
  }
  return {
    sizes: Int32Array.from(sizes),
    activations: Int32Array.from(activations, (g) => ACTIVATION_CODES[g]),
    L,
    a,
    dz,
    gW,
    gb,
  };
}

/** Whether a workspace was made for this network. */
export function fitsWorkspace(ws: CoreWorkspace, sizes: readonly number[], activations: readonly Activation[]): boolean {
  if (ws.sizes.length !== sizes.length) return false;
  for (let l = 0; l < sizes.length; l++) if (ws.sizes[l] !== sizes[l]) return false;
  for (let l = 0; l < activations.length; l++) if (ws.activations[l] !== ACTIVATION_CODES[activations[l]!]) return false;
  return true;
}

/** |z| beyond which the float32 tanh is ±1 to within its error. */
const TANH_CLAMP = 7.90531110763549805;

/**
 * tanh as TensorFlow's CPU kernels compute it in float32 (Eigen's rational approximation
 * generic_fast_tanh_float): |error| ≤ 3e-7, a few float32 ulps, and 3–5× faster than Math.tanh here.
 * Used only for the grid pictures: training stays on Math.tanh, because RMSprop and Adam turn such
 * last-bit differences of tiny gradients into full-size steps (the paths would then differ by > 1e-4).
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

/**
 * Loads column j of X into a⁰ and runs the forward pass: ws.a[L][0] is then aᴸ. Training and every
 * reported number use Math.tanh (as tfjs's cpu backend); `isForDisplay` switches to fastTanh for the grid.
 */
function forwardExample(
  ws: CoreWorkspace,
  params: CoreParams,
  X: Float32Array,
  m: number,
  j: number,
  isForDisplay: boolean,
): void {
  const { sizes, a, activations, L } = ws;
  const a0 = a[0]!;
  const n0 = sizes[0]!;
  for (let k = 0; k < n0; k++) a0[k] = X[k * m + j]!;
  for (let l = 1; l <= L; l++) {
    const rows = sizes[l]!;
    const cols = sizes[l - 1]!;
    const W = params.W[l - 1]!;
    const b = params.b[l - 1]!;
    const aPrev = a[l - 1]!;
    const out = a[l]!;
    const g = activations[l - 1]!;
    for (let i = 0; i < rows; i++) {
      let z = b[i]!;
      const row = i * cols;
      for (let k = 0; k < cols; k++) z += W[row + k]! * aPrev[k]!;
      // Rounded to float32 as the tensors are, then gˡ.
      z = Math.fround(z);
      let v: number;
      if (g === TANH) v = isForDisplay ? fastTanh(z) : Math.tanh(z);
      else if (g === SIGMOID) v = 1 / (1 + Math.exp(-z));
      else if (g === RELU) v = z > 0 ? z : 0;
      else if (g === LEAKY_RELU) v = z > 0 ? z : LEAKY_SLOPE * z;
      else v = z;
      out[i] = Math.fround(v);
    }
  }
}

/**
 * Backward pass of one example whose forward pass is in ws.a, with label y: adds dzˡ aˡ⁻¹ᵀ to gWˡ and
 * dzˡ to gbˡ for every layer.
 */
function backwardExample(ws: CoreWorkspace, params: CoreParams, y: number): void {
  const { sizes, a, dz, gW, gb, activations, L } = ws;
  dz[L]![0] = a[L]![0]! - y;
  for (let l = L; l >= 1; l--) {
    const rows = sizes[l]!;
    const cols = sizes[l - 1]!;
    const d = dz[l]!;
    const aPrev = a[l - 1]!;
    const gWl = gW[l - 1]!;
    const gbl = gb[l - 1]!;
    for (let i = 0; i < rows; i++) {
      const di = d[i]!;
      gbl[i] = gbl[i]! + di;
      const row = i * cols;
      for (let k = 0; k < cols; k++) gWl[row + k] = gWl[row + k]! + di * aPrev[k]!;
    }
    if (l === 1) break;
    // daˡ⁻¹ = Wˡᵀ dzˡ, then dzˡ⁻¹ = daˡ⁻¹ ⊙ gˡ⁻¹′(aˡ⁻¹)
    const W = params.W[l - 1]!;
    const dPrev = dz[l - 1]!;
    const g = activations[l - 2]!;
    for (let k = 0; k < cols; k++) {
      let da = 0;
      for (let i = 0; i < rows; i++) da += W[i * cols + k]! * d[i]!;
      const ak = aPrev[k]!;
      let slope: number;
      if (g === TANH) slope = 1 - ak * ak;
      else if (g === SIGMOID) slope = ak * (1 - ak);
      else if (g === RELU) slope = ak > 0 ? 1 : 0;
      else if (g === LEAKY_RELU) slope = ak > 0 ? 1 : LEAKY_SLOPE;
      else slope = 1;
      dPrev[k] = da * slope;
    }
  }
}

function clearGradients(ws: CoreWorkspace): void {
  for (let l = 0; l < ws.L; l++) {
    ws.gW[l]!.fill(0);
    ws.gb[l]!.fill(0);
  }
}

const COST_LOW = Math.fround(COST_EPSILON);
const COST_HIGH = Math.fround(1 - COST_EPSILON);

/** y log aᴸ + (1 − y) log(1 − aᴸ), aᴸ clipped to [ε, 1 − ε] as computeCost does. */
function logLikelihoodOf(out: number, y: number): number {
  const a = out < COST_LOW ? COST_LOW : out > COST_HIGH ? COST_HIGH : out;
  // y ∈ {0, 1} needs one log; other labels take both terms.
  return y === 1 ? Math.log(a) : y === 0 ? Math.log(1 - a) : y * Math.log(a) + (1 - y) * Math.log(1 - a);
}

/**
 * Sums of dzˡ aˡ⁻¹ᵀ and dzˡ over examples [start, end) of `indices` (or columns start … end − 1).
 * With `isCostWanted`, also returns Σ [y log aᴸ + (1 − y) log(1 − aᴸ)] of the forward passes (else 0).
 */
function accumulateBatch(
  ws: CoreWorkspace,
  params: CoreParams,
  data: CoreData,
  indices: Int32Array | null,
  start: number,
  end: number,
  isCostWanted: boolean,
): number {
  clearGradients(ws);
  const { X, Y, m } = data;
  const aL = ws.a[ws.L]!;
  let logLikelihood = 0;
  for (let e = start; e < end; e++) {
    const j = indices ? indices[e]! : e;
    forwardExample(ws, params, X, m, j, false);
    if (isCostWanted) logLikelihood += logLikelihoodOf(aL[0]!, Y[j]!);
    backwardExample(ws, params, Y[j]!);
  }
  return logLikelihood;
}

/**
 * One optimizer update of a parameter array from its gradient sum: dθ = sum / m (+ (λ/m) θ for L2 or
 * (λ/m) sign(θ) for L1 when `isWeight`), then the rule of optimizers.ts.
 */
function updateParameter(
  param: Float32Array,
  gradSum: Float64Array,
  slots: Float32Array[],
  m: number,
  isWeight: boolean,
  s: TrainSettings,
  t: number,
): void {
  const invM = 1 / m;
  const reg = isWeight ? s.regularization : NO_REG;
  const regScale = s.lambda / m;
  const lr = s.learningRate;
  const n = param.length;
  const opt = s.optimizer;
  if (opt === GD) {
    for (let i = 0; i < n; i++) {
      const p = param[i]!;
      let g = Math.fround(gradSum[i]! * invM);
      if (reg === L2) g += regScale * p;
      else if (reg === L1) g += regScale * (p > 0 ? 1 : p < 0 ? -1 : 0);
      param[i] = p - lr * g;
    }
  } else if (opt === MOMENTUM) {
    const beta = OPTIMIZER_DEFAULTS.momentum.beta;
    const v = slots[0]!;
    for (let i = 0; i < n; i++) {
      const p = param[i]!;
      let g = Math.fround(gradSum[i]! * invM);
      if (reg === L2) g += regScale * p;
      else if (reg === L1) g += regScale * (p > 0 ? 1 : p < 0 ? -1 : 0);
      const vi = Math.fround(beta * v[i]! + (1 - beta) * g);
      v[i] = vi;
      param[i] = p - lr * vi;
    }
  } else if (opt === RMSPROP) {
    const { beta2, epsilon } = OPTIMIZER_DEFAULTS.rmsprop;
    const sq = slots[0]!;
    for (let i = 0; i < n; i++) {
      const p = param[i]!;
      let g = Math.fround(gradSum[i]! * invM);
      if (reg === L2) g += regScale * p;
      else if (reg === L1) g += regScale * (p > 0 ? 1 : p < 0 ? -1 : 0);
      g = Math.fround(g);
      const si = Math.fround(beta2 * sq[i]! + (1 - beta2) * g * g);
      sq[i] = si;
      param[i] = p - (lr * g) / (Math.sqrt(si) + epsilon);
    }
  } else {
    const { beta1, beta2, epsilon } = OPTIMIZER_DEFAULTS.adam;
    const correction1 = 1 - beta1 ** t;
    const correction2 = 1 - beta2 ** t;
    const v = slots[0]!;
    const sq = slots[1]!;
    for (let i = 0; i < n; i++) {
      const p = param[i]!;
      let g = Math.fround(gradSum[i]! * invM);
      if (reg === L2) g += regScale * p;
      else if (reg === L1) g += regScale * (p > 0 ? 1 : p < 0 ? -1 : 0);
      g = Math.fround(g);
      const vi = Math.fround(beta1 * v[i]! + (1 - beta1) * g);
      const si = Math.fround(beta2 * sq[i]! + (1 - beta2) * g * g);
      v[i] = vi;
      sq[i] = si;
      param[i] = p - (lr * (vi / correction1)) / (Math.sqrt(si / correction2) + epsilon);
    }
  }
}

/** Applies the optimizer to every Wˡ and bˡ from the gradient sums of a batch of m examples. */
function applyUpdate(ws: CoreWorkspace, params: CoreParams, m: number, s: TrainSettings, t: number): void {
  for (let l = 0; l < ws.L; l++) {
    updateParameter(params.W[l]!, ws.gW[l]!, params.slots[2 * l]!, m, true, s, t);
    updateParameter(params.b[l]!, ws.gb[l]!, params.slots[2 * l + 1]!, m, false, s, t);
  }
}

/** (λ/2m) Σ‖Wˡ‖² for L2, (λ/m) Σ|Wˡ| for L1, 0 otherwise. */
function penalty(params: CoreParams, regularization: number, lambda: number, m: number): number {
  if (regularization === NO_REG) return 0;
  let sum = 0;
  for (const W of params.W) {
    for (let i = 0; i < W.length; i++) sum += regularization === L2 ? W[i]! * W[i]! : Math.abs(W[i]!);
  }
  return regularization === L2 ? (lambda / (2 * m)) * sum : (lambda / m) * sum;
}

/**
 * J = −(1/m) Σ [y log aᴸ + (1 − y) log(1 − aᴸ)] (aᴸ clipped to [ε, 1 − ε] as computeCost does) plus the
 * penalty, and the accuracy (aᴸ ≥ 0.5 counts as class 1). NaN for both without data.
 */
export function evaluateSet(
  ws: CoreWorkspace,
  params: CoreParams,
  data: CoreData | null,
  regularization: number,
  lambda: number,
): { cost: number; accuracy: number } {
  if (!data || data.m === 0) return { cost: NaN, accuracy: NaN };
  const { X, Y, m } = data;
  const aL = ws.a[ws.L]!;
  let logLikelihood = 0;
  let correct = 0;
  for (let j = 0; j < m; j++) {
    forwardExample(ws, params, X, m, j, false);
    const out = aL[0]!;
    const y = Y[j]!;
    logLikelihood += logLikelihoodOf(out, y);
    if ((out >= 0.5 ? 1 : 0) === y) correct += 1;
  }
  return { cost: -logLikelihood / m + penalty(params, regularization, lambda, m), accuracy: correct / m };
}

/**
 * Runs plan.steps gradient steps on `train`, updating params in place. After each step that completes an
 * epoch, writes [train J (with the penalty), test J (without; NaN when test is null)] to costsOut.
 * Returns the number of epochs recorded. In full batch, the train J after step k is taken from the forward
 * pass of step k + 1 (the same parameters and examples in the same order, so the same number), which
 * saves a third of the work.
 */
export function trainSteps(
  ws: CoreWorkspace,
  params: CoreParams,
  s: TrainSettings,
  train: CoreData,
  test: CoreData | null,
  plan: StepPlan,
  costsOut: Float32Array,
): number {
  let recorded = 0;
  let start = 0;
  /** Index of the epoch whose train J the next full-batch forward pass supplies, or −1. */
  let pending = -1;
  for (let k = 0; k < plan.steps; k++) {
    const end = plan.indices ? plan.batchEnds[k]! : train.m;
    const logLikelihood = accumulateBatch(ws, params, train, plan.indices, start, end, pending >= 0);
    if (pending >= 0) {
      costsOut[2 * pending] = -logLikelihood / train.m + penalty(params, s.regularization, s.lambda, train.m);
      pending = -1;
    }
    applyUpdate(ws, params, end - start, s, s.t + k + 1);
    start = plan.indices ? end : 0;
    if (plan.epochEnds[k]) {
      if (!plan.indices && k + 1 < plan.steps) pending = recorded;
      else costsOut[2 * recorded] = evaluateSet(ws, params, train, s.regularization, s.lambda).cost;
      costsOut[2 * recorded + 1] = evaluateSet(ws, params, test, NO_REG, 0).cost;
      recorded += 1;
    }
  }
  return recorded;
}

/**
 * Full-batch dWˡ, dbˡ of J over `data` (regularisation included), in the layout of params:
 * out.W[l], out.b[l] are overwritten.
 */
export function fullBatchGradients(
  ws: CoreWorkspace,
  params: CoreParams,
  data: CoreData,
  regularization: number,
  lambda: number,
  out: { W: Float32Array[]; b: Float32Array[] },
): void {
  accumulateBatch(ws, params, data, null, 0, data.m, false);
  const m = data.m;
  const regScale = lambda / m;
  for (let l = 0; l < ws.L; l++) {
    const W = params.W[l]!;
    const gW = ws.gW[l]!;
    const dW = out.W[l]!;
    for (let i = 0; i < W.length; i++) {
      let g = gW[i]! / m;
      if (regularization === L2) g += regScale * W[i]!;
      else if (regularization === L1) g += regScale * Math.sign(W[i]!);
      dW[i] = g;
    }
    const gb = ws.gb[l]!;
    const db = out.b[l]!;
    for (let i = 0; i < gb.length; i++) db[i] = gb[i]! / m;
  }
}

/**
 * Every layer's activations for the N columns of X (n⁰ × N): out[l − 1] holds nˡ × N values, unit-major
 * (unit u at [u·N, (u + 1)·N)), as gridActivations returns them. For display: tanh is fastTanh.
 */
export function forwardAll(ws: CoreWorkspace, params: CoreParams, X: Float32Array, N: number, out: Float32Array[]): void {
  const { sizes, a, L } = ws;
  for (let j = 0; j < N; j++) {
    forwardExample(ws, params, X, N, j, true);
    for (let l = 1; l <= L; l++) {
      const al = a[l]!;
      const o = out[l - 1]!;
      const n = sizes[l]!;
      for (let u = 0; u < n; u++) o[u * N + j] = al[u]!;
    }
  }
}
