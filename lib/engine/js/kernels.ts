/**
 * The three dense products of a layer, over a block of m examples at once (the course's matrices,
 * row-major, one column per example):
 *   Z = float32(W A + b)       forward                    (W: rows × cols, A: cols × m, Z: rows × m)
 *   gW += dZ Aᵀ, gb += Σⱼ dZ   weight gradient sums       (dZ: rows × m, gW: rows × cols)
 *   dA = Wᵀ dZ                 backward to the layer before (dA: cols × m)
 * Every sum is float64 and adds its terms in the order of the one-example loops (z from b, then
 * k = 0 … cols − 1; gW and gb over the examples in column order; da over i = 0 … rows − 1), so the
 * numbers equal theirs to the last bit. Speed comes from register blocking: a tile of 2 × 4 running
 * sums shares each value it loads, so a multiply-add costs less than one load. Rows, columns and
 * examples left over from the tiles go through narrower loops that keep the same order.
 */

/** Z = float32(W A + b 1ᵀ): two rows of W by four examples per tile. */
export function linearForward(
  W: Float32Array,
  b: Float32Array,
  rows: number,
  cols: number,
  A: Float64Array,
  Z: Float64Array,
  m: number,
): void {
  const m4 = m - (m & 3);
  const rows2 = rows - (rows & 1);
  for (let j = 0; j < m4; j += 4) {
    for (let i = 0; i < rows2; i += 2) {
      const r0 = i * cols;
      const r1 = r0 + cols;
      const b0 = b[i]!;
      const b1 = b[i + 1]!;
      let s00 = b0, s01 = b0, s02 = b0, s03 = b0;
      let s10 = b1, s11 = b1, s12 = b1, s13 = b1;
      for (let k = 0, at = j; k < cols; k++, at += m) {
        const w0 = W[r0 + k]!;
        const w1 = W[r1 + k]!;
        const a0 = A[at]!, a1 = A[at + 1]!, a2 = A[at + 2]!, a3 = A[at + 3]!;
        s00 += w0 * a0; s01 += w0 * a1; s02 += w0 * a2; s03 += w0 * a3;
        s10 += w1 * a0; s11 += w1 * a1; s12 += w1 * a2; s13 += w1 * a3;
      }
      const o0 = i * m + j;
      const o1 = o0 + m;
      Z[o0] = Math.fround(s00); Z[o0 + 1] = Math.fround(s01); Z[o0 + 2] = Math.fround(s02); Z[o0 + 3] = Math.fround(s03);
      Z[o1] = Math.fround(s10); Z[o1 + 1] = Math.fround(s11); Z[o1 + 2] = Math.fround(s12); Z[o1 + 3] = Math.fround(s13);
    }
    if (rows2 < rows) {
      const r0 = rows2 * cols;
      const b0 = b[rows2]!;
      let s0 = b0, s1 = b0, s2 = b0, s3 = b0;
      for (let k = 0, at = j; k < cols; k++, at += m) {
        const w0 = W[r0 + k]!;
        s0 += w0 * A[at]!; s1 += w0 * A[at + 1]!; s2 += w0 * A[at + 2]!; s3 += w0 * A[at + 3]!;
      }
      const o0 = rows2 * m + j;
      Z[o0] = Math.fround(s0); Z[o0 + 1] = Math.fround(s1); Z[o0 + 2] = Math.fround(s2); Z[o0 + 3] = Math.fround(s3);
    }
  }
  // The last m mod 4 examples: four rows of W at a time share each activation.
  const rows4 = rows - (rows & 3);
  for (let j = m4; j < m; j++) {
    for (let i = 0; i < rows4; i += 4) {
      const r0 = i * cols, r1 = r0 + cols, r2 = r1 + cols, r3 = r2 + cols;
      let s0 = b[i]!, s1 = b[i + 1]!, s2 = b[i + 2]!, s3 = b[i + 3]!;
      for (let k = 0, at = j; k < cols; k++, at += m) {
        const a = A[at]!;
        s0 += W[r0 + k]! * a; s1 += W[r1 + k]! * a; s2 += W[r2 + k]! * a; s3 += W[r3 + k]! * a;
      }
      const o0 = i * m + j;
      Z[o0] = Math.fround(s0); Z[o0 + m] = Math.fround(s1); Z[o0 + 2 * m] = Math.fround(s2); Z[o0 + 3 * m] = Math.fround(s3);
    }
    for (let i = rows4; i < rows; i++) {
      const r0 = i * cols;
      let s = b[i]!;
      for (let k = 0, at = j; k < cols; k++, at += m) s += W[r0 + k]! * A[at]!;
      Z[i * m + j] = Math.fround(s);
    }
  }
}

/**
 * gW += dZ Aᵀ and gb += dZ 1 (row sums): each entry of gW is a dot product of a row of dZ and a row of
 * A, both contiguous; two rows of dZ by four rows of A per tile.
 */
export function accumulateWeightGradient(
  dZ: Float64Array,
  A: Float64Array,
  gW: Float64Array,
  gb: Float64Array,
  rows: number,
  cols: number,
  m: number,
): void {
  for (let i = 0; i < rows; i++) {
    let sb = gb[i]!;
    for (let j = 0, at = i * m; j < m; j++) sb += dZ[at + j]!;
    gb[i] = sb;
  }
  const cols4 = cols - (cols & 3);
  const rows2 = rows - (rows & 1);
  for (let i = 0; i < rows2; i += 2) {
    const d0 = i * m;
    const d1 = d0 + m;
    const g0 = i * cols;
    const g1 = g0 + cols;
    for (let k = 0; k < cols4; k += 4) {
      let s00 = gW[g0 + k]!, s01 = gW[g0 + k + 1]!, s02 = gW[g0 + k + 2]!, s03 = gW[g0 + k + 3]!;
      let s10 = gW[g1 + k]!, s11 = gW[g1 + k + 1]!, s12 = gW[g1 + k + 2]!, s13 = gW[g1 + k + 3]!;
      const p0 = k * m, p1 = p0 + m, p2 = p1 + m, p3 = p2 + m;
      for (let j = 0; j < m; j++) {
        const e0 = dZ[d0 + j]!;
        const e1 = dZ[d1 + j]!;
        const a0 = A[p0 + j]!, a1 = A[p1 + j]!, a2 = A[p2 + j]!, a3 = A[p3 + j]!;
        s00 += e0 * a0; s01 += e0 * a1; s02 += e0 * a2; s03 += e0 * a3;
        s10 += e1 * a0; s11 += e1 * a1; s12 += e1 * a2; s13 += e1 * a3;
      }
      gW[g0 + k] = s00; gW[g0 + k + 1] = s01; gW[g0 + k + 2] = s02; gW[g0 + k + 3] = s03;
      gW[g1 + k] = s10; gW[g1 + k + 1] = s11; gW[g1 + k + 2] = s12; gW[g1 + k + 3] = s13;
    }
    for (let k = cols4; k < cols; k++) {
      let s0 = gW[g0 + k]!;
      let s1 = gW[g1 + k]!;
      for (let j = 0, p = k * m; j < m; j++) {
        const a = A[p + j]!;
        s0 += dZ[d0 + j]! * a;
        s1 += dZ[d1 + j]! * a;
      }
      gW[g0 + k] = s0;
      gW[g1 + k] = s1;
    }
  }
  if (rows2 < rows) {
    const d0 = rows2 * m;
    const g0 = rows2 * cols;
    for (let k = 0; k < cols; k++) {
      let s = gW[g0 + k]!;
      for (let j = 0, p = k * m; j < m; j++) s += dZ[d0 + j]! * A[p + j]!;
      gW[g0 + k] = s;
    }
  }
}

/** dA = Wᵀ dZ: two columns of W (adjacent in memory) by four examples per tile. */
export function backpropagate(
  W: Float32Array,
  rows: number,
  cols: number,
  dZ: Float64Array,
  dA: Float64Array,
  m: number,
): void {
  const m4 = m - (m & 3);
  const cols2 = cols - (cols & 1);
  for (let j = 0; j < m4; j += 4) {
    for (let k = 0; k < cols2; k += 2) {
      let s00 = 0, s01 = 0, s02 = 0, s03 = 0;
      let s10 = 0, s11 = 0, s12 = 0, s13 = 0;
      for (let i = 0, w = k, at = j; i < rows; i++, w += cols, at += m) {
        const w0 = W[w]!;
        const w1 = W[w + 1]!;
        const d0 = dZ[at]!, d1 = dZ[at + 1]!, d2 = dZ[at + 2]!, d3 = dZ[at + 3]!;
        s00 += w0 * d0; s01 += w0 * d1; s02 += w0 * d2; s03 += w0 * d3;
        s10 += w1 * d0; s11 += w1 * d1; s12 += w1 * d2; s13 += w1 * d3;
      }
      const o0 = k * m + j;
      const o1 = o0 + m;
      dA[o0] = s00; dA[o0 + 1] = s01; dA[o0 + 2] = s02; dA[o0 + 3] = s03;
      dA[o1] = s10; dA[o1 + 1] = s11; dA[o1 + 2] = s12; dA[o1 + 3] = s13;
    }
    if (cols2 < cols) {
      let s0 = 0, s1 = 0, s2 = 0, s3 = 0;
      for (let i = 0, w = cols2, at = j; i < rows; i++, w += cols, at += m) {
        const w0 = W[w]!;
        s0 += w0 * dZ[at]!; s1 += w0 * dZ[at + 1]!; s2 += w0 * dZ[at + 2]!; s3 += w0 * dZ[at + 3]!;
      }
      const o0 = cols2 * m + j;
      dA[o0] = s0; dA[o0 + 1] = s1; dA[o0 + 2] = s2; dA[o0 + 3] = s3;
    }
  }
  // The last m mod 4 examples: four columns of W at a time share each dz.
  const cols4 = cols - (cols & 3);
  for (let j = m4; j < m; j++) {
    for (let k = 0; k < cols4; k += 4) {
      let s0 = 0, s1 = 0, s2 = 0, s3 = 0;
      for (let i = 0, w = k, at = j; i < rows; i++, w += cols, at += m) {
        const d = dZ[at]!;
        s0 += W[w]! * d; s1 += W[w + 1]! * d; s2 += W[w + 2]! * d; s3 += W[w + 3]! * d;
      }
      const o0 = k * m + j;
      dA[o0] = s0; dA[o0 + m] = s1; dA[o0 + 2 * m] = s2; dA[o0 + 3 * m] = s3;
    }
    for (let k = cols4; k < cols; k++) {
      let s = 0;
      for (let i = 0, w = k, at = j; i < rows; i++, w += cols, at += m) s += W[w]! * dZ[at]!;
      dA[k * m + j] = s;
    }
  }
}
