import { tensorCount, useCpuBackend } from '../engine/tfjs/testing/tensors';
import { beforeAll, describe, expect, it } from 'vitest';
import { measureStepsPerSecond } from './calibrate';

beforeAll(async () => {
  await useCpuBackend();
});

describe('measureStepsPerSecond', () => {
  it('measures a positive rate on both paths and leaves no tensors behind', () => {
    const before = tensorCount();
    expect(measureStepsPerSecond('cpu', { budgetMs: 30 })).toBeGreaterThan(0);
    expect(measureStepsPerSecond('webgl', { budgetMs: 30 })).toBeGreaterThan(0);
    expect(tensorCount()).toBe(before);
  });

  it('uses the given clock', () => {
    let clock = 0;
    // Each read of the clock advances it by 1 ms: the rate is steps per elapsed fake milliseconds.
    const rate = measureStepsPerSecond('cpu', { budgetMs: 10, now: () => (clock += 1) });
    expect(rate).toBeGreaterThan(0);
    expect(Number.isFinite(rate)).toBe(true);
  });
});
