'use client';

import dynamic from 'next/dynamic';
import { VIEW_LESSONS } from '@/lib/lessons/view-lessons';
import { useEffect, useMemo, useRef, useState } from 'react';
import { interpolateRgb } from 'd3-interpolate';
import type { TrainingSnapshot } from '@/lib/protocol';
import { contourBands, fromPx, toPx } from '@/lib/landscape/contours';
import { descentOnPlane } from '@/lib/landscape/surface';
import { formatEntry } from '@/lib/stepper/abbreviate';
import { useT } from '@/components/i18n';
import { InspectorFrame } from '@/components/inspectors/inspector-frame';
import type { InspectorState } from '@/components/inspectors/use-inspector-state';
import { flatIndexOf } from '@/lib/landscape/surface';
import type { TrainerControls } from '@/components/playground/use-trainer';
import { axesChoices, axisLabel, axisName, type AxesChoice } from './landscape-axes';
import { useLandscape } from './use-landscape';
import { RACE_COLORS, useKeptRunsView, useRaceView } from '@/components/compare/use-race';
import { runColor } from '@/components/compare/run-label';

export interface LandscapePanelProps {
  api: Pick<TrainerControls, 'landscape' | 'replaceParams'> | null;
  snapshot: TrainingSnapshot | null;
  hiddenLayers: number;
  inputs: number;
  m: number;
  dataKey: string;
  /** Two parameters picked by clicking connections or biases in the diagram (inspector state). */
  picking?: Pick<InspectorState, 'pickedAxes' | 'isPickingAxes' | 'startPickingAxes' | 'stopPickingAxes'>;
  onClose(): void;
}

// Loaded only when the learner turns to 3-D.
const Landscape3d = dynamic(() => import('./landscape-3d').then((m) => m.Landscape3d));

const SIZE_PX = 300;
const MARGIN = { left: 62, bottom: 30, top: 6, right: 8 };
const ARROW_PX = 36;
const bandColor = interpolateRgb('#f0f7ff', '#1e3a8a');

/** J over two parameters (or two random directions) as filled contours, with the current point, −∇J and the optimizer's trail; the point can be dragged. */
export function LandscapePanel({ api, snapshot, hiddenLayers, inputs, m, dataKey, picking, onClose }: LandscapePanelProps) {
  const t = useT();
  const choices = axesChoices(hiddenLayers, inputs);
  const [picked, setChoice] = useState<AxesChoice>(choices[0]!);
  const choice = choices.includes(picked) ? picked : choices[0]!;
  const race = useRaceView();
  const keptRuns = useKeptRunsView();
  // Picked parameters that no longer exist (the network changed) do not count.
  // Keyed by the network's shape, not the snapshot: new axes would ask the worker for a new surface.
  const params = snapshot?.params;
  const shapeKey = params?.map((p) => `${p.rows}x${p.cols}`).join(',') ?? '';
  const paramsRef = useRef(params);
  paramsRef.current = params;
  const pickedAxes = useMemo(
    () => (picking?.pickedAxes ?? []).filter((a) => paramsRef.current && flatIndexOf(paramsRef.current, a) !== null),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [picking?.pickedAxes, shapeKey],
  );
  const isWaitingForPicks = choice === 'picked' && pickedAxes.length < 2;
  // Picks that no longer fit the network are picked again; closing the panel ends picking (clicks edit weights again).
  const isPicking = picking?.isPickingAxes ?? false;
  const pickingRef = useRef(picking);
  pickingRef.current = picking;
  useEffect(() => {
    if (isWaitingForPicks && !isPicking) pickingRef.current?.startPickingAxes();
  }, [isWaitingForPicks, isPicking]);
  useEffect(() => () => pickingRef.current?.stopPickingAxes(), []);
  const { axes, plane, point, trail, laneTrails, keptTrails, range, surface, gradientFlat, moveTo } = useLandscape({ api, snapshot, choice, pickedAxes, m, dataKey, race: race?.result, keptRuns });
  const shownEpochs = race?.shownEpochs ?? 0;
  const bands = useMemo(() => (surface ? contourBands(surface.costs, surface.resolution, surface.range, SIZE_PX) : []), [surface]);
  const svgRef = useRef<SVGSVGElement>(null);
  const [isDragging, setDragging] = useState(false);
  const [is3d, set3d] = useState(false);
  const names = [axisName(axes[0]), axisName(axes[1])];
  const labels = [axisLabel(axes[0], hiddenLayers === 0, t('landscape.direction')), axisLabel(axes[1], hiddenLayers === 0, t('landscape.direction'))];
  const px = (x: number, y: number): [number, number] => (range ? toPx(range, SIZE_PX, x, y) : [0, 0]);
  const pointPx = point && range ? px(point[0], point[1]) : null;
  const descent = gradientFlat && plane ? descentOnPlane(gradientFlat, plane) : null;
  const descentLength = descent ? Math.hypot(descent[0], descent[1]) : 0;
  const dataAt = (event: React.PointerEvent) => {
    const box = svgRef.current!.getBoundingClientRect();
    return range ? fromPx(range, SIZE_PX, event.clientX - box.left - MARGIN.left, event.clientY - box.top - MARGIN.top) : null;
  };
  const ticks = (lo: number, hi: number) => [lo, (lo + hi) / 2, hi];
  return (
    <InspectorFrame title={t('landscape.title')} testId="landscape-panel" lesson={VIEW_LESSONS.landscape} onClose={onClose}>
      <div className="flex flex-col gap-2" data-testid="landscape" data-param-x={names[0]} data-param-y={names[1]}>
        <label className="flex items-center gap-2 text-xs text-slate-600">
          {t('landscape.axes')}
          <select
            className="field py-0.5 text-xs"
            data-testid="landscape-axes"
            value={choice}
            onChange={(e) => {
              const next = e.target.value as AxesChoice;
              setChoice(next);
              if (next === 'picked') picking?.startPickingAxes();
              else picking?.stopPickingAxes();
            }}
          >
            {choices.map((c) => (
              <option key={c} value={c}>{t(`landscape.axes.${c}`)}</option>
            ))}
          </select>
          <button type="button" className="ml-auto rounded border border-slate-300 bg-white px-1.5 py-0.5" aria-pressed={is3d} data-testid="landscape-3d-toggle" onClick={() => set3d(!is3d)}>
            {is3d ? t('landscape.map') : t('landscape.view3d')}
          </button>
          {choice === 'picked' && !isWaitingForPicks ? (
            <button type="button" className="rounded border border-slate-300 bg-white px-1.5 py-0.5" data-testid="landscape-pick-again" onClick={picking?.startPickingAxes}>
              {t('landscape.pickAgain')}
            </button>
          ) : null}
        </label>
        {isWaitingForPicks ? (
          <p className="rounded border border-dashed border-sky-400 bg-sky-50 p-2 text-xs text-slate-700" data-testid="landscape-pick-hint" role="status">
            {pickedAxes.length === 0 ? t('landscape.pickFirst') : t('landscape.pickSecond', { x: axisLabel(pickedAxes[0]!, hiddenLayers === 0, '') })}
          </p>
        ) : null}
        {is3d && surface && !isWaitingForPicks ? (
          <Landscape3d
            surface={surface}
            point={point}
            trail={trail}
            lanes={[
              ...keptTrails.map((kept) => ({ color: runColor(kept), points: kept.points })),
              ...laneTrails.map((lane) => ({ color: RACE_COLORS[lane.optimizer], points: lane.points.filter((_, i) => lane.epochs[i]! <= shownEpochs) })),
            ]}
            bandColor={bandColor}
            sizePx={SIZE_PX + MARGIN.left}
            label={t('landscape.label', { x: labels[0]!, y: labels[1]! })}
          />
        ) : null}
        <svg
          style={isWaitingForPicks || is3d ? { display: 'none' } : undefined}
          ref={svgRef}
          width={SIZE_PX + MARGIN.left + MARGIN.right}
          height={SIZE_PX + MARGIN.top + MARGIN.bottom}
          className="touch-none select-none"
          role="img"
          aria-label={t('landscape.label', { x: labels[0]!, y: labels[1]! })}
          onPointerMove={(e) => {
            if (!isDragging) return;
            const at = dataAt(e);
            if (at) moveTo(at[0], at[1]);
          }}
          onPointerUp={() => setDragging(false)}
          onPointerCancel={() => setDragging(false)}
        >
          <defs>
            <clipPath id="landscape-clip"><rect width={SIZE_PX} height={SIZE_PX} /></clipPath>
            <marker id="landscape-arrow" viewBox="0 0 10 10" refX="8" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse"><path d="M0,0L10,5L0,10z" fill="#b91c1c" /></marker>
          </defs>
          <g transform={`translate(${MARGIN.left},${MARGIN.top})`}>
            <rect width={SIZE_PX} height={SIZE_PX} fill={bandColor(0)} />
            <g clipPath="url(#landscape-clip)">
              {bands.map((band) => <path key={band.value} d={band.d} fill={bandColor(band.level)} data-testid="landscape-band" />)}
              {keptTrails.map((kept) => (
                <polyline key={`run${kept.id}`} points={kept.points.map(([x, y]) => px(x, y).join(',')).join(' ')} fill="none" stroke={runColor(kept)} strokeWidth={1.5} strokeDasharray="5 3" data-testid="landscape-trail" data-run={kept.id} data-count={kept.points.length} />
              ))}
              {laneTrails.map((lane) => {
                const shown = lane.points.filter((_, i) => lane.epochs[i]! <= shownEpochs);
                return (
                  <polyline
                    key={lane.optimizer}
                    points={shown.map(([x, y]) => px(x, y).join(',')).join(' ')}
                    fill="none"
                    stroke={RACE_COLORS[lane.optimizer]}
                    strokeWidth={2}
                    strokeLinejoin="round"
                    data-testid="landscape-trail"
                    data-optimizer={lane.optimizer}
                    data-count={shown.length}
                  />
                );
              })}
              {trail.length > 1 ? (
                <polyline points={trail.map(([x, y]) => px(x, y).join(',')).join(' ')} fill="none" stroke="#f59e0b" strokeWidth={2} data-testid="landscape-trail" data-count={trail.length} />
              ) : null}
            </g>
            <rect width={SIZE_PX} height={SIZE_PX} fill="none" stroke="#64748b" />
            {range
              ? ticks(range.x0, range.x1).map((x, i) => <text key={`x${i}`} x={px(x, range.y0)[0]} y={SIZE_PX + 14} textAnchor={i === 0 ? 'start' : i === 2 ? 'end' : 'middle'} className="fill-slate-600 text-[10px]">{formatEntry(x)}</text>)
              : null}
            {range
              ? ticks(range.y0, range.y1).map((y, i) => <text key={`y${i}`} x={-4} y={px(range.x0, y)[1]} dy={i === 0 ? 0 : i === 2 ? 8 : 3} textAnchor="end" className="fill-slate-600 text-[10px]">{formatEntry(y)}</text>)
              : null}
            <text x={SIZE_PX / 2} y={SIZE_PX + 26} textAnchor="middle" className="fill-slate-700 text-[11px]">{labels[0]}</text>
            <text transform={`translate(${-52},${SIZE_PX / 2}) rotate(-90)`} textAnchor="middle" className="fill-slate-700 text-[11px]">{labels[1]}</text>
            {pointPx && descent && descentLength > 0 ? (
              <line x1={pointPx[0]} y1={pointPx[1]} x2={pointPx[0] + (descent[0] / descentLength) * ARROW_PX} y2={pointPx[1] - (descent[1] / descentLength) * ARROW_PX} stroke="#b91c1c" strokeWidth={2} markerEnd="url(#landscape-arrow)" data-testid="landscape-descent" />
            ) : null}
            {pointPx && point ? (
              <circle
                cx={pointPx[0]}
                cy={pointPx[1]}
                r={7}
                fill="#f59e0b"
                stroke="#0f172a"
                strokeWidth={2}
                style={{ cursor: isDragging ? 'grabbing' : 'grab' }}
                data-testid="landscape-point"
                data-x={point[0]}
                data-y={point[1]}
                onPointerDown={(e) => {
                  e.currentTarget.ownerSVGElement?.setPointerCapture(e.pointerId);
                  setDragging(true);
                }}
              />
            ) : null}
          </g>
        </svg>
        {laneTrails.length && !isWaitingForPicks ? (
          <p className="flex flex-wrap gap-x-3 text-[11px] text-slate-700" data-testid="landscape-race-legend">
            {laneTrails.map((lane) => (
              <span key={lane.optimizer} className="flex items-center gap-1">
                <span className="inline-block h-0.5 w-4" style={{ background: RACE_COLORS[lane.optimizer] }} aria-hidden />
                {t(`optimizer.${lane.optimizer}`)}
              </span>
            ))}
          </p>
        ) : null}
        <p className="text-xs text-slate-700">
          <span className="font-serif italic">J</span> = <output data-testid="landscape-J" className="font-mono">{snapshot ? formatEntry(snapshot.trainCost) : '—'}</output>
          <span className="ml-2 text-slate-500">{t('landscape.hint')}</span>
        </p>
      </div>
    </InspectorFrame>
  );
}
