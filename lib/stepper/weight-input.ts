/** What a learner types as a weight or bias: a finite number within ±WEIGHT_INPUT_LIMIT, or a reason it is refused. */
export const WEIGHT_INPUT_LIMIT = 100;

export type WeightInput = { ok: true; value: number } | { ok: false; reason: 'notNumber' | 'outOfRange' };

export function parseWeightInput(text: string): WeightInput {
  // A typographic minus and a decimal comma are read as the learner meant them.
  const cleaned = text.trim().replace(/^[−–]/, '-').replace(/^(-?\d*),(\d+)$/, '$1.$2');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(cleaned)) return { ok: false, reason: 'notNumber' };
  const value = Number(cleaned);
  if (!Number.isFinite(value)) return { ok: false, reason: 'notNumber' };
  if (Math.abs(value) > WEIGHT_INPUT_LIMIT) return { ok: false, reason: 'outOfRange' };
  return { ok: true, value: value === 0 ? 0 : value };
}
