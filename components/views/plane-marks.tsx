'use client';

import type { ScaleLinear } from 'd3-scale';
import { useMemo } from 'react';
import type { LabeledPoint } from '@/lib/protocol';
import { PointMark, markCache } from './point-mark';

/** A point being dragged on the data plane. */
export interface Drag {
  index: number;
  pointerId: number;
  isOutside: boolean;
  /** The points when the drag began: every other mark is drawn from these, unchanged until the drop. */
  basePoints: readonly LabeledPoint[];
}

type Scale = ScaleLinear<number, number>;

/** The frame of the plane with its ticks, in plane pixels. */
export function PlaneAxes({ sizePx, xScale, yScale }: { sizePx: number; xScale: Scale; yScale: Scale }) {
  const ticks = xScale.ticks(6);
  return (
    <>
      <rect width={sizePx} height={sizePx} fill="none" stroke="#94a3b8" />
      {ticks.map((tick) => (
        <g key={tick} className="fill-slate-500 text-[10px]">
          <text x={xScale(tick)} y={sizePx + 15} textAnchor="middle">
            {tick}
          </text>
          <text x={-6} y={yScale(tick) + 3} textAnchor="end">
            {tick}
          </text>
        </g>
      ))}
    </>
  );
}

/** The marks of the points on the plane, and the dragged one drawn above them. */
export function usePointMarks({
  points,
  drag,
  showTestPoints,
  xScale,
  yScale,
  radiusPx,
  selectedIndex,
  isHighContrast,
}: {
  points: readonly LabeledPoint[];
  drag: Drag | null;
  showTestPoints: boolean;
  xScale: Scale;
  yScale: Scale;
  radiusPx: number;
  selectedIndex: number | null;
  isHighContrast: boolean;
}) {
  // The marks are one memoised list: a new snapshot (every frame while training) reuses it. While a point is
  // dragged, the list keeps the points as they were when the drag began, without the dragged one, which is
  // drawn on its own above them: a pointer move then renders one mark, not 5,000. It moves out of the list at
  // the first move, not at the press: the pressed mark must stay in the page for the touchstart that follows
  // (holdTouchesOnPoints keeps that touch from scrolling).
  const draggedIndex = drag && drag.basePoints.length === points.length && drag.basePoints !== points ? drag.index : null;
  const listPoints = draggedIndex !== null && drag ? drag.basePoints : points;
  const pointElements = useMemo(
    () =>
      listPoints.map((point, index) => {
        if ((point.split === 'test' && !showTestPoints) || index === draggedIndex) return null;
        const isSelected = selectedIndex === index;
        const cached = markCache.get(point);
        if (cached && cached.index === index && cached.isSelected === isSelected && cached.xScale === xScale && cached.yScale === yScale && cached.radiusPx === radiusPx && cached.isHighContrast === isHighContrast) {
          return cached.element;
        }
        const element = (
          <PointMark
            key={index}
            point={point}
            index={index}
            xPx={xScale(point.x1)}
            yPx={yScale(point.x2)}
            radiusPx={radiusPx}
            isSelected={isSelected}
            isFaded={false}
            isHighContrast={isHighContrast}
          />
        );
        markCache.set(point, { index, isSelected, xScale, yScale, radiusPx, isHighContrast, element });
        return element;
      }),
    [listPoints, draggedIndex, showTestPoints, xScale, yScale, radiusPx, selectedIndex, isHighContrast],
  );
  const draggedPoint = draggedIndex === null ? undefined : points[draggedIndex];
  const draggedElement =
    draggedIndex !== null && draggedPoint ? (
      <PointMark
        key="dragged"
        point={draggedPoint}
        index={draggedIndex}
        xPx={xScale(draggedPoint.x1)}
        yPx={yScale(draggedPoint.x2)}
        radiusPx={radiusPx}
        isSelected={selectedIndex === draggedIndex}
        isFaded={drag?.isOutside ?? false}
        isHighContrast={isHighContrast}
        isDragged
      />
    ) : null;

  return { pointElements, draggedElement };
}
