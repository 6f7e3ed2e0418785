/** The largest |v| over the W arrays of every layer (0 when there are none or none is finite). */
export function maxAbsolute(arrays: readonly ArrayLike<number>[]): number {
  let max = 0;
  for (const values of arrays) {
    for (let i = 0; i < values.length; i++) {
      const v = Math.abs(values[i]!);
      if (Number.isFinite(v) && v > max) max = v;
    }
  }
  return max;
}

/** The gradient view's fixed scale: |dW| at or below `lowest` is drawn thinnest, at or above `highest` thickest. */
export const GRADIENT_SCALE = { lowest: 1e-4, highest: 1 } as const;

/**
 * Stroke width for a gradient dW on an absolute log scale (GRADIENT_SCALE), so the lines thin out as
 * training converges and the same width means the same |dW| in every network and at every epoch.
 */
export function gradientStrokePx(gradient: number, maxPx = 6, minPx = 0.5): number {
  const magnitude = Math.abs(gradient);
  if (Number.isNaN(magnitude)) return minPx;
  if (magnitude === Infinity) return maxPx;
  const low = Math.log10(GRADIENT_SCALE.lowest);
  const share = magnitude > 0 ? (Math.log10(magnitude) - low) / (Math.log10(GRADIENT_SCALE.highest) - low) : 0;
  return minPx + (maxPx - minPx) * Math.min(1, Math.max(0, share));
}

/**
 * Indices of the `limit` connections with the largest |value|, in ascending index order (so the
 * drawing order, and the React keys, stay stable). All indices when there are at most `limit`.
 * Non-finite values count as largest: a diverging weight should be seen.
 */
export function strongestConnections(values: ArrayLike<number>, limit: number): number[] {
  const n = values.length;
  if (n <= limit) return Array.from({ length: n }, (_, i) => i);
  const take = Math.max(0, limit);
  if (take === 0) return [];
  // The take-th largest |value| by a typed (numeric, comparator-free) sort; this runs for every wide layer on every frame.
  const magnitudes = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const v = Math.abs(values[i]!);
    magnitudes[i] = Number.isNaN(v) ? Infinity : v;
  }
  const threshold = magnitudes.slice().sort()[n - take]!;
  let above = 0;
  for (let i = 0; i < n; i++) if (magnitudes[i]! > threshold) above++;
  // Ties at the threshold are taken from the lowest indices, as many as are left.
  let ties = take - above;
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const m = magnitudes[i]!;
    if (m > threshold || (m === threshold && ties-- > 0)) out.push(i);
  }
  return out;
}
