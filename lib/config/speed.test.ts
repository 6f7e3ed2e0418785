import { describe, expect, it } from 'vitest';
import { SPEEDS, describeSpeed, normalizeSpeed, speedLimitOf } from './speed';

describe('speed settings', () => {
  it('go from steps per second through epochs per second to max, slowest first', () => {
    const kinds = SPEEDS.map((s) => describeSpeed(s));
    expect(kinds[kinds.length - 1]).toBe('max');
    const steps = kinds.filter((k) => k !== 'max' && k.unit === 'steps');
    const epochs = kinds.filter((k) => k !== 'max' && k.unit === 'epochs');
    expect(steps.map((k) => k !== 'max' && k.perSecond)).toEqual([1, 2, 5, 10, 30, 60]);
    expect(kinds.slice(0, steps.length)).toEqual(steps);
    expect(epochs.map((k) => k !== 'max' && k.perSecond)).toEqual([1, 2, 5, 10, 20, 30, 50, 100, 300]);
  });

  it('set at most one rate for the worker', () => {
    expect(speedLimitOf('1step')).toEqual({ maxStepsPerSecond: 1, maxEpochsPerSecond: null });
    expect(speedLimitOf('60steps')).toEqual({ maxStepsPerSecond: 60, maxEpochsPerSecond: null });
    expect(speedLimitOf('30')).toEqual({ maxStepsPerSecond: null, maxEpochsPerSecond: 30 });
    expect(speedLimitOf('max')).toEqual({ maxStepsPerSecond: null, maxEpochsPerSecond: null });
  });

  it('read the ways a URL may spell them, and give back every id as it is', () => {
    for (const speed of SPEEDS) expect(normalizeSpeed(speed)).toBe(speed);
    expect(normalizeSpeed(' MAX ')).toBe('max');
    expect(normalizeSpeed('30epochs')).toBe('30');
    expect(normalizeSpeed('30 epochs/s')).toBe('30');
    expect(normalizeSpeed('1steps')).toBe('1step');
    expect(normalizeSpeed('2 step/s')).toBe('2steps');
    expect(normalizeSpeed('fast')).toBe('fast');
    expect(normalizeSpeed('-5')).toBe('-5');
  });
});
