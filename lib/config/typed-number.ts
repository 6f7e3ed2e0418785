/**
 * A number typed into a field, checked against the field's range before anything is applied: the
 * field then either applies the value or says the allowed range, never snaps back silently.
 */
export interface FieldRange {
  min: number;
  max: number;
  /** Only whole numbers (a stop epoch): 1.5 is refused, not rounded. */
  isInteger?: boolean;
  /** An empty field means "none" (a stop epoch: run on). */
  allowsEmpty?: boolean;
}

export type TypedNumber = { isValid: true; value: number | null } | { isValid: false };

const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;

export function parseTypedNumber(text: string, range: FieldRange): TypedNumber {
  const token = text.trim();
  if (token === '') return range.allowsEmpty ? { isValid: true, value: null } : { isValid: false };
  if (!DECIMAL.test(token)) return { isValid: false };
  const value = Number(token) + 0; // + 0 turns −0 into 0
  const isInRange = Number.isFinite(value) && value >= range.min && value <= range.max;
  if (!isInRange || (range.isInteger && !Number.isInteger(value))) return { isValid: false };
  return { isValid: true, value };
}

/** A bound as the range message writes it: 0.00001, 10, 10,000,000 (never 1e-5). */
export function formatBound(value: number): string {
  if (Number.isInteger(value)) return value.toLocaleString('en-US');
  return value.toLocaleString('en-US', { maximumSignificantDigits: 12, maximumFractionDigits: 20 });
}
