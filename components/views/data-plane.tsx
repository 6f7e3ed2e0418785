'use client';

import { scaleLinear } from 'd3-scale';
import { useEffect, useMemo, useRef, useState, type PointerEvent as ReactPointerEvent } from 'react';
import { DOMAIN_MAX, DOMAIN_MIN, type Label, type LabeledPoint, type TrainingSnapshot } from '@/lib/protocol';
import { useT } from '@/components/i18n';
import { HeatmapCanvas } from './heatmap-canvas';
import { DIVERGING_COLORS, buildColorLut, buildSplitLut } from './colors';
import { planeKeyAction, type PlaneCursor } from './plane-keyboard';
import { PlaneAxes, usePointMarks, type Drag } from './plane-marks';
import { holdTouchesOnPoints, isStillTap, type PendingTap } from './touch-tap';

export interface DataPlaneProps {
  points: readonly LabeledPoint[];
  onPointsChange(points: LabeledPoint[]): void;
  newPointLabel: Label;
  showTestPoints: boolean;
  /** The boundary as two flat colours split at ŷ = 0.5. */
  discretize?: boolean;
  snapshot: TrainingSnapshot | null;
  /** Version of `points`; with the snapshot's pointsVersion it shows when an edit is reflected (benchmark). */
  pointsVersion: number;
  /** The point Delete removes; set by pressing on a point. */
  selectedIndex: number | null;
  onSelect(index: number | null): void;
  /** Points to ring (step-through's examples). */
  highlighted?: readonly number[] | null;
  onDraggingChange?(isDragging: boolean): void;
  sizePx?: number;
  /** Presenter mode: larger points with dark outlines. */
  isHighContrast?: boolean;
}

const MARGIN_PX = { left: 28, bottom: 22, top: 6, right: 6 };
const POINT_RADIUS_PX = 4.5;
const boundaryLut = buildColorLut(DIVERGING_COLORS);
/** "Discretize output": the two classes' flat colours, split at ŷ = 0.5 (the LUT's middle). */
const discreteLut = buildSplitLut(DIVERGING_COLORS[1], DIVERGING_COLORS[3]);

/** The data plane: the network's prediction as a heatmap, the points above it, editable by pointer. */
export function DataPlane({
  points,
  onPointsChange,
  newPointLabel,
  showTestPoints,
  discretize = false,
  snapshot,
  pointsVersion,
  selectedIndex,
  onSelect,
  highlighted = null,
  onDraggingChange,
  sizePx = 360,
  isHighContrast = false,
}: DataPlaneProps) {
  const radiusPx = isHighContrast ? 6 : POINT_RADIUS_PX;
  const t = useT();
  const svgRef = useRef<SVGSVGElement>(null);
  const [drag, setDrag] = useState<Drag | null>(null);
  // A finger down on empty space: a point is added only if it lifts without moving (a tap), not on a swipe.
  const pendingTapRef = useRef<PendingTap | null>(null);
  const [cursor, setCursor] = useState<PlaneCursor>({ x1: 0, x2: 0 });
  const [isKeyboardFocused, setKeyboardFocused] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const xScale = useMemo(() => scaleLinear().domain([DOMAIN_MIN, DOMAIN_MAX]).range([0, sizePx]), [sizePx]);
  const yScale = useMemo(() => scaleLinear().domain([DOMAIN_MIN, DOMAIN_MAX]).range([sizePx, 0]), [sizePx]);

  const outputGrid = snapshot?.layerGrids[snapshot.layerGrids.length - 1] ?? null;
  const counts = useMemo(() => {
    let class1 = 0;
    for (const p of points) class1 += p.label;
    return { class0: points.length - class1, class1 };
  }, [points]);

  /** Pointer position in data coordinates, and whether it lies on the plane. */
  const toData = (event: { clientX: number; clientY: number }) => {
    const box = svgRef.current!.getBoundingClientRect();
    // Client px over drawn px: not 1 under a CSS zoom (presenter mode scales the page with the screen).
    const zoom = box.width / (sizePx + MARGIN_PX.left + MARGIN_PX.right) || 1;
    const xPx = (event.clientX - box.left) / zoom - MARGIN_PX.left;
    const yPx = (event.clientY - box.top) / zoom - MARGIN_PX.top;
    const isInside = xPx >= 0 && yPx >= 0 && xPx <= sizePx && yPx <= sizePx;
    const clamp = (v: number) => Math.min(DOMAIN_MAX, Math.max(DOMAIN_MIN, v));
    return { x1: clamp(xScale.invert(xPx)), x2: clamp(yScale.invert(yPx)), isInside };
  };

  const pointIndexOf = (event: ReactPointerEvent | React.MouseEvent): number | null => {
    const element = (event.target as Element).closest('[data-index]');
    return element ? Number(element.getAttribute('data-index')) : null;
  };

  const removePoint = (index: number) => {
    onSelect(null);
    onPointsChange(points.filter((_, i) => i !== index));
  };

  const describePoint = (p: LabeledPoint) =>
    t('data.pointAt', { label: p.label, x1: p.x1.toFixed(2), x2: p.x2.toFixed(2) });

  /** Keyboard mode (see plane-keyboard.ts); the outcome is announced to screen readers. */
  const handleKeyDown = (event: React.KeyboardEvent<SVGSVGElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const action = planeKeyAction(event, cursor, selectedIndex, points, newPointLabel);
    if (action.kind === 'ignore') return;
    if (action.kind === 'deselect' && action.leave) {
      onSelect(null);
      return; // the Tab goes on to the next control
    }
    event.preventDefault();
    switch (action.kind) {
      case 'moveCursor':
        setCursor(action.cursor);
        setAnnouncement(t('data.cursorAt', { x1: action.cursor.x1.toFixed(2), x2: action.cursor.x2.toFixed(2) }));
        break;
      case 'add':
        onSelect(null);
        onPointsChange([...points, action.point]);
        setAnnouncement(t('data.added', { point: describePoint(action.point) }));
        break;
      case 'select':
        onSelect(action.index);
        setAnnouncement(t('data.selected', { index: action.index + 1, count: points.length, point: describePoint(points[action.index]!) }));
        break;
      case 'movePoint': {
        const moved = points.slice();
        moved[action.index] = { ...points[action.index]!, x1: action.x1, x2: action.x2 };
        onPointsChange(moved);
        setAnnouncement(describePoint(moved[action.index]!));
        break;
      }
      case 'delete':
        removePoint(action.index);
        setAnnouncement(t('data.deleted', { count: points.length - 1 }));
        break;
      case 'deselect':
        onSelect(null);
        setAnnouncement(t('data.deselected'));
        break;
    }
  };

  const handlePointerDown = (event: ReactPointerEvent<SVGSVGElement>) => {
    if (event.button !== 0) return;
    const index = pointIndexOf(event);
    if (index !== null) {
      if (event.altKey) {
        removePoint(index);
        return;
      }
      onSelect(index);
      svgRef.current?.setPointerCapture(event.pointerId);
      setDrag({ index, pointerId: event.pointerId, isOutside: false, basePoints: points });
      onDraggingChange?.(true);
      return;
    }
    if (!toData(event).isInside) return;
    const label: Label = event.shiftKey ? ((1 - newPointLabel) as Label) : newPointLabel;
    if (event.pointerType === 'touch') pendingTapRef.current = { pointerId: event.pointerId, clientX: event.clientX, clientY: event.clientY, label };
    else addPointAt(event, label);
  };

  const addPointAt = (at: { clientX: number; clientY: number }, label: Label) => {
    const { x1, x2, isInside } = toData(at);
    if (!isInside) return;
    onSelect(points.length);
    onPointsChange([...points, { x1, x2, label, split: 'train' }]);
  };

  const handlePointerMove = (event: { pointerId: number; clientX: number; clientY: number; timeStamp: number }) => {
    if (pendingTapRef.current && !isStillTap(pendingTapRef.current, event)) pendingTapRef.current = null;
    if (!drag || event.pointerId !== drag.pointerId) return;
    // The same move can come twice: first as pointerrawupdate, then as the frame's pointermove.
    if (event.timeStamp <= lastMoveAtRef.current) return;
    lastMoveAtRef.current = event.timeStamp;
    const { x1, x2, isInside } = toData(event);
    if (drag.isOutside === isInside) setDrag({ ...drag, isOutside: !isInside });
    const moved = points.slice();
    const point = moved[drag.index];
    if (!point) return;
    moved[drag.index] = { ...point, x1, x2 };
    onPointsChange(moved);
  };

  // Moves also arrive as 'pointerrawupdate' where the browser has it (Chromium, secure pages): at once, not
  // held for the next frame like 'pointermove', so the worker hears of each move up to a frame sooner.
  const lastMoveAtRef = useRef(-Infinity);
  const moveRef = useRef(handlePointerMove);
  useEffect(() => {
    moveRef.current = handlePointerMove;
  });
  useEffect(() => {
    const svg = svgRef.current;
    if (!svg || !('onpointerrawupdate' in svg)) return;
    const onRawUpdate = (event: Event) => moveRef.current(event as PointerEvent);
    svg.addEventListener('pointerrawupdate', onRawUpdate);
    return () => svg.removeEventListener('pointerrawupdate', onRawUpdate);
  }, []);
  useEffect(() => (svgRef.current ? holdTouchesOnPoints(svgRef.current) : undefined), []);

  const endDrag = (event: ReactPointerEvent<SVGSVGElement>) => {
    const tap = pendingTapRef.current;
    pendingTapRef.current = null;
    if (tap && event.type === 'pointerup' && isStillTap(tap, event)) addPointAt(tap, tap.label);
    if (!drag || event.pointerId !== drag.pointerId) return;
    if (drag.isOutside) removePoint(drag.index);
    setDrag(null);
    onDraggingChange?.(false);
  };

  const { pointElements, draggedElement } = usePointMarks({ points, drag, showTestPoints, xScale, yScale, radiusPx, selectedIndex, isHighContrast });

  const width = sizePx + MARGIN_PX.left + MARGIN_PX.right;
  const height = sizePx + MARGIN_PX.top + MARGIN_PX.bottom;

  return (
    <div
      className="relative select-none"
      style={{ width, height }}
      data-points-version={pointsVersion}
      data-drawn-points-version={snapshot?.pointsVersion ?? 0}
      data-step={snapshot?.step ?? 0}
    >
      <HeatmapCanvas
        values={snapshot?.hasDiverged ? null : outputGrid}
        offset={0}
        gridSize={snapshot?.gridSize ?? 1}
        lut={discretize ? discreteLut : boundaryLut}
        range={[0, 1]}
        className="absolute opacity-90"
        style={{ left: MARGIN_PX.left, top: MARGIN_PX.top, width: sizePx, height: sizePx }}
        label={t('output.boundaryLabel')}
      />
      {/* A layer of its own (will-change): the boundary beneath repaints every frame without redrawing the points. */}
      <svg
        ref={svgRef}
        width={width}
        height={height}
        className="absolute inset-0 touch-manipulation will-change-transform"
        data-testid="data-plane"
        data-keyboard-plane
        role="application"
        tabIndex={0}
        aria-label={t('data.planeLabel', counts)}
        aria-describedby="data-plane-keys"
        onKeyDown={handleKeyDown}
        onFocus={(event) => setKeyboardFocused(event.currentTarget.matches(':focus-visible'))}
        onBlur={() => setKeyboardFocused(false)}
        onPointerDown={handlePointerDown}
        onPointerMove={handlePointerMove}
        onPointerUp={endDrag}
        onPointerCancel={endDrag}
        onContextMenu={(event) => {
          event.preventDefault();
          const index = pointIndexOf(event);
          if (index !== null) removePoint(index);
        }}
        style={{ cursor: 'crosshair' }}
      >
        <g transform={`translate(${MARGIN_PX.left},${MARGIN_PX.top})`}>
          <PlaneAxes sizePx={sizePx} xScale={xScale} yScale={yScale} />
          {pointElements}
          {draggedElement}
          {highlighted?.map((index) => {
            const point = points[index];
            return point ? (
              <circle key={`h${index}`} data-testid="stepper-example" data-index={index} cx={xScale(point.x1)} cy={yScale(point.x2)} r={radiusPx + 4} fill="none" stroke="#b45309" strokeWidth={2.5} pointerEvents="none" />
            ) : null;
          })}
          {isKeyboardFocused ? (
            <g data-testid="plane-cursor" transform={`translate(${xScale(cursor.x1)},${yScale(cursor.x2)})`} pointerEvents="none">
              <circle r={9} fill="none" stroke="#0f172a" strokeWidth={2} />
              <path d="M-14,0H-5M5,0H14M0,-14V-5M0,5V14" stroke="#0f172a" strokeWidth={2} />
            </g>
          ) : null}
        </g>
      </svg>
      <p id="data-plane-keys" className="sr-only">{t('data.keyboardHelp')}</p>
      <p className="sr-only" role="status" aria-live="polite" data-testid="plane-announcement">{announcement}</p>
      {snapshot?.hasDiverged ? (
        <div className="pointer-events-none absolute inset-0 flex items-center justify-center">
          <span className="rounded bg-white/90 px-2 py-1 text-sm font-medium text-red-700">
            {t('output.noPrediction')}
          </span>
        </div>
      ) : null}
    </div>
  );
}
