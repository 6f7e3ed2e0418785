'use client';

import { useMemo, useState } from 'react';
import { VIEW_LESSONS } from '@/lib/lessons/view-lessons';
import type { Activation, Feature, LabeledPoint, LayerParams } from '@/lib/protocol';
import { OUTPUT_ACTIVATION } from '@/lib/model/network';
import { decisionLineIn, extentOf, lineInBox, positionOf, type LayerSpace, type SpaceExtent } from '@/lib/layer-space/layer-space';
import { formatEntry } from '@/lib/stepper/abbreviate';
import { useT } from '@/components/i18n';
import { InspectorFrame } from '@/components/inspectors/inspector-frame';
import { CLASS_COLORS, POINT_OUTLINE } from '@/components/views/colors';
import { useLayerSpaceData, useLayerTour } from './use-layer-space';

export interface LayerSpacePanelProps {
  /** The current parameters (null while none match the network). */
  params: readonly LayerParams[] | null;
  /** The hidden layers' activations (the output's is sigmoid). */
  hiddenActivations: readonly Activation[];
  features: readonly Feature[];
  points: readonly LabeledPoint[];
  onClose(): void;
}

const SIZE_PX = 300;
const MARGIN = { left: 30, bottom: 28, top: 6, right: 8 };
const smooth = (s: number) => s * s * (3 - 2 * s);

/** Screen positions of every input in layer l's space at units `units`, with that space's box. */
function screenOf(space: LayerSpace, l: number, units: readonly [number, number]): { xs: Float32Array; ys: Float32Array; box: SpaceExtent } {
  const box = extentOf(space, l, units);
  const N = space.activations[0]!.length / 2;
  const xs = new Float32Array(N);
  const ys = new Float32Array(N);
  for (let j = 0; j < N; j++) {
    const [x, y] = positionOf(space, l, units, j);
    xs[j] = ((x - box.x0) / (box.x1 - box.x0)) * SIZE_PX;
    ys[j] = SIZE_PX - ((y - box.y0) / (box.y1 - box.y0)) * SIZE_PX;
  }
  return { xs, ys, box };
}

/**
 * The data as each layer sees it: the training points and the plane's grid lines carried through the
 * network and read off at two units of the chosen layer, with the output's decision line where it is a
 * line; "Through the layers" moves them from the plane to the output, one layer at a time.
 */
export function LayerSpacePanel({ params, hiddenActivations, features, points, onClose }: LayerSpacePanelProps) {
  const t = useT();
  const activations = useMemo(() => [...hiddenActivations, OUTPUT_ACTIVATION], [hiddenActivations]);
  const L = activations.length;
  const sizes = [2, ...(params?.map((p) => p.rows) ?? [])];
  const [picked, setPicked] = useState(Math.min(1, L));
  const layer = Math.min(picked, L);
  // Units picked per layer, for this shape of network only (a layer that shrank to two units shows a₁, a₂ again).
  const shape = sizes.join('-');
  const [picks, setPicks] = useState<{ shape: string; units: Record<number, [number, number]> }>({ shape, units: {} });
  const unitPicks = picks.shape === shape ? picks.units : {};
  const setUnitPicks = (update: (units: Record<number, [number, number]>) => Record<number, [number, number]>) => setPicks({ shape, units: update(unitPicks) });
  const unitsOf = (l: number): [number, number] => {
    const n = sizes[l] ?? 1;
    const [u, v] = unitPicks[l] ?? [0, 1];
    return [Math.min(u, n - 1), Math.min(v, n - 1)];
  };
  const data = useLayerSpaceData(params, activations, features, points);
  const tour = useLayerTour(L);
  const from = tour.position === null ? layer : Math.floor(tour.position);
  const to = tour.position === null ? layer : Math.min(L, Math.ceil(tour.position));
  const s = tour.position === null ? 0 : smooth(tour.position - from);

  const view = data ? (() => {
    const a = screenOf(data.space, from, unitsOf(from));
    const b = to === from ? a : screenOf(data.space, to, unitsOf(to));
    const xs = a.xs.map((x, j) => x + (b.xs[j]! - x) * s);
    const ys = a.ys.map((y, j) => y + (b.ys[j]! - y) * s);
    return { xs, ys, box: s === 0 ? a.box : s === 1 ? b.box : null, shownLayer: s === 1 ? to : from };
  })() : null;
  const shownLayer = view?.shownLayer ?? layer;
  const lineCoeffs = view?.box && params && (s === 0 || s === 1) ? decisionLineIn(params, features, shownLayer) : null;
  const line = lineCoeffs && view?.box ? lineInBox(lineCoeffs, view.box) : null;
  const toPx = ([x, y]: [number, number], box: SpaceExtent) => [((x - box.x0) / (box.x1 - box.x0)) * SIZE_PX, SIZE_PX - ((y - box.y0) / (box.y1 - box.y0)) * SIZE_PX];

  const layerName = (l: number) => (l === 0 ? t('layerSpace.input') : l === L ? t('layerSpace.output') : t('layerSpace.layer', { layer: l }));
  const axisNames = (l: number): [string, string] => {
    if (l === 0) return ['x₁', 'x₂'];
    if ((sizes[l] ?? 1) === 1) return [l === L ? 'ŷ = a[L]' : `a[${l}]₁`, t('layerSpace.spread')];
    const [u, v] = unitsOf(l);
    return [`a[${l}]${u + 1}`, `a[${l}]${v + 1}`];
  };
  const names = axisNames(shownLayer);
  const { space } = data ?? {};
  const polylines: string[] = [];
  if (space && view) {
    for (let li = 0; li < 2 * space.lines; li++) {
      const first = space.pointCount + li * space.samplesPerLine;
      let d = '';
      for (let k = 0; k < space.samplesPerLine; k++) {
        const x = view.xs[first + k]!;
        const y = view.ys[first + k]!;
        if (Number.isFinite(x) && Number.isFinite(y)) d += `${x.toFixed(1)},${y.toFixed(1)} `;
      }
      polylines.push(d);
    }
  }
  const canPickUnits = (sizes[layer] ?? 1) > 2;

  return (
    <InspectorFrame title={t('layerSpace.title')} testId="layer-space-panel" lesson={VIEW_LESSONS.layerspace} onClose={onClose}>
      <div className="flex flex-col gap-2" data-testid="layer-space" data-layer={from === to ? from : `${from}-${to}`} data-units={unitsOf(shownLayer).map((u) => u + 1).join(',')}>
        <div className="flex flex-wrap items-center gap-1 text-xs" role="group" aria-label={t('layerSpace.layers')}>
          {Array.from({ length: L + 1 }, (_, l) => (
            <button key={l} type="button" className={`rounded border px-1.5 py-0.5 ${l === layer && tour.position === null ? 'border-slate-800 bg-slate-800 text-white' : 'border-slate-300 bg-white'}`} aria-pressed={l === layer} data-testid="layer-space-layer" data-layer={l} onClick={() => { tour.stop(); setPicked(l); }}>
              {layerName(l)}
            </button>
          ))}
          <button type="button" className="ml-auto rounded border border-slate-300 bg-white px-1.5 py-0.5" data-testid="layer-space-play" disabled={!data || tour.isPlaying} onClick={tour.play}>
            {t('layerSpace.play')}
          </button>
        </div>
        {canPickUnits ? (
          <label className="flex items-center gap-1 text-xs text-slate-600">
            {t('layerSpace.units')}
            {[0, 1].map((axis) => (
              <select key={axis} className="field py-0.5 text-xs" disabled={tour.position !== null} data-testid={`layer-space-unit-${axis === 0 ? 'x' : 'y'}`} value={unitsOf(layer)[axis]} onChange={(e) => {
                const next = [...unitsOf(layer)] as [number, number];
                next[axis] = Number(e.target.value);
                setUnitPicks((p) => ({ ...p, [layer]: next }));
              }}>
                {Array.from({ length: sizes[layer]! }, (_, u) => <option key={u} value={u}>{`a[${layer}]${u + 1}`}</option>)}
              </select>
            ))}
          </label>
        ) : null}
        <svg width={SIZE_PX + MARGIN.left + MARGIN.right} height={SIZE_PX + MARGIN.top + MARGIN.bottom} role="img" aria-label={t('layerSpace.label', { layer: layerName(shownLayer), x: names[0], y: names[1] })}>
          <defs><clipPath id="layer-space-clip"><rect width={SIZE_PX} height={SIZE_PX} /></clipPath></defs>
          <g transform={`translate(${MARGIN.left},${MARGIN.top})`}>
            <rect width={SIZE_PX} height={SIZE_PX} fill="#fff" stroke="#64748b" />
            <g clipPath="url(#layer-space-clip)">
              {polylines.map((d, i) => <polyline key={i} points={d} fill="none" stroke={i < (space?.lines ?? 0) ? '#94a3b8' : '#cbd5e1'} strokeWidth={1} data-testid="layer-space-gridline" />)}
              {line && view?.box ? (() => {
                const [p, q] = [toPx(line[0], view.box), toPx(line[1], view.box)];
                return <line x1={p[0]} y1={p[1]} x2={q[0]} y2={q[1]} stroke="#0f172a" strokeWidth={2} strokeDasharray="6 3" data-testid="layer-space-boundary" />;
              })() : null}
              {view && space && data
                ? Array.from({ length: space.pointCount }, (_, j) => (
                    <circle key={j} cx={view.xs[j]!.toFixed(1)} cy={view.ys[j]!.toFixed(1)} r={3} fill={CLASS_COLORS[data.labels[j] as 0 | 1]} stroke={POINT_OUTLINE} strokeWidth={0.5} data-testid={j === 0 ? 'layer-space-point' : undefined} />
                  ))
                : null}
            </g>
            {view?.box ? (
              <>
                <text x={0} y={SIZE_PX + 12} className="fill-slate-600 text-[10px]">{formatEntry(view.box.x0)}</text>
                <text x={SIZE_PX} y={SIZE_PX + 12} textAnchor="end" className="fill-slate-600 text-[10px]">{formatEntry(view.box.x1)}</text>
                <text x={-3} y={SIZE_PX} textAnchor="end" className="fill-slate-600 text-[10px]">{formatEntry(view.box.y0)}</text>
                <text x={-3} y={8} textAnchor="end" className="fill-slate-600 text-[10px]">{formatEntry(view.box.y1)}</text>
              </>
            ) : null}
            <text x={SIZE_PX / 2} y={SIZE_PX + 22} textAnchor="middle" className="fill-slate-700 text-[11px]">{names[0]}</text>
            <text transform={`translate(-20,${SIZE_PX / 2}) rotate(-90)`} textAnchor="middle" className="fill-slate-700 text-[11px]">{names[1]}</text>
          </g>
        </svg>
        <p className="text-xs text-slate-600" data-testid="layer-space-caption">
          {tour.position !== null && from !== to ? t('layerSpace.moving', { from: layerName(from), to: layerName(to) }) : line ? t('layerSpace.hintLine') : t('layerSpace.hint')}
          {data && data.space.pointCount < data.trainCount ? ` ${t('layerSpace.sampled', { count: data.space.pointCount })}` : ''}
        </p>
      </div>
    </InspectorFrame>
  );
}
