/**
 * Backpropagation and the optimizers in float64, written straight from the course formulas for tests
 * only: it shares nothing with the engines apart from the scalar g and g′(z) of the activation table.
 */
import { ACTIVATION_TABLE } from '../../math/activations';
import type { Activation, Optimizer, Regularization } from '../../protocol';
import { refForward, type Matrix, type RefLayer } from './reference-network';

/** dZˡ (nˡ × m), and dWˡ, dbˡ of J with the regulariser's term of dWˡ on its own, l = 1 … L. */
export interface RefGradients {
  dZ: Matrix;
  dW: number[];
  db: number[];
  dWPenalty: number[];
}

/** The columns `columns` of X as a matrix of their own. */
export function refColumns(X: Matrix, columns: readonly number[]): Matrix {
  const data: number[] = [];
  for (let r = 0; r < X.rows; r++) for (const j of columns) data.push(X.data[r * X.cols + j]!);
  return { rows: X.rows, cols: columns.length, data };
}

/**
 * dZᴸ = Aᴸ − Y; dWˡ = (1/m) dZˡ Aˡ⁻¹ᵀ; dbˡ = (1/m) Σ dZˡ; dZˡ⁻¹ = (Wˡᵀ dZˡ) ⊙ gˡ⁻¹′(Zˡ⁻¹);
 * the penalty's term (λ/m) Wˡ for L2, (λ/m) sign(Wˡ) for L1.
 */
export function refGradients(
  layers: readonly RefLayer[],
  X: Matrix,
  Y: readonly number[],
  activations: readonly Activation[],
  regularization: Regularization,
  lambda: number,
): RefGradients[] {
  const { Z, A } = refForward(layers, X, activations);
  const m = X.cols;
  const L = layers.length;
  const out: RefGradients[] = new Array<RefGradients>(L);
  let dZ: Matrix = { rows: 1, cols: m, data: A[L - 1]!.data.map((a, j) => a - Y[j]!) };
  for (let l = L - 1; l >= 0; l--) {
    const W = layers[l]!.W;
    const APrev = l === 0 ? X : A[l - 1]!;
    const dW = new Array<number>(W.rows * W.cols).fill(0);
    const db = new Array<number>(W.rows).fill(0);
    for (let i = 0; i < W.rows; i++) {
      for (let j = 0; j < m; j++) {
        const d = dZ.data[i * m + j]!;
        db[i]! += d / m;
        for (let k = 0; k < W.cols; k++) dW[i * W.cols + k]! += (d * APrev.data[k * m + j]!) / m;
      }
    }
    const dWPenalty = W.data.map((w) =>
      regularization === 'l2' ? (lambda / m) * w : regularization === 'l1' ? (lambda / m) * Math.sign(w) : 0,
    );
    out[l] = { dZ, dW, db, dWPenalty };
    if (l > 0) {
      const dg = ACTIVATION_TABLE[activations[l - 1]!].dg;
      const ZPrev = Z[l - 1]!;
      const next: Matrix = { rows: W.cols, cols: m, data: new Array<number>(W.cols * m).fill(0) };
      for (let k = 0; k < W.cols; k++) {
        for (let j = 0; j < m; j++) {
          let da = 0;
          for (let i = 0; i < W.rows; i++) da += W.data[i * W.cols + k]! * dZ.data[i * m + j]!;
          next.data[k * m + j] = da * dg(ZPrev.data[k * m + j]!);
        }
      }
      dZ = next;
    }
  }
  return out;
}

/** An optimizer's state in float64: v and s per parameter array (W¹, b¹, W², …), and the step count. */
export interface RefOptimizerState {
  v: number[][];
  s: number[][];
  stepCount: number;
}

export function refOptimizerState(layers: readonly RefLayer[]): RefOptimizerState {
  const zeros = layers.flatMap((layer) => [layer.W.data.map(() => 0), layer.b.map(() => 0)]);
  return { v: zeros.map((z) => [...z]), s: zeros.map((z) => [...z]), stepCount: 0 };
}

/**
 * One step θ := θ − α dθ (gd); v := 0.9 v + 0.1 dθ, θ := θ − α v (momentum); s := 0.999 s + 0.001 dθ²,
 * θ := θ − α dθ / (√s + 1e-8) (RMSprop); Adam with β₁ = 0.9, β₂ = 0.999, ε = 1e-8 and bias correction.
 */
export function refStep(
  layers: RefLayer[],
  grads: readonly RefGradients[],
  state: RefOptimizerState,
  optimizer: Optimizer,
  learningRate: number,
): void {
  state.stepCount += 1;
  const t = state.stepCount;
  const params = layers.flatMap((layer) => [layer.W.data, layer.b]);
  const gradients = grads.flatMap((g) => [g.dW.map((d, i) => d + g.dWPenalty[i]!), g.db]);
  params.forEach((theta, p) => {
    const v = state.v[p]!;
    const s = state.s[p]!;
    theta.forEach((_, i) => {
      const g = gradients[p]![i]!;
      switch (optimizer) {
        case 'gd':
          theta[i]! -= learningRate * g;
          break;
        case 'momentum':
          v[i] = 0.9 * v[i]! + 0.1 * g;
          theta[i]! -= learningRate * v[i]!;
          break;
        case 'rmsprop':
          s[i] = 0.999 * s[i]! + 0.001 * g * g;
          theta[i]! -= (learningRate * g) / (Math.sqrt(s[i]!) + 1e-8);
          break;
        case 'adam':
          v[i] = 0.9 * v[i]! + 0.1 * g;
          s[i] = 0.999 * s[i]! + 0.001 * g * g;
          theta[i]! -= (learningRate * (v[i]! / (1 - 0.9 ** t))) / (Math.sqrt(s[i]! / (1 - 0.999 ** t)) + 1e-8);
          break;
        default:
          optimizer satisfies never;
      }
    });
  });
}
