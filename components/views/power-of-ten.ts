const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** An integer in superscript digits, with a superscript minus: −5 → "⁻⁵". */
export function superscript(n: number): string {
  const digits = String(Math.abs(Math.trunc(n)))
    .split('')
    .map((d) => SUPERSCRIPT_DIGITS[Number(d)])
    .join('');
  return n < 0 ? `⁻${digits}` : digits;
}

/**
 * A magnitude as a reader writes it: plain between 0.01 and 1000 ("0.032", "4.5"), else a mantissa
 * with `significant` digits times a power of ten ("3.2·10⁻⁵"); exact powers drop the mantissa ("10⁻⁴").
 */
export function formatPowerOfTen(value: number, significant = 2): string {
  if (!Number.isFinite(value)) return String(value);
  if (value === 0) return '0';
  const magnitude = Math.abs(value);
  const sign = value < 0 ? '−' : '';
  if (magnitude >= 0.01 && magnitude < 1000) return `${sign}${Number(magnitude.toPrecision(significant))}`;
  const [mantissa, exponent] = magnitude.toExponential(significant - 1).split('e');
  const power = `10${superscript(Number(exponent))}`;
  return `${sign}${Number(mantissa) === 1 ? power : `${mantissa}·${power}`}`;
}
