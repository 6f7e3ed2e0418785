/**
 * The course's forward and backward passes, one example (one column of the course's matrices) at a
 * time, which gives the same numbers as the matrix form:
 *   column j of Zˡ = Wˡ Aˡ⁻¹ + bˡ is  zˡ = Wˡ aˡ⁻¹ + bˡ,  aˡ = gˡ(zˡ)
 *   dZᴸ = Aᴸ − Y                       dzᴸ = aᴸ − y
 *   dWˡ = (1/m) dZˡ Aˡ⁻¹ᵀ              dWˡ = (1/m) Σⱼ dzˡ aˡ⁻¹ᵀ   (sum of outer products over the batch)
 *   dbˡ = (1/m) Σ dZˡ                  dbˡ = (1/m) Σⱼ dzˡ
 *   dAˡ⁻¹ = Wˡᵀ dZˡ                    daˡ⁻¹ = Wˡᵀ dzˡ
 *   dZˡ⁻¹ = dAˡ⁻¹ ⊙ gˡ⁻¹′              dzˡ⁻¹ = daˡ⁻¹ ⊙ gˡ⁻¹′(aˡ⁻¹)
 * zˡ and aˡ are rounded to float32, as a tensor holds them.
 */
import type { JsNetwork, JsParams, LayerMap } from './network';

/**
 * Loads column j of X (n⁰ × m) into a⁰ and runs the forward pass: net.a[L][0] is then aᴸ and
 * net.z, net.a hold every layer's z and a. `apply` is net.apply, or net.applyForGrid for the grid.
 */
export function forwardExample(
  net: JsNetwork,
  params: JsParams,
  X: Float32Array,
  m: number,
  j: number,
  apply: readonly LayerMap[],
): void {
  const { sizes, a, z: zs, L } = net;
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
    const zOut = zs[l]!;
    for (let i = 0; i < rows; i++) {
      let z = b[i]!;
      const row = i * cols;
      for (let k = 0; k < cols; k++) z += W[row + k]! * aPrev[k]!;
      zOut[i] = Math.fround(z);
    }
    apply[l - 1]!(zOut, out, rows);
  }
}

/**
 * Backward pass of one example whose forward pass is in net.a, with label y: leaves dzˡ in net.dz and
 * adds dzˡ aˡ⁻¹ᵀ to gWˡ and dzˡ to gbˡ for every layer.
 */
export function backwardExample(net: JsNetwork, params: JsParams, y: number): void {
  const { sizes, a, dz, gW, gb, multiplySlope, L } = net;
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
    const W = params.W[l - 1]!;
    const dPrev = dz[l - 1]!;
    for (let k = 0; k < cols; k++) {
      let da = 0;
      for (let i = 0; i < rows; i++) da += W[i * cols + k]! * d[i]!;
      dPrev[k] = da;
    }
    multiplySlope[l - 2]!(aPrev, dPrev, cols);
  }
}

export function clearGradientSums(net: JsNetwork): void {
  for (let l = 0; l < net.L; l++) {
    net.gW[l]!.fill(0);
    net.gb[l]!.fill(0);
  }
}
