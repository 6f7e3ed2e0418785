import { describe, expect, it } from 'vitest';
import type { LabeledPoint } from '../protocol';
import { formatEntry, shownIndices } from './abbreviate';
import { adamCorrected, lossesOf, meanOf, rowsOf, slotsOfParam } from './derive';
import { pointIndicesOf, trainIndexOf } from './examples';
import { backMove, nextMove, stageId, stagesOf } from './stages';
import { parseWeightInput } from './weight-input';

describe('stages', () => {
  it('are forward l = 1 … L, the cost, backward l = L … 1, then the update', () => {
    expect(stagesOf(3).map(stageId)).toEqual(['forward-1', 'forward-2', 'forward-3', 'cost', 'backward-3', 'backward-2', 'backward-1', 'update']);
    expect(stagesOf(1).map(stageId)).toEqual(['forward-1', 'cost', 'backward-1', 'update']);
  });

  it('Next applies the step once, on entering the update; Next on the update asks for the next step', () => {
    let position = { index: 0, isApplied: false };
    const applied: boolean[] = [];
    for (let k = 0; k < 3; k++) {
      const move = nextMove(position, 1);
      if (move.kind !== 'stage') throw new Error('expected a stage');
      applied.push(move.appliesStep);
      position = move.position;
    }
    expect(applied).toEqual([false, false, true]);
    expect(position).toEqual({ index: 3, isApplied: true });
    const back = backMove(position);
    expect(back).toEqual({ kind: 'stage', position: { index: 2, isApplied: true }, appliesStep: false });
    if (back.kind !== 'stage') throw new Error('expected a stage');
    expect(nextMove(back.position, 1)).toEqual({ kind: 'stage', position: { index: 3, isApplied: true }, appliesStep: false });
    expect(nextMove(position, 1)).toEqual({ kind: 'nextStep' });
    expect(backMove({ index: 0, isApplied: false })).toEqual({ kind: 'none' });
  });
});

describe('derived numbers', () => {
  it('L(a, y) is −log a for y = 1 and −log(1 − a) for y = 0, clipped as the engines clip it', () => {
    const losses = lossesOf([0.8, 0.8, 0, 1], [1, 0, 1, 0]);
    expect(losses[0]).toBeCloseTo(-Math.log(0.8), 12);
    expect(losses[1]).toBeCloseTo(-Math.log(0.2), 12);
    expect(losses[2]).toBeCloseTo(-Math.log(1e-7), 6);
    expect(losses[3]).toBeCloseTo(-Math.log(1e-7), 6);
    expect(meanOf([1, 2, 6])).toBe(3);
    expect(meanOf([])).toBeNaN();
  });

  it('rowsOf reads a row-major matrix; slots of parameter k are its own', () => {
    expect(rowsOf([1, 2, 3, 4, 5, 6], 2, 3)).toEqual([
      [1, 2, 3],
      [4, 5, 6],
    ]);
    const slots = [0, 1, 2, 3, 4, 5].map((i) => Float32Array.of(i));
    expect(slotsOfParam(slots, 2, 1).map((s) => s[0])).toEqual([2, 3]);
  });

  it('Adam’s bias correction divides by 1 − βᵗ', () => {
    const { vHat, sHat } = adamCorrected([0.1], [0.001], 1);
    expect(vHat[0]).toBeCloseTo(1, 12);
    expect(sHat[0]).toBeCloseTo(1, 9);
    expect(adamCorrected([0.5], [0.5], 1000).vHat[0]).toBeCloseTo(0.5, 9);
  });
});

describe('examples', () => {
  const points: LabeledPoint[] = [
    { x1: 0, x2: 0, label: 0, split: 'train' },
    { x1: 1, x2: 0, label: 1, split: 'test' },
    { x1: 2, x2: 0, label: 1, split: 'train' },
    { x1: 3, x2: 0, label: 0, split: 'train' },
  ];
  it('maps points to training examples and back', () => {
    expect(points.map((_, i) => trainIndexOf(points, i))).toEqual([0, null, 1, 2]);
    expect(trainIndexOf(points, 9)).toBeNull();
    expect(pointIndicesOf(points, [2, 0, 7])).toEqual([3, 0]);
  });
});

describe('abbreviation and numbers', () => {
  it('keeps every index up to max, else the first and last around a gap', () => {
    expect(shownIndices(5, 6)).toEqual([0, 1, 2, 3, 4]);
    expect(shownIndices(100, 6)).toEqual([0, 1, 2, 3, null, 99]);
    const shown = shownIndices(100, 7);
    expect(shown.length).toBe(7);
    expect(shown[0]).toBe(0);
    expect(shown.at(-1)).toBe(99);
    expect(shown.filter((i) => i === null)).toHaveLength(1);
  });

  it('writes 4 significant digits, exponents for tiny values and a real minus sign', () => {
    expect(formatEntry(0.123456)).toBe('0.1235');
    expect(formatEntry(-2.5)).toBe('−2.5');
    expect(formatEntry(0.00001234)).toBe('1.23e−5');
    expect(formatEntry(-123456)).toBe('−1.23e+5');
    expect(formatEntry(0)).toBe('0');
    expect(formatEntry(NaN)).toBe('NaN');
  });
});

describe('parseWeightInput', () => {
  it.each([
    ['0.5', 0.5],
    [' -1.25 ', -1.25],
    ['−3', -3],
    ['1e-3', 0.001],
    ['100', 100],
    ['-100', -100],
    ['0,75', 0.75],
    ['.5', 0.5],
  ])('reads %j as %d', (text, value) => {
    expect(parseWeightInput(text)).toEqual({ ok: true, value });
  });

  it.each(['', 'abc', 'NaN', 'Infinity', '-Infinity', '1/2', '0x10', '1e400', '2..3'])('refuses %j as not a number', (text) => {
    expect(parseWeightInput(text)).toEqual({ ok: false, reason: 'notNumber' });
  });

  it.each(['100.01', '-250', '1e3'])('refuses %j as out of range', (text) => {
    expect(parseWeightInput(text)).toEqual({ ok: false, reason: 'outOfRange' });
  });
});
