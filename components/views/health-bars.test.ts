import { describe, expect, it } from 'vitest';
import { formatNorm, healthBars } from './health-bars';

describe('healthBars', () => {
  it('gives each hidden layer its failing share and each layer its gradient norm on a log scale', () => {
    const bars = healthBars({
      examples: 100,
      layers: [
        { layer: 1, units: 4, activation: 'relu', deadShare: 0.75, saturatedShare: 0, largestIdenticalGroup: 1 },
        { layer: 2, units: 3, activation: 'tanh', deadShare: 0, saturatedShare: 1 / 3, largestIdenticalGroup: 3 },
        { layer: 3, units: 2, activation: 'linear', deadShare: 0, saturatedShare: 0, largestIdenticalGroup: 1 },
      ],
      gradientNorms: [1e-6, 1e-4, 0.01, 10],
    });
    expect(bars.map((b) => [b.layer, b.isOutput, b.failure, b.failingShare, b.identicalUnits])).toEqual([
      [1, false, 'dies', 0.75, 0],
      [2, false, 'saturates', 1 / 3, 3],
      [3, false, null, 0, 0],
      [4, true, null, 0, 0],
    ]);
    // 1e-6 … 10 spans 7 decades.
    expect(bars.map((b) => b.normFraction)).toEqual([0, 2 / 7, 4 / 7, 1].map((f) => expect.closeTo(f, 10)));
  });

  it('clamps norms outside the scale and draws zero and NaN as empty', () => {
    const bars = healthBars({ examples: 1, layers: [], gradientNorms: [100] });
    expect(bars[0]!.normFraction).toBe(1);
    expect(healthBars({ examples: 1, layers: [], gradientNorms: [0] })[0]!.normFraction).toBe(0);
    expect(healthBars({ examples: 1, layers: [], gradientNorms: [Number.NaN] })[0]!.normFraction).toBe(0);
  });
});

describe('formatNorm', () => {
  it('writes three significant digits, and small norms as powers of ten', () => {
    expect(formatNorm(0.012345)).toBe('0.0123');
    expect(formatNorm(2.5e-5)).toBe('2.5e-5');
    expect(formatNorm(0)).toBe('0');
  });
});
