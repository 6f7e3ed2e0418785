import { describe, expect, it } from 'vitest';
import type { LabeledPoint } from '@/lib/protocol';
import { KEY_STEP, planeKeyAction } from './plane-keyboard';

const points: LabeledPoint[] = [
  { x1: -3, x2: 0, label: 0, split: 'train' },
  { x1: 1, x2: 1, label: 1, split: 'train' },
  { x1: 5, x2: 5, label: 1, split: 'test' },
];
const key = (k: string, shiftKey = false) => ({ key: k, shiftKey });
const origin = { x1: 0, x2: 0 };

describe('planeKeyAction', () => {
  it('moves the cursor with arrows (Shift: four steps), clamped to the plane', () => {
    expect(planeKeyAction(key('ArrowUp'), origin, null, points, 1)).toEqual({ kind: 'moveCursor', cursor: { x1: 0, x2: KEY_STEP } });
    expect(planeKeyAction(key('ArrowLeft', true), origin, null, points, 1)).toEqual({ kind: 'moveCursor', cursor: { x1: -4 * KEY_STEP, x2: 0 } });
    expect(planeKeyAction(key('ArrowRight'), { x1: 6, x2: 0 }, null, points, 1)).toEqual({ kind: 'moveCursor', cursor: { x1: 6, x2: 0 } });
  });
  it('adds a training point of the current class at the cursor, Shift+Enter the other class', () => {
    expect(planeKeyAction(key('Enter'), { x1: 2, x2: -1 }, null, points, 0)).toEqual({ kind: 'add', point: { x1: 2, x2: -1, label: 0, split: 'train' } });
    expect(planeKeyAction(key('Enter', true), origin, null, points, 0)).toMatchObject({ kind: 'add', point: { label: 1 } });
  });
  it('Tab selects the point nearest the cursor, then the next, and leaves after the last', () => {
    expect(planeKeyAction(key('Tab'), { x1: 0.8, x2: 0.9 }, null, points, 1)).toEqual({ kind: 'select', index: 1 });
    expect(planeKeyAction(key('Tab'), origin, 1, points, 1)).toEqual({ kind: 'select', index: 2 });
    expect(planeKeyAction(key('Tab'), origin, 2, points, 1)).toEqual({ kind: 'deselect', leave: true });
    expect(planeKeyAction(key('Tab', true), origin, 0, points, 1)).toEqual({ kind: 'deselect', leave: true });
    expect(planeKeyAction(key('Tab', true), origin, null, points, 1)).toEqual({ kind: 'ignore' });
    expect(planeKeyAction(key('Tab'), origin, null, [], 1)).toEqual({ kind: 'ignore' });
  });
  it('arrows move the selected point; Delete removes it; Escape clears the selection', () => {
    expect(planeKeyAction(key('ArrowDown'), origin, 1, points, 1)).toEqual({ kind: 'movePoint', index: 1, x1: 1, x2: 1 - KEY_STEP });
    expect(planeKeyAction(key('Delete'), origin, 2, points, 1)).toEqual({ kind: 'delete', index: 2 });
    expect(planeKeyAction(key('Delete'), origin, null, points, 1)).toEqual({ kind: 'ignore' });
    expect(planeKeyAction(key('Escape'), origin, 0, points, 1)).toEqual({ kind: 'deselect', leave: false });
  });
  it('ignores other keys and a stale selection', () => {
    expect(planeKeyAction(key('x'), origin, null, points, 1)).toEqual({ kind: 'ignore' });
    expect(planeKeyAction(key('Delete'), origin, 7, points, 1)).toEqual({ kind: 'ignore' });
  });
});
