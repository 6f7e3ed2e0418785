import { describe, expect, it } from 'vitest';
import { createRng } from '../../data/random';
import { accumulateWeightGradient, backpropagate, linearForward } from './kernels';

/** Shapes (rows, cols, m) covering every tile and every leftover: one example, odd sizes, a wide block. */
const SHAPES: readonly [number, number, number][] = [
  [1, 1, 1],
  [1, 2, 1],
  [3, 2, 1],
  [2, 3, 4],
  [5, 7, 10],
  [8, 8, 11],
  [1, 64, 10],
  [64, 2, 10],
  [64, 64, 10],
  [9, 13, 37],
  [64, 64, 128],
];

function random(length: number, seed: number): Float64Array {
  const rng = createRng(seed);
  return Float64Array.from({ length }, () => rng.uniform(-1.5, 1.5));
}

const random32 = (length: number, seed: number): Float32Array => Float32Array.from(random(length, seed));

/** The one-example loops the kernels replace, in their order of summation. */
function forwardByExample(W: Float32Array, b: Float32Array, rows: number, cols: number, A: Float64Array, m: number): Float64Array {
  const Z = new Float64Array(rows * m);
  for (let j = 0; j < m; j++) {
    for (let i = 0; i < rows; i++) {
      let z = b[i]!;
      for (let k = 0; k < cols; k++) z += W[i * cols + k]! * A[k * m + j]!;
      Z[i * m + j] = Math.fround(z);
    }
  }
  return Z;
}

function gradientByExample(dZ: Float64Array, A: Float64Array, gW: Float64Array, gb: Float64Array, rows: number, cols: number, m: number): void {
  for (let j = 0; j < m; j++) {
    for (let i = 0; i < rows; i++) {
      const d = dZ[i * m + j]!;
      gb[i] = gb[i]! + d;
      for (let k = 0; k < cols; k++) gW[i * cols + k] = gW[i * cols + k]! + d * A[k * m + j]!;
    }
  }
}

function backpropagateByExample(W: Float32Array, rows: number, cols: number, dZ: Float64Array, m: number): Float64Array {
  const dA = new Float64Array(cols * m);
  for (let j = 0; j < m; j++) {
    for (let k = 0; k < cols; k++) {
      let da = 0;
      for (let i = 0; i < rows; i++) da += W[i * cols + k]! * dZ[i * m + j]!;
      dA[k * m + j] = da;
    }
  }
  return dA;
}

describe.each(SHAPES)('dense kernels, W %i × %i, %i examples', (rows, cols, m) => {
  const W = random32(rows * cols, rows * 1000 + cols);
  const b = random32(rows, 7);

  it('linearForward equals the one-example loop bit for bit, rounded to float32', () => {
    const A = random(cols * m, 11);
    const Z = new Float64Array(rows * m).fill(NaN);
    linearForward(W, b, rows, cols, A, Z, m);
    expect(Z).toEqual(forwardByExample(W, b, rows, cols, A, m));
    expect(Z.every((z) => Math.fround(z) === z)).toBe(true);
  });

  it('accumulateWeightGradient adds to the sums it is given, in the order of the examples', () => {
    const dZ = random(rows * m, 13);
    const A = random(cols * m, 17);
    const gW = random(rows * cols, 19);
    const gb = random(rows, 23);
    const expectedW = gW.slice();
    const expectedB = gb.slice();
    gradientByExample(dZ, A, expectedW, expectedB, rows, cols, m);
    accumulateWeightGradient(dZ, A, gW, gb, rows, cols, m);
    expect(gW).toEqual(expectedW);
    expect(gb).toEqual(expectedB);
  });

  it('backpropagate equals Wᵀ dZ column by column', () => {
    const dZ = random(rows * m, 29);
    const dA = new Float64Array(cols * m).fill(NaN);
    backpropagate(W, rows, cols, dZ, dA, m);
    expect(dA).toEqual(backpropagateByExample(W, rows, cols, dZ, m));
  });
});

describe('dense kernels against float64 matrix products', () => {
  it('Z, gW and dA are the products to within float32 rounding', () => {
    const [rows, cols, m] = [6, 5, 9];
    const W = random32(rows * cols, 31);
    const b = new Float32Array(rows);
    const A = random(cols * m, 37);
    const Z = new Float64Array(rows * m);
    linearForward(W, b, rows, cols, A, Z, m);
    const gW = new Float64Array(rows * cols);
    const gb = new Float64Array(rows);
    accumulateWeightGradient(Z, A, gW, gb, rows, cols, m);
    const dA = new Float64Array(cols * m);
    backpropagate(W, rows, cols, Z, dA, m);
    for (let i = 0; i < rows; i++) {
      for (let j = 0; j < m; j++) {
        let z = 0;
        for (let k = 0; k < cols; k++) z += W[i * cols + k]! * A[k * m + j]!;
        expect(Z[i * m + j]).toBeCloseTo(z, 5);
      }
      for (let k = 0; k < cols; k++) {
        let g = 0;
        for (let j = 0; j < m; j++) g += Z[i * m + j]! * A[k * m + j]!;
        expect(gW[i * cols + k]).toBeCloseTo(g, 10);
      }
    }
    for (let k = 0; k < cols; k++) {
      for (let j = 0; j < m; j++) {
        let d = 0;
        for (let i = 0; i < rows; i++) d += W[i * cols + k]! * Z[i * m + j]!;
        expect(dA[k * m + j]).toBeCloseTo(d, 10);
      }
    }
  });
});
