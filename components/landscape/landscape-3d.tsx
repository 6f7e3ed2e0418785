'use client';

import { useMemo, useRef, useState } from 'react';
import type { LandscapeSurface } from '@/lib/landscape/compute';
import { costRange, DEFAULT_VIEW_3D, PITCH_LIMITS, project, surfaceAt, surfaceQuads, type View3d } from '@/lib/landscape/projection';
import { useT } from '@/components/i18n';

export interface Landscape3dProps {
  surface: LandscapeSurface;
  point: [number, number] | null;
  trail: readonly [number, number][];
  /** Race lanes' paths, each in its colour. */
  lanes: readonly { color: string; points: readonly [number, number][] }[];
  bandColor(level: number): string;
  sizePx: number;
  label: string;
}

const SCALE = 0.36;
const STEP = 0.12;

/** The cost surface J in 3-D, with the point and its path on it; drag (or the arrow keys) to turn it. */
export function Landscape3d({ surface, point, trail, lanes, bandColor, sizePx, label }: Landscape3dProps) {
  const t = useT();
  const [view, setView] = useState<View3d>(DEFAULT_VIEW_3D);
  const dragRef = useRef<{ x: number; y: number; view: View3d } | null>(null);
  const quads = useMemo(() => surfaceQuads(surface.costs, surface.resolution, view), [surface, view]);
  const range = useMemo(() => costRange(surface.costs), [surface]);
  const { x0, x1, y0, y1 } = surface.range;
  const toScreen = (x: number, y: number): [number, number] | null => {
    const J = surfaceAt(surface.costs, surface.resolution, surface.range, x, y);
    if (!range || !Number.isFinite(J)) return null;
    const p = project(-1 + (2 * (x - x0)) / (x1 - x0), -1 + (2 * (y - y0)) / (y1 - y0), (J - range[0]) / (range[1] - range[0]), view);
    return [sizePx / 2 + p.x * SCALE * sizePx, sizePx / 2 + p.y * SCALE * sizePx];
  };
  const path = (points: readonly [number, number][]) =>
    points
      .map(([x, y]) => toScreen(x, y))
      .filter((p): p is [number, number] => p !== null)
      .map((p) => p.map((v) => v.toFixed(1)).join(','))
      .join(' ');
  const turn = (dYaw: number, dPitch: number, from = view) =>
    setView({ yaw: from.yaw + dYaw, pitch: Math.min(PITCH_LIMITS[1], Math.max(PITCH_LIMITS[0], from.pitch + dPitch)) });
  const dot = point ? toScreen(point[0], point[1]) : null;
  const px = (v: number) => (sizePx / 2 + v * SCALE * sizePx).toFixed(1);

  return (
    <svg
      width={sizePx}
      height={sizePx}
      className="touch-none select-none rounded border border-slate-300 bg-white focus:outline focus:outline-2 focus:outline-sky-600"
      role="img"
      aria-label={`${label} ${t('landscape.turnHint')}`}
      tabIndex={0}
      data-testid="landscape-3d"
      data-yaw={view.yaw.toFixed(2)}
      style={{ cursor: dragRef.current ? 'grabbing' : 'grab' }}
      onPointerDown={(e) => {
        e.currentTarget.setPointerCapture(e.pointerId);
        dragRef.current = { x: e.clientX, y: e.clientY, view };
      }}
      onPointerMove={(e) => {
        const start = dragRef.current;
        if (start) turn((e.clientX - start.x) / 120, (e.clientY - start.y) / 160, start.view);
      }}
      onPointerUp={() => (dragRef.current = null)}
      onPointerCancel={() => (dragRef.current = null)}
      onKeyDown={(e) => {
        const moves: Record<string, [number, number]> = { ArrowLeft: [-STEP, 0], ArrowRight: [STEP, 0], ArrowUp: [0, -STEP], ArrowDown: [0, STEP] };
        const move = moves[e.key];
        if (!move) return;
        e.preventDefault();
        turn(move[0], move[1]);
      }}
    >
      {quads.map((q, i) => (
        <polygon key={i} points={`${px(q.corners[0]!)},${px(q.corners[1]!)} ${px(q.corners[2]!)},${px(q.corners[3]!)} ${px(q.corners[4]!)},${px(q.corners[5]!)} ${px(q.corners[6]!)},${px(q.corners[7]!)}`} fill={bandColor(q.level)} stroke="#ffffff" strokeOpacity={0.35} strokeWidth={0.5} />
      ))}
      {lanes.map((lane, i) => (
        <polyline key={i} points={path(lane.points)} fill="none" stroke={lane.color} strokeWidth={2} />
      ))}
      {trail.length > 1 ? <polyline points={path(trail)} fill="none" stroke="#f59e0b" strokeWidth={2.5} /> : null}
      {dot ? <circle cx={dot[0]} cy={dot[1]} r={6} fill="#f59e0b" stroke="#0f172a" strokeWidth={2} data-testid="landscape-3d-point" /> : null}
    </svg>
  );
}
