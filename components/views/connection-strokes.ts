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

/**
 * Stroke width for a gradient dW: gradients are small and shrink as training converges, so the width
 * is relative to the largest |dW| in the network — the lines show where learning happens now.
 */
export function gradientStrokePx(gradient: number, maxAbsGradient: number, maxPx = 6, minPx = 0.5): number {
  if (!Number.isFinite(gradient) || !(maxAbsGradient > 0)) return minPx;
  return minPx + (maxPx - minPx) * Math.min(1, Math.abs(gradient) / maxAbsGradient);
}

/**
 * Indices of the `limit` connections with the largest |value|, in ascending index order (so the
 * drawing order, and the React keys, stay stable). All indices when there are at most `limit`.
 * Non-finite values count as largest: a diverging weight should be seen.
 */
export function strongestConnections(values: ArrayLike<number>, limit: number): number[] {
  const all = Array.from({ length: values.length }, (_, i) => i);
  if (values.length <= limit) return all;
  const magnitude = (i: number) => {
    const v = Math.abs(values[i]!);
    return Number.isNaN(v) ? Infinity : v;
  };
  return all
    .sort((a, b) => magnitude(b) - magnitude(a) || a - b)
    .slice(0, Math.max(0, limit))
    .sort((a, b) => a - b);
}
