import { describe, expect, it } from 'vitest';
import { epochAxis, formatEpoch, labelWidthPx, logEpochTicks, tickAnchor } from './cost-axis';

describe('formatEpoch', () => {
  it('writes short labels', () => {
    expect([0, 800, 1000, 2500, 10_000, 495_000, 1_500_000].map(formatEpoch)).toEqual(['0', '800', '1k', '2.5k', '10k', '495k', '1.5M']);
  });
});

describe('logEpochTicks', () => {
  it('gives 0 and the powers of ten on a long run', () => {
    expect(logEpochTicks(0, 495_000)).toEqual([0, 1, 10, 100, 1000, 10_000, 100_000]);
  });
  it('adds 2× and 5× steps on a short run, and starts where the history does', () => {
    expect(logEpochTicks(0, 60)).toEqual([0, 1, 2, 5, 10, 20, 50]);
    expect(logEpochTicks(3, 60)).toEqual([5, 10, 20, 50]);
  });
});

describe('epochAxis', () => {
  it('linear: maps the range onto the width with integer ticks', () => {
    const axis = epochAxis('linear', 0, 10_000, 300);
    expect(axis.xPx(0)).toBe(0);
    expect(axis.xPx(10_000)).toBe(300);
    expect(axis.ticks.at(-1)).toBe(10_000);
    expect(axis.label(10_000)).toBe('10k');
  });
  it('log: gives the first epochs most of the width', () => {
    const axis = epochAxis('log', 0, 495_000, 300);
    expect(axis.xPx(0)).toBe(0);
    expect(axis.xPx(495_000)).toBeCloseTo(300, 6);
    // The first 300 epochs, 0.06 % of the run, take almost half of the axis.
    expect(axis.xPx(300)).toBeGreaterThan(120);
  });
  it('has a one-epoch domain before any training', () => {
    const axis = epochAxis('linear', 0, 0, 300);
    expect(axis.xPx(1)).toBe(300);
  });
});

describe('tickAnchor', () => {
  it('centres a label that fits and pulls one at an edge inside the svg', () => {
    expect(tickAnchor(150, 20, 300, 36, 8)).toBe('middle');
    expect(tickAnchor(300, 20, 300, 36, 8)).toBe('end');
    expect(tickAnchor(0, 100, 300, 36, 8)).toBe('start');
  });
  it('keeps every label of the linear and log axes inside the svg, at any run length', () => {
    const [widthPx, left, right, fontPx] = [336, 36, 8, 10];
    for (const last of [1, 7, 60, 800, 5000, 10_000, 123_456, 495_000, 9_999_999]) {
      for (const kind of ['linear', 'log'] as const) {
        const axis = epochAxis(kind, 0, last, widthPx);
        for (const tick of axis.ticks) {
          const x = axis.xPx(tick);
          const w = labelWidthPx(axis.label(tick), fontPx);
          const anchor = tickAnchor(x, w, widthPx, left, right);
          const [from, to] = anchor === 'end' ? [x - w, x] : anchor === 'start' ? [x, x + w] : [x - w / 2, x + w / 2];
          expect(from, `${kind} ${last}: ${tick}`).toBeGreaterThanOrEqual(-left);
          expect(to, `${kind} ${last}: ${tick}`).toBeLessThanOrEqual(widthPx + right);
        }
      }
    }
  });
});
