'use client';

import { memo, type ReactElement } from 'react';
import type { LabeledPoint } from '@/lib/protocol';
import { CLASS_COLORS, POINT_OUTLINE, TEST_POINT_STROKES } from './colors';

export interface PointMarkProps {
  point: LabeledPoint;
  index: number;
  xPx: number;
  yPx: number;
  radiusPx: number;
  isSelected: boolean;
  /** Being dragged off the plane: it will be deleted on release. */
  isFaded: boolean;
  isHighContrast: boolean;
  /** The point under the pointer in a drag: it shows the grabbing cursor. */
  isDragged?: boolean;
}

/** One point: class 1 a square and class 0 a circle, so the classes never rely on colour alone. */
export const PointMark = memo(function PointMark({ point, index, xPx, yPx, radiusPx, isSelected, isFaded, isHighContrast, isDragged = false }: PointMarkProps) {
  const isTest = point.split === 'test';
  const color = CLASS_COLORS[point.label];
  const common = {
    'data-testid': 'point',
    'data-index': index,
    'data-label': point.label,
    'data-split': point.split,
    'data-selected': isSelected || undefined,
    fill: isTest ? '#ffffff' : color,
    stroke: isSelected ? POINT_OUTLINE : isTest ? TEST_POINT_STROKES[point.label] : POINT_OUTLINE,
    strokeWidth: isSelected ? 2.5 : isTest ? 2 : isHighContrast ? 1.25 : 1,
    opacity: isFaded ? 0.3 : 1,
    style: isDragged ? DRAGGED_POINT_STYLE : POINT_STYLE,
  };
  return point.label === 1 ? (
    <rect {...common} x={xPx - radiusPx} y={yPx - radiusPx} width={radiusPx * 2} height={radiusPx * 2} />
  ) : (
    <circle {...common} cx={xPx} cy={yPx} r={radiusPx + 0.5} />
  );
});

// A touch that starts on a point drags it (touch-action: none, and holdTouchesOnPoints for Chromium); elsewhere
// on the plane a swipe scrolls the page.
const POINT_STYLE = { cursor: 'grab', touchAction: 'none' } as const;
// Only the dragged mark shows 'grabbing': changing the cursor of the whole plane (an inherited property)
// restyled every mark, 60–130 ms with 5,000 points at each press and release.
const DRAGGED_POINT_STYLE = { cursor: 'grabbing', touchAction: 'none' } as const;

/**
 * Each point's mark element, kept while the point object and how it is drawn stay the same: when the list
 * is rebuilt (a drag starts or ends, a point is added), unchanged points reuse their element and React
 * passes over them at once; building 5,000 elements and comparing their props takes longer than a frame.
 */
export interface CachedMark {
  index: number;
  isSelected: boolean;
  xScale: unknown;
  yScale: unknown;
  radiusPx: number;
  isHighContrast: boolean;
  element: ReactElement;
}
export const markCache = new WeakMap<LabeledPoint, CachedMark>();
