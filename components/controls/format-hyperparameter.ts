const SUPERSCRIPT: Record<string, string> = {
  '-': '⁻', '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹',
};

/** A hyperparameter as the course writes it: 0.9, 0.999, and ε = 10⁻⁸ (powers of ten as powers). */
export function formatHyperparameter(value: number): string {
  const exponent = Math.log10(Math.abs(value));
  if (value !== 0 && Number.isInteger(exponent) && Math.abs(exponent) >= 4) {
    const power = [...String(exponent)].map((c) => SUPERSCRIPT[c] ?? c).join('');
    return `${value < 0 ? '−' : ''}10${power}`;
  }
  return String(value);
}
