/**
 * A plain-JS, float64 network written straight from the course formulas, for tests only:
 * it shares no code with forward-backward.ts apart from the scalar activations.
 */
import { ACTIVATION_TABLE } from '../../math/activations';
import type { Activation, LayerParams, Regularization } from '../../protocol';

/** Row-major (rows × cols) matrix of float64. */
export interface Matrix {
  rows: number;
  cols: number;
  data: number[];
}

export interface RefLayer {
  W: Matrix;
  b: number[];
}

export function toRefLayers(params: readonly LayerParams[]): RefLayer[] {
  return params.map((p) => ({ W: { rows: p.rows, cols: p.cols, data: Array.from(p.W) }, b: Array.from(p.b) }));
}

/** Returns Z¹…Zᴸ and A¹…Aᴸ, each (nˡ × m) row-major, for X (n⁰ × m). */
export function refForward(
  layers: readonly RefLayer[],
  X: Matrix,
  activations: readonly Activation[],
): { Z: Matrix[]; A: Matrix[] } {
  const Zs: Matrix[] = [];
  const As: Matrix[] = [];
  let APrev = X;
  layers.forEach((layer, l) => {
    const { rows, cols } = layer.W;
    const m = APrev.cols;
    const Z: Matrix = { rows, cols: m, data: new Array<number>(rows * m).fill(0) };
    const A: Matrix = { rows, cols: m, data: new Array<number>(rows * m).fill(0) };
    const g = ACTIVATION_TABLE[activations[l]!].g;
    for (let i = 0; i < rows; i++) {
      for (let j = 0; j < m; j++) {
        let z = layer.b[i]!;
        for (let k = 0; k < cols; k++) z += layer.W.data[i * cols + k]! * APrev.data[k * m + j]!;
        Z.data[i * m + j] = z;
        A.data[i * m + j] = g(z);
      }
    }
    Zs.push(Z);
    As.push(A);
    APrev = A;
  });
  return { Z: Zs, A: As };
}

/** J = −(1/m) Σ [y log a + (1 − y) log(1 − a)] (a clipped to [1e-7, 1 − 1e-7]) + the penalty. */
export function refCost(
  layers: readonly RefLayer[],
  X: Matrix,
  Y: readonly number[],
  activations: readonly Activation[],
  regularization: Regularization,
  lambda: number,
): number {
  const { A } = refForward(layers, X, activations);
  const AL = A[A.length - 1]!;
  const m = Y.length;
  let sum = 0;
  for (let j = 0; j < m; j++) {
    const a = Math.min(Math.max(AL.data[j]!, 1e-7), 1 - 1e-7);
    sum += Y[j]! * Math.log(a) + (1 - Y[j]!) * Math.log(1 - a);
  }
  let penalty = 0;
  for (const layer of layers) {
    for (const w of layer.W.data) {
      if (regularization === 'l2') penalty += (lambda / (2 * m)) * w * w;
      if (regularization === 'l1') penalty += (lambda / m) * Math.abs(w);
    }
  }
  return -sum / m + penalty;
}

/** Two-sided numerical gradient (J(θ + h) − J(θ − h)) / 2h of every W and b entry, in float64. */
export function refNumericalGradients(
  layers: readonly RefLayer[],
  cost: (layers: readonly RefLayer[]) => number,
  h = 1e-6,
): { dW: number[]; db: number[] }[] {
  const perturbed = (l: number, which: 'W' | 'b', index: number, delta: number): number => {
    const copy = layers.map((layer) => ({ W: { ...layer.W, data: [...layer.W.data] }, b: [...layer.b] }));
    const target = copy[l]!;
    if (which === 'W') target.W.data[index]! += delta;
    else target.b[index]! += delta;
    return cost(copy);
  };
  return layers.map((layer, l) => ({
    dW: layer.W.data.map((_, i) => (perturbed(l, 'W', i, h) - perturbed(l, 'W', i, -h)) / (2 * h)),
    db: layer.b.map((_, i) => (perturbed(l, 'b', i, h) - perturbed(l, 'b', i, -h)) / (2 * h)),
  }));
}

/** ‖a − b‖ / (‖a‖ + ‖b‖), 0 when both are 0. */
export function relativeDifference(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let diff = 0;
  let normA = 0;
  let normB = 0;
  for (let i = 0; i < a.length; i++) {
    diff += (a[i]! - b[i]!) ** 2;
    normA += a[i]! ** 2;
    normB += b[i]! ** 2;
  }
  const denom = Math.sqrt(normA) + Math.sqrt(normB);
  return denom === 0 ? 0 : Math.sqrt(diff) / denom;
}
