/**
 * The course's dimension drill (§4.3): the learner writes the shape of every matrix of the network on
 * screen for its m training examples, and each answer is checked against `networkShapes`. A wrong
 * answer gets the hint of its symbol (the rule that gives its shape); one that cannot be read as
 * (rows, columns) gets the format hint.
 */
import type { LayerShapes, NetworkShapes, Shape } from './network-shapes';

/** The per-layer matrices of the drill, in the Shapes panel's column order. */
export const LAYER_SYMBOLS = ['W', 'b', 'Z', 'A', 'dW', 'db'] as const satisfies readonly (keyof LayerShapes)[];
export type LayerSymbol = (typeof LAYER_SYMBOLS)[number];
/** X = A⁰ and the labels Y besides the layers' matrices. */
export type DrillSymbol = LayerSymbol | 'X' | 'Y';

/** One blank of the drill: a matrix, its layer (0 for X, L for Y) and its true shape. */
export interface DrillCell {
  id: string;
  symbol: DrillSymbol;
  layer: number;
  shape: Shape;
}

/**
 * Why an answer is wrong: the rule of its symbol, `format` when it is not (rows, columns), `blank` when
 * there is none (marked wrong, with no hint to read).
 */
export type HintKey = DrillSymbol | 'format' | 'blank';

export type Verdict = { isRight: true } | { isRight: false; hint: HintKey };

/** "W2", "db3"; X and Y have no layer in their id. */
export function cellId(symbol: DrillSymbol, layer: number): string {
  return symbol === 'X' || symbol === 'Y' ? symbol : `${symbol}${layer}`;
}

/** Every blank, in reading order: X, then W, b, Z, A, dW, db of layers 1 … L, then Y. */
export function drillCells(shapes: NetworkShapes): DrillCell[] {
  const L = shapes.layers.length;
  const cell = (symbol: DrillSymbol, layer: number, shape: Shape): DrillCell => ({ id: cellId(symbol, layer), symbol, layer, shape });
  return [
    cell('X', 0, shapes.X),
    ...shapes.layers.flatMap((layer) => LAYER_SYMBOLS.map((symbol) => cell(symbol, layer.layer, layer[symbol]))),
    cell('Y', L, shapes.Y),
  ];
}

/** Brackets and separators as typed on any keyboard, full-width ones included. */
const BRACKETS = /^[([（【]\s*|\s*[)\]）】]$/g;
const SEPARATOR = /\s*[,，、;×xX*]\s*|\s+/;

/**
 * An answer read as a shape: "(4, 2)", "4,2", "4 × 2", "4x2", "[4 2]", "（4，2）". The letter m stands
 * for the `m` examples, as the course writes (n, m). Null when it is not two whole numbers.
 */
export function parseShape(answer: string, m: number): Shape | null {
  const parts = answer.trim().replace(BRACKETS, '').split(SEPARATOR);
  if (parts.length !== 2) return null;
  const numbers = parts.map((part) => (part === 'm' ? m : /^\d+$/.test(part) ? Number(part) : NaN));
  const [rows, cols] = numbers as [number, number];
  return Number.isInteger(rows) && Number.isInteger(cols) ? [rows, cols] : null;
}

/** The verdict on one answer for its cell. */
export function checkAnswer(cell: DrillCell, answer: string, m: number): Verdict {
  if (answer.trim() === '') return { isRight: false, hint: 'blank' };
  const shape = parseShape(answer, m);
  if (shape === null) return { isRight: false, hint: 'format' };
  return shape[0] === cell.shape[0] && shape[1] === cell.shape[1] ? { isRight: true } : { isRight: false, hint: cell.symbol };
}

/** The verdicts on every cell by id (a missing answer is blank). */
export function checkDrill(cells: readonly DrillCell[], answers: Readonly<Record<string, string>>, m: number): Record<string, Verdict> {
  return Object.fromEntries(cells.map((cell) => [cell.id, checkAnswer(cell, answers[cell.id] ?? '', m)]));
}

/** Every cell has a verdict and each is right. */
export function isSolved(cells: readonly DrillCell[], verdicts: Readonly<Record<string, Verdict>>): boolean {
  return cells.every((cell) => verdicts[cell.id]?.isRight === true);
}

/** The network a drill was solved for, as its layer sizes n⁰, n¹, …, n^L: "2,4,3,1". */
export function drillNetworkKey(inputs: number, hidden: readonly number[]): string {
  return [inputs, ...hidden, 1].join(',');
}
