import { describe, expect, it } from 'vitest';
import { fastTanh } from './network';

describe('fastTanh', () => {
  it('is within 3e-7 of Math.tanh everywhere (float32 precision)', () => {
    let worst = 0;
    for (let z = -20; z <= 20; z += 0.00113) worst = Math.max(worst, Math.abs(fastTanh(z) - Math.tanh(z)));
    expect(worst).toBeLessThanOrEqual(3e-7);
    expect(fastTanh(0)).toBe(0);
    expect(fastTanh(1e-9)).toBeCloseTo(1e-9, 15);
  });
});
