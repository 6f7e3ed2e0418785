'use client';

import { useState, type ReactNode } from 'react';
import { scaleLinear } from 'd3-scale';
import type { CostPoint } from '@/lib/protocol';
import { useT } from '@/components/i18n';
import { paletteVar } from './colors';
import { epochAxis, labelWidthPx, tickAnchor, type EpochAxisKind } from './cost-axis';
import { costPath, maxFiniteCost } from './cost-path';

const MARGIN_PX = { left: 36, right: 8, top: 8, bottom: 20 };
const TICK_FONT_PX = 10;
const TRAIN_COLOR = paletteVar('train');
const TEST_COLOR = paletteVar('test');

/**
 * Training and test cost J over the whole run (its history keeps the shape of the curve at any length),
 * against the epoch on a linear or a logarithmic axis, which the learner toggles.
 */
/** A kept run drawn behind the current one, or a lane of the optimizers' race: its training cost in its own colour. */
export interface CostGhost {
  id: number;
  color: string;
  history: readonly CostPoint[];
  /** A race lane is drawn solid and named by its optimizer (data-optimizer). */
  raceOptimizer?: string;
}

export interface CostChartProps {
  history: readonly CostPoint[];
  widthPx?: number;
  heightPx?: number;
  ghosts?: readonly CostGhost[];
  caption?: ReactNode;
  /** The epoch axis reaches at least this far (a race being drawn out keeps its final axis). */
  minLastEpoch?: number;
}

export function CostChart({ history, widthPx = 380, heightPx = 130, ghosts = [], caption, minLastEpoch = 0 }: CostChartProps) {
  const t = useT();
  const [axisKind, setAxisKind] = useState<EpochAxisKind>('linear');
  const innerWidth = widthPx - MARGIN_PX.left - MARGIN_PX.right;
  const innerHeight = heightPx - MARGIN_PX.top - MARGIN_PX.bottom;
  const last = history[history.length - 1];
  const lastEpoch = Math.max(last?.epoch ?? 0, minLastEpoch, ...ghosts.map((g) => g.history[g.history.length - 1]?.epoch ?? 0));
  const x = epochAxis(axisKind, history[0]?.epoch ?? 0, lastEpoch, innerWidth);
  // nice(4) with ticks(4): the top tick is the top of the axis, so the labels read how high J has been.
  const yScale = scaleLinear().domain([0, Math.max(maxFiniteCost(history, 0.1), ...ghosts.map((g) => maxFiniteCost(g.history, 0.1)))]).nice(4).range([innerHeight, 0]);
  const hasTest = history.some((p) => Number.isFinite(p.testCost));
  const fmt = (v: number | undefined) => (v === undefined || !Number.isFinite(v) ? t('output.noValue') : v.toFixed(3));
  const isLog = axisKind === 'log';

  return (
    <figure className="flex flex-col gap-1" data-testid="cost-chart" data-points={history.length} data-x-axis={axisKind}>
      <figcaption className="flex flex-wrap items-center justify-between gap-x-2 gap-y-1 text-xs" style={{ color: paletteVar('text') }}>
        <span>{t('output.costChart')}</span>
        <span className="flex flex-wrap items-center justify-end gap-x-3 gap-y-1">
          <span className="flex items-center gap-1" data-testid="cost-legend-train"><span className="inline-block h-0.5 w-4" style={{ background: TRAIN_COLOR }} />{t('output.legendTrain')}</span>
          {hasTest ? <span className="flex items-center gap-1" data-testid="cost-legend-test"><span className="inline-block h-0.5 w-4 border-t-2 border-dashed" style={{ borderColor: TEST_COLOR }} />{t('output.legendTest')}</span> : null}
          {caption}
          <button
            type="button"
            className={`rounded border px-1 leading-4 ${isLog ? 'border-slate-500 bg-slate-100 font-semibold' : 'border-slate-300'}`}
            aria-pressed={isLog}
            title={t('output.costLogXTitle')}
            data-testid="cost-log-x"
            onClick={() => setAxisKind(isLog ? 'linear' : 'log')}
          >
            {t('output.costLogX')}
          </button>
        </span>
      </figcaption>
      <svg width={widthPx} height={heightPx} role="img" aria-label={t('output.costChartLabel', { train: fmt(last?.trainCost), test: fmt(last?.testCost), epoch: last?.epoch ?? 0 })}>
        <g transform={`translate(${MARGIN_PX.left},${MARGIN_PX.top})`}>
          <g data-testid="cost-axis">
            {yScale.ticks(4).map((tick) => (
              <g key={tick}>
                <line x1={0} x2={innerWidth} y1={yScale(tick)} y2={yScale(tick)} stroke={paletteVar('grid')} />
                <text x={-4} y={yScale(tick) + 3} textAnchor="end" fontSize={TICK_FONT_PX} style={{ fill: paletteVar('tick') }}>{tick}</text>
              </g>
            ))}
          </g>
          <g data-testid="cost-x-axis">
            {x.ticks.map((tick) => {
              const label = x.label(tick);
              const xPx = x.xPx(tick);
              const anchor = tickAnchor(xPx, labelWidthPx(label, TICK_FONT_PX), innerWidth, MARGIN_PX.left, MARGIN_PX.right);
              return (
                <text key={tick} x={xPx} y={innerHeight + 14} textAnchor={anchor} fontSize={TICK_FONT_PX} style={{ fill: paletteVar('tick') }}>{label}</text>
              );
            })}
          </g>
          {ghosts.map((ghost) => (
            <path
              key={ghost.id}
              data-testid={ghost.raceOptimizer ? 'race-curve' : 'cost-ghost'}
              data-run={ghost.id}
              data-optimizer={ghost.raceOptimizer}
              data-points={ghost.history.length}
              d={costPath(ghost.history, 'trainCost', x.xPx, yScale)}
              fill="none"
              stroke={ghost.color}
              strokeWidth={ghost.raceOptimizer ? 2 : 1.5}
              strokeOpacity={ghost.raceOptimizer ? 1 : 0.85}
            />
          ))}
          <path data-testid="cost-test-line" d={costPath(history, 'testCost', x.xPx, yScale)} fill="none" stroke={TEST_COLOR} strokeWidth={1.5} strokeDasharray="4 2" />
          <path data-testid="cost-train-line" d={costPath(history, 'trainCost', x.xPx, yScale)} fill="none" stroke={TRAIN_COLOR} strokeWidth={2} />
        </g>
      </svg>
    </figure>
  );
}
