'use client';

import { scaleLinear } from 'd3-scale';
import type { CostPoint } from '@/lib/protocol';
import { useT } from '@/components/i18n';
import { CLASS_COLORS } from './colors';
import { costPath, maxFiniteCost } from './cost-path';

const MARGIN_PX = { left: 36, right: 8, top: 8, bottom: 20 };
const TRAIN_COLOR = '#1e293b';
const TEST_COLOR = CLASS_COLORS[0];

/** Training and test cost J over the whole run (downsampled as it grows). */
export function CostChart({ history, widthPx = 380, heightPx = 130 }: { history: readonly CostPoint[]; widthPx?: number; heightPx?: number }) {
  const t = useT();
  const innerWidth = widthPx - MARGIN_PX.left - MARGIN_PX.right;
  const innerHeight = heightPx - MARGIN_PX.top - MARGIN_PX.bottom;
  const lastEpoch = history[history.length - 1]?.epoch ?? 1;
  const firstEpoch = history[0]?.epoch ?? 0;
  const xScale = scaleLinear().domain([firstEpoch, Math.max(lastEpoch, firstEpoch + 1)]).range([0, innerWidth]);
  const yScale = scaleLinear().domain([0, maxFiniteCost(history, 0.1)]).nice().range([innerHeight, 0]);
  const last = history[history.length - 1];
  const hasTest = history.some((p) => Number.isFinite(p.testCost));
  const fmt = (v: number | undefined) => (v === undefined || !Number.isFinite(v) ? t('output.noValue') : v.toFixed(3));

  return (
    <figure className="flex flex-col gap-1" data-testid="cost-chart" data-points={history.length}>
      <figcaption className="flex items-center justify-between text-xs text-slate-600">
        <span>{t('output.costChart')}</span>
        <span className="flex gap-3">
          <span className="flex items-center gap-1"><span className="inline-block h-0.5 w-4" style={{ background: TRAIN_COLOR }} />{t('output.legendTrain')}</span>
          {hasTest ? <span className="flex items-center gap-1"><span className="inline-block h-0.5 w-4 border-t-2 border-dashed" style={{ borderColor: TEST_COLOR }} />{t('output.legendTest')}</span> : null}
        </span>
      </figcaption>
      <svg width={widthPx} height={heightPx} role="img" aria-label={t('output.costChartLabel', { train: fmt(last?.trainCost), test: fmt(last?.testCost), epoch: last?.epoch ?? 0 })}>
        <g transform={`translate(${MARGIN_PX.left},${MARGIN_PX.top})`}>
          <g data-testid="cost-axis">
            {yScale.ticks(4).map((tick) => (
              <g key={tick}>
                <line x1={0} x2={innerWidth} y1={yScale(tick)} y2={yScale(tick)} stroke="#e2e8f0" />
                <text x={-4} y={yScale(tick) + 3} textAnchor="end" className="fill-slate-500 text-[10px]">{tick}</text>
              </g>
            ))}
          </g>
          {xScale.ticks(5).map((tick) => (
            <text key={tick} x={xScale(tick)} y={innerHeight + 14} textAnchor="middle" className="fill-slate-500 text-[10px]">{tick}</text>
          ))}
          <path d={costPath(history, 'testCost', xScale, yScale)} fill="none" stroke={TEST_COLOR} strokeWidth={1.5} strokeDasharray="4 2" />
          <path d={costPath(history, 'trainCost', xScale, yScale)} fill="none" stroke={TRAIN_COLOR} strokeWidth={1.5} />
        </g>
      </svg>
    </figure>
  );
}
