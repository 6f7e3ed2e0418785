import { DOMAIN_MAX, DOMAIN_MIN, type Label, type LabeledPoint } from '@/lib/protocol';

/** The data plane's keyboard mode: a cursor to add points, Tab to walk through them. */
export interface PlaneCursor {
  x1: number;
  x2: number;
}

export type PlaneKeyAction =
  | { kind: 'moveCursor'; cursor: PlaneCursor }
  | { kind: 'add'; point: LabeledPoint }
  | { kind: 'select'; index: number }
  | { kind: 'movePoint'; index: number; x1: number; x2: number }
  | { kind: 'delete'; index: number }
  /** Selection cleared; `leave` lets the key move the focus out of the plane. */
  | { kind: 'deselect'; leave: boolean }
  /** Not a plane key: let the page handle it. */
  | { kind: 'ignore' };

export interface PlaneKeyEvent {
  key: string;
  shiftKey: boolean;
}

/** Distance moved by one arrow press; Shift moves four times as far. */
export const KEY_STEP = 0.25;

const ARROWS: Record<string, [number, number]> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, 1],
  ArrowDown: [0, -1],
};

const clamp = (v: number) => Math.min(DOMAIN_MAX, Math.max(DOMAIN_MIN, v));

function nearestIndex(points: readonly LabeledPoint[], cursor: PlaneCursor): number {
  let best = 0;
  let bestDistance = Infinity;
  points.forEach((p, i) => {
    const d = (p.x1 - cursor.x1) ** 2 + (p.x2 - cursor.x2) ** 2;
    if (d < bestDistance) {
      bestDistance = d;
      best = i;
    }
  });
  return best;
}

/**
 * What a key does in the focused plane. Arrows move the selected point, or the cursor when none is
 * selected; Enter adds a point of the current class at the cursor (Shift+Enter: the other class);
 * Tab selects the point nearest the cursor, then the next one, and after the last one leaves the
 * plane; Escape clears the selection (Shift+Tab then leaves); Delete removes the selected point.
 */
export function planeKeyAction(
  event: PlaneKeyEvent,
  cursor: PlaneCursor,
  selectedIndex: number | null,
  points: readonly LabeledPoint[],
  newPointLabel: Label,
): PlaneKeyAction {
  const selected = selectedIndex !== null && selectedIndex < points.length ? selectedIndex : null;
  const arrow = ARROWS[event.key];
  if (arrow) {
    const step = KEY_STEP * (event.shiftKey ? 4 : 1);
    if (selected !== null) {
      const p = points[selected]!;
      return { kind: 'movePoint', index: selected, x1: clamp(p.x1 + arrow[0] * step), x2: clamp(p.x2 + arrow[1] * step) };
    }
    return { kind: 'moveCursor', cursor: { x1: clamp(cursor.x1 + arrow[0] * step), x2: clamp(cursor.x2 + arrow[1] * step) } };
  }
  switch (event.key) {
    case 'Enter': {
      const label = (event.shiftKey ? 1 - newPointLabel : newPointLabel) as Label;
      return { kind: 'add', point: { x1: cursor.x1, x2: cursor.x2, label, split: 'train' } };
    }
    case 'Tab': {
      if (points.length === 0) return { kind: 'ignore' };
      if (selected === null) return event.shiftKey ? { kind: 'ignore' } : { kind: 'select', index: nearestIndex(points, cursor) };
      const next = selected + (event.shiftKey ? -1 : 1);
      return next < 0 || next >= points.length ? { kind: 'deselect', leave: true } : { kind: 'select', index: next };
    }
    case 'Escape':
      return selected === null ? { kind: 'ignore' } : { kind: 'deselect', leave: false };
    case 'Delete':
    case 'Backspace':
      return selected === null ? { kind: 'ignore' } : { kind: 'delete', index: selected };
    default:
      return { kind: 'ignore' };
  }
}
