/**
 * The speed control's settings: gradient steps per second (every step published as its own snapshot, so
 * mini-batch and stochastic gradient descent can be watched step by step), epochs per second, and max.
 * Plain data, free of zod, so the controls can import it; the URL codec (`speed=`) is in schema.ts.
 */

/** Slowest first; the id is also the URL spelling: `speed=2steps`, `speed=30` (epochs/s), `speed=max`. */
export const SPEEDS = [
  '1step', '2steps', '5steps', '10steps', '30steps', '60steps',
  '1', '2', '5', '10', '20', '30', '50', '100', '300',
  'max',
] as const;
export type Speed = (typeof SPEEDS)[number];

export const DEFAULT_SPEED: Speed = 'max';

/** What the worker limits: at most one of the two rates is set; both null is as fast as the machine allows. */
export interface SpeedLimit {
  maxStepsPerSecond: number | null;
  maxEpochsPerSecond: number | null;
}

export function speedLimitOf(speed: Speed): SpeedLimit {
  if (speed === 'max') return { maxStepsPerSecond: null, maxEpochsPerSecond: null };
  const perSecond = Number.parseInt(speed, 10);
  return speed.endsWith('step') || speed.endsWith('steps')
    ? { maxStepsPerSecond: perSecond, maxEpochsPerSecond: null }
    : { maxStepsPerSecond: null, maxEpochsPerSecond: perSecond };
}

/** A setting as the control says it: unit 'steps' or 'epochs' with its rate, or max. */
export function describeSpeed(speed: Speed): { unit: 'steps' | 'epochs'; perSecond: number } | 'max' {
  const limit = speedLimitOf(speed);
  if (limit.maxStepsPerSecond !== null) return { unit: 'steps', perSecond: limit.maxStepsPerSecond };
  if (limit.maxEpochsPerSecond !== null) return { unit: 'epochs', perSecond: limit.maxEpochsPerSecond };
  return 'max';
}

const SPELLING = /^(\d+)\s*(?:(steps?)|epochs?)?(?:\s*\/\s*s)?$/;

/**
 * The setting a URL or preset spells, case- and space-insensitively: "max", "30", "30epochs",
 * "2steps", "1 step/s". Anything else comes back as written (the schema's enum then refuses it).
 */
export function normalizeSpeed(text: string): string {
  const token = text.trim().toLowerCase();
  const match = SPELLING.exec(token);
  if (!match) return token;
  const perSecond = Number(match[1]);
  if (!match[2]) return String(perSecond);
  return perSecond === 1 ? '1step' : `${perSecond}steps`;
}
