import { describe, expect, it } from 'vitest';
import { costPath, maxFiniteCost } from './cost-path';

const history = [
  { epoch: 1, trainCost: 0.7, testCost: 0.8 },
  { epoch: 2, trainCost: 0.5, testCost: Number.NaN },
  { epoch: 3, trainCost: 0.3, testCost: 0.4 },
];
const x = (e: number) => e * 10;
const y = (c: number) => 100 - c * 100;

describe('costPath', () => {
  it('draws one point per epoch through the scales', () => {
    expect(costPath(history, 'trainCost', x, y)).toBe('M10,30L20,50L30,70');
  });
  it('breaks the line at a missing value', () => {
    expect(costPath(history, 'testCost', x, y)).toBe('M10,20ZM30,60Z');
  });
  it('is empty without history', () => {
    expect(costPath([], 'trainCost', x, y)).toBe('');
  });
});

describe('maxFiniteCost', () => {
  it('ignores NaN and Infinity', () => {
    expect(maxFiniteCost([...history, { epoch: 4, trainCost: Infinity, testCost: NaN }], 0.1)).toBe(0.8);
  });
});
