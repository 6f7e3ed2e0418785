/**
 * The course's forward and backward passes in matrix form, over a block of mb examples (columns) at a
 * time (kernels.ts does the products):
 *   Zˡ = Wˡ Aˡ⁻¹ + bˡ,  Aˡ = gˡ(Zˡ)
 *   dZᴸ = Aᴸ − Y
 *   dWˡ = (1/m) dZˡ Aˡ⁻¹ᵀ,  dbˡ = (1/m) Σ dZˡ   (summed here over the blocks; the 1/m is the caller's)
 *   dAˡ⁻¹ = Wˡᵀ dZˡ,  dZˡ⁻¹ = dAˡ⁻¹ ⊙ gˡ⁻¹′(Aˡ⁻¹)
 * Zˡ and Aˡ are rounded to float32, as a tensor holds them. The numbers equal those of one example at
 * a time: each sum adds the same terms in the same order.
 */
import { accumulateWeightGradient, backpropagate, linearForward } from './kernels';
import { BLOCK_COLUMNS, reserveColumns, type JsNetwork, type JsParams, type LayerMap } from './network';

/**
 * Calls visit(start, end) for consecutive blocks [start, end) of at most BLOCK_COLUMNS of the
 * positions from … to − 1, in order, with net's scratch ready for them.
 */
export function forEachBlock(net: JsNetwork, from: number, to: number, visit: (start: number, end: number) => void): void {
  reserveColumns(net, Math.min(to - from, BLOCK_COLUMNS));
  for (let start = from; start < to; start += BLOCK_COLUMNS) visit(start, Math.min(to, start + BLOCK_COLUMNS));
}

/**
 * Loads examples start … end − 1 (columns indices[e] of X, n⁰ × mX, or columns e when indices is
 * null) into A⁰ and runs the forward pass: net.z[l] and net.a[l] then hold Zˡ and Aˡ of the block,
 * nˡ × mb with mb = end − start ≤ net.capacity; net.a[L] is the output row. `apply` is net.apply, or
 * net.applyForGrid for the grid.
 */
export function forwardBlock(
  net: JsNetwork,
  params: JsParams,
  X: Float32Array,
  mX: number,
  indices: Int32Array | null,
  start: number,
  end: number,
  apply: readonly LayerMap[],
): void {
  const { sizes, a, z: zs, L } = net;
  const mb = end - start;
  if (mb > net.capacity) throw new Error(`A block of ${mb} examples needs reserveColumns first`);
  const a0 = a[0]!;
  const n0 = sizes[0]!;
  for (let k = 0; k < n0; k++) {
    const from = k * mX;
    const to = k * mb - start;
    if (indices) for (let e = start; e < end; e++) a0[to + e] = X[from + indices[e]!]!;
    else for (let e = start; e < end; e++) a0[to + e] = X[from + e]!;
  }
  for (let l = 1; l <= L; l++) {
    const rows = sizes[l]!;
    linearForward(params.W[l - 1]!, params.b[l - 1]!, rows, sizes[l - 1]!, a[l - 1]!, zs[l]!, mb);
    apply[l - 1]!(zs[l]!, a[l]!, rows * mb);
  }
}

/**
 * Backward pass of the block whose forward pass is in net.a (examples start … end − 1, labels
 * Y[indices[e]] or Y[e]): leaves dZˡ in net.dz and adds dZˡ Aˡ⁻¹ᵀ to gWˡ and the row sums of dZˡ to
 * gbˡ for every layer.
 */
export function backwardBlock(
  net: JsNetwork,
  params: JsParams,
  Y: Float32Array,
  indices: Int32Array | null,
  start: number,
  end: number,
): void {
  const { sizes, a, dz, gW, gb, multiplySlope, L } = net;
  const mb = end - start;
  const aL = a[L]!;
  const dL = dz[L]!;
  for (let e = start; e < end; e++) dL[e - start] = aL[e - start]! - Y[indices ? indices[e]! : e]!;
  for (let l = L; l >= 1; l--) {
    const rows = sizes[l]!;
    const cols = sizes[l - 1]!;
    accumulateWeightGradient(dz[l]!, a[l - 1]!, gW[l - 1]!, gb[l - 1]!, rows, cols, mb);
    if (l === 1) break;
    backpropagate(params.W[l - 1]!, rows, cols, dz[l]!, dz[l - 1]!, mb);
    multiplySlope[l - 2]!(a[l - 1]!, dz[l - 1]!, cols * mb);
  }
}

export function clearGradientSums(net: JsNetwork): void {
  for (let l = 0; l < net.L; l++) {
    net.gW[l]!.fill(0);
    net.gb[l]!.fill(0);
  }
}

/**
 * Aˡ (and Zˡ when `Z` is given) of the N columns of X (n⁰ × N) into nˡ × N Float32Arrays, l = 1 … L
 * at index l − 1, forward pass by forward pass of blocks.
 */
export function forwardColumns(
  net: JsNetwork,
  params: JsParams,
  X: Float32Array,
  N: number,
  apply: readonly LayerMap[],
  A: readonly Float32Array[],
  Z: readonly Float32Array[] | null,
): void {
  const { sizes, L } = net;
  forEachBlock(net, 0, N, (start, end) => {
    forwardBlock(net, params, X, N, null, start, end, apply);
    const mb = end - start;
    for (let l = 1; l <= L; l++) {
      copyBlock(net.a[l]!, A[l - 1]!, sizes[l]!, mb, N, start);
      if (Z) copyBlock(net.z[l]!, Z[l - 1]!, sizes[l]!, mb, N, start);
    }
  });
}

/** Copies a rows × mb block into columns start … start + mb − 1 of a rows × N matrix. */
export function copyBlock(from: Float64Array, to: Float32Array, rows: number, mb: number, N: number, start: number): void {
  for (let u = 0; u < rows; u++) to.set(from.subarray(u * mb, (u + 1) * mb), u * N + start);
}
