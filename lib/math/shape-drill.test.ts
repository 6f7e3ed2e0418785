import { describe, expect, it } from 'vitest';
import { networkShapes } from './network-shapes';
import { checkAnswer, checkDrill, drillCells, drillNetworkKey, isSolved, parseShape, type DrillCell } from './shape-drill';

// Two features, hidden layers of 4 and 3 units, one output; m = 70.
const shapes = networkShapes(2, [4, 3], 70);
const cells = drillCells(shapes);
const cell = (id: string) => cells.find((c) => c.id === id)!;

/** The answers the course's rules give, written as "(rows, columns)". */
const rightAnswers = (list: readonly DrillCell[]) => Object.fromEntries(list.map((c) => [c.id, `(${c.shape[0]}, ${c.shape[1]})`]));

describe('parseShape', () => {
  it('reads (rows, columns) however it is typed', () => {
    for (const answer of ['(4, 2)', '4,2', '4 × 2', '4x2', '4 X 2', ' [4 2] ', '（4，2）', '4*2', '( 4 , 2 )']) {
      expect(parseShape(answer, 70), answer).toEqual([4, 2]);
    }
  });
  it('reads the letter m as the number of examples', () => {
    expect(parseShape('(4, m)', 70)).toEqual([4, 70]);
    expect(parseShape('1xm', 12)).toEqual([1, 12]);
  });
  it('gives null for anything that is not two whole numbers', () => {
    for (const answer of ['', '4', '(4, 2, 1)', '(4, n)', '4.5, 2', '-4, 2', 'four, two', '(,)']) {
      expect(parseShape(answer, 70), answer).toBeNull();
    }
  });
});

describe('drillCells', () => {
  it('has X, six matrices per layer and Y, with the shapes of networkShapes', () => {
    expect(cells.map((c) => c.id)).toEqual([
      'X',
      ...[1, 2, 3].flatMap((l) => ['W', 'b', 'Z', 'A', 'dW', 'db'].map((s) => `${s}${l}`)),
      'Y',
    ]);
    expect(cell('X').shape).toEqual([2, 70]);
    expect(cell('W2').shape).toEqual([3, 4]);
    expect(cell('b2').shape).toEqual([3, 1]);
    expect(cell('Z3').shape).toEqual([1, 70]);
    expect(cell('dW1').shape).toEqual([4, 2]);
    expect(cell('Y')).toMatchObject({ layer: 3, shape: [1, 70] });
  });
});

describe('checkAnswer', () => {
  it('accepts the right shape and names the rule of a wrong one', () => {
    expect(checkAnswer(cell('W2'), '3, 4', 70)).toEqual({ isRight: true });
    // Transposed: (n[l-1], n[l]) instead of (n[l], n[l-1]).
    expect(checkAnswer(cell('W2'), '(4, 3)', 70)).toEqual({ isRight: false, hint: 'W' });
    expect(checkAnswer(cell('dW2'), '(3, 70)', 70)).toEqual({ isRight: false, hint: 'dW' });
    expect(checkAnswer(cell('b1'), '(4, 70)', 70)).toEqual({ isRight: false, hint: 'b' });
    expect(checkAnswer(cell('A1'), '(4, m)', 70)).toEqual({ isRight: true });
    expect(checkAnswer(cell('Y'), '(70, 1)', 70)).toEqual({ isRight: false, hint: 'Y' });
  });
  it('asks for (rows, columns) when the answer cannot be read', () => {
    expect(checkAnswer(cell('Z1'), '4', 70)).toEqual({ isRight: false, hint: 'format' });
  });
  it('marks a blank as wrong, with no rule to give', () => {
    expect(checkAnswer(cell('Z1'), '', 70)).toEqual({ isRight: false, hint: 'blank' });
    expect(checkAnswer(cell('Z1'), '  ', 70)).toEqual({ isRight: false, hint: 'blank' });
  });
});

describe('checkDrill', () => {
  it('is solved only when every shape is right', () => {
    const answers = rightAnswers(cells);
    expect(isSolved(cells, checkDrill(cells, answers, 70))).toBe(true);
    const verdicts = checkDrill(cells, { ...answers, db3: '(1, 70)' }, 70);
    expect(verdicts.db3).toEqual({ isRight: false, hint: 'db' });
    expect(isSolved(cells, verdicts)).toBe(false);
    // An answer left blank is wrong, and no verdicts at all are not a solution.
    const { X: _, ...withoutX } = answers;
    expect(checkDrill(cells, withoutX, 70).X).toEqual({ isRight: false, hint: 'blank' });
    expect(isSolved(cells, {})).toBe(false);
  });
  it('checks against the current m: the right shapes for another m are wrong', () => {
    const other = drillCells(networkShapes(2, [4, 3], 71));
    expect(isSolved(cells, checkDrill(cells, rightAnswers(other), 70))).toBe(false);
  });
});

describe('drillNetworkKey', () => {
  it('lists the layer sizes n[0] … n[L]', () => {
    expect(drillNetworkKey(2, [4, 3])).toBe('2,4,3,1');
    expect(drillNetworkKey(3, [])).toBe('3,1');
  });
});
