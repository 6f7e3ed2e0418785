/**
 * Which rows or columns of a big matrix are written out: all of them up to `max`, else the first
 * ones and the last ones around one gap (null), as the course abbreviates X = [x⁽¹⁾ x⁽²⁾ … x⁽ᵐ⁾].
 */
export function shownIndices(count: number, max: number): (number | null)[] {
  if (count <= max) return Array.from({ length: count }, (_, i) => i);
  const tail = Math.max(1, Math.floor((max - 1) / 3));
  const head = Math.max(1, max - 1 - tail);
  return [...Array.from({ length: head }, (_, i) => i), null, ...Array.from({ length: tail }, (_, i) => count - tail + i)];
}

/** A number as the stepper writes it: 4 significant digits, exponent form for tiny and huge values. */
export function formatEntry(value: number): string {
  if (!Number.isFinite(value)) return Number.isNaN(value) ? 'NaN' : value > 0 ? '∞' : '−∞';
  if (value === 0) return '0';
  const abs = Math.abs(value);
  const text = abs < 1e-3 || abs >= 1e5 ? value.toExponential(2) : value.toPrecision(4).replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, '');
  return text.replaceAll('-', '−');
}
