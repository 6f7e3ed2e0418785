import { describe, expect, it } from 'vitest';
import type { LabeledPoint, StepTrace } from '@/lib/protocol';
import { diagramFocusOf, highlightedPointsOf } from './stepper-focus';

const points: LabeledPoint[] = [
  { x1: 0, x2: 0, label: 0, split: 'train' },
  { x1: 1, x2: 0, label: 1, split: 'test' },
  { x1: 2, x2: 0, label: 1, split: 'train' },
  { x1: 3, x2: 0, label: 0, split: 'train' },
];
const layer = (rows: number, cols: number) => ({ rows, cols, W: new Float32Array(rows * cols), b: new Float32Array(rows) });
const trace = (trainIndices: number[]): StepTrace => ({
  trainIndices: Int32Array.from(trainIndices),
  m: trainIndices.length,
  X: new Float32Array(2 * trainIndices.length),
  Y: new Float32Array(trainIndices.length),
  params: [layer(3, 2), layer(1, 3)],
  forward: [],
  backward: [
    { dZ: new Float32Array(0), dW: Float32Array.of(1, 2, 3, 4, 5, 6), db: new Float32Array(3), dWPenalty: Float32Array.of(0.5, 0, 0, 0, 0, 0) },
    { dZ: new Float32Array(0), dW: new Float32Array(3), db: new Float32Array(1), dWPenalty: new Float32Array(3) },
  ],
  step: 0,
});

describe('highlightedPointsOf', () => {
  it('rings the points of a batch, none when the step takes every training point or step-through is closed', () => {
    expect(highlightedPointsOf({ isOpen: true, trace: trace([2, 0]), points })).toEqual([3, 0]);
    expect(highlightedPointsOf({ isOpen: true, trace: trace([0, 1, 2]), points })).toBeNull();
    expect(highlightedPointsOf({ isOpen: false, trace: trace([2]), points })).toBeNull();
  });
});

describe('diagramFocusOf', () => {
  it('lights the stage’s layer: the output for the cost, dW with the penalty going backwards, none for the update', () => {
    const t = trace([0]);
    expect(diagramFocusOf({ isOpen: true, trace: t, stage: { kind: 'forward', layer: 1 } })).toEqual({ layer: 1, direction: 'forward' });
    expect(diagramFocusOf({ isOpen: true, trace: t, stage: { kind: 'cost' } })).toEqual({ layer: 2, direction: 'forward' });
    expect(diagramFocusOf({ isOpen: true, trace: t, stage: { kind: 'backward', layer: 1 } })).toEqual({ layer: 1, direction: 'backward', gradients: [1.5, 2, 3, 4, 5, 6] });
    expect(diagramFocusOf({ isOpen: true, trace: t, stage: { kind: 'update' } })).toBeNull();
    expect(diagramFocusOf({ isOpen: false, trace: t, stage: { kind: 'cost' } })).toBeNull();
  });
});
