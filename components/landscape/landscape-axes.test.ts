import { describe, expect, it } from 'vitest';
import { axesChoices, axesOf, axisLabel, axisName } from './landscape-axes';
import { resolutionFor } from './use-landscape';

describe('landscape axes', () => {
  it('offers the course’s J(w, b) pairs for logistic regression and random directions first for a network', () => {
    expect(axesChoices(0, 2)).toEqual(['w1w2', 'w1b', 'w2b', 'random', 'picked']);
    expect(axesChoices(0, 1)).toEqual(['w1b', 'random', 'picked']);
    expect(axesChoices(2, 2)[0]).toBe('random');
  });

  it('puts the pairs on the output layer’s first weights and bias, named as the contract says', () => {
    expect(axesOf('w1w2', 1).map(axisName)).toEqual(['W1[1,1]', 'W1[1,2]']);
    expect(axesOf('w2b', 3).map(axisName)).toEqual(['W3[1,2]', 'b3[1]']);
    expect(axesOf('random', 3).map(axisName)).toEqual(['dir1', 'dir2']);
    expect(axesOf('w1b', 1).map((a) => axisLabel(a, true, 'direction'))).toEqual(['w₁', 'b']);
    expect(axesOf('w1b', 3).map((a) => axisLabel(a, false, 'direction'))).toEqual(['W[3]₁,₁', 'b[3]₁']);
    expect(axisLabel({ kind: 'direction', index: 2 }, false, '方向')).toBe('方向 2');
  });

  it('takes two parameters picked in the diagram, and the first choice’s axes until there are two', () => {
    const picked = [
      { kind: 'param', layer: 1, row: 2, col: 0 },
      { kind: 'param', layer: 2, row: 0, col: null },
    ] as const;
    expect(axesOf('picked', 2, picked).map(axisName)).toEqual(['W1[3,1]', 'b2[1]']);
    expect(axesOf('picked', 2, picked.slice(0, 1)).map(axisName)).toEqual(['dir1', 'dir2']);
    expect(axesOf('picked', 1, []).map(axisName)).toEqual(['W1[1,1]', 'W1[1,2]']);
  });
});

describe('resolutionFor', () => {
  it('is 41 paused and 21 training for a small workload, coarser as m × P grows, never below 9', () => {
    expect(resolutionFor(280, 9, false)).toBe(41);
    expect(resolutionFor(280, 9, true)).toBe(21);
    expect(resolutionFor(3500, 21_000, false)).toBe(9);
    const wide = resolutionFor(280, 2_000, false);
    expect(wide).toBeGreaterThan(9);
    expect(wide).toBeLessThan(41);
  });
});
