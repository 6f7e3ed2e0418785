'use client';

import { useT } from '@/components/i18n';
import type { CostGhost } from '@/components/views/cost-chart';
import type { RaceResult } from '@/lib/race/race';
import { RACE_COLORS } from './use-race';

/** Ids of race lanes on the cost chart (kept runs count from 1). */
const LANE_ID_BASE = 1000;

/** The race's lanes as curves of the cost chart, drawn out to `shownEpochs`. */
export function raceGhosts(result: RaceResult, shownEpochs: number): CostGhost[] {
  return result.lanes.map((lane, i) => ({
    id: LANE_ID_BASE + i,
    color: RACE_COLORS[lane.optimizer],
    raceOptimizer: lane.optimizer,
    history: Array.from(lane.costs.subarray(0, Math.min(shownEpochs, result.epochs) + 1), (trainCost, epoch) => ({ epoch, trainCost, testCost: NaN })),
  }));
}

const fmt = (v: number | undefined) => (v !== undefined && Number.isFinite(v) ? v.toFixed(3) : '—');

/** Each lane's colour, optimizer and J at the epoch drawn so far; Clear removes the race. */
export function RaceLegend({ result, shownEpochs, onClear }: { result: RaceResult; shownEpochs: number; onClear?: () => void }) {
  const t = useT();
  const epoch = Math.min(shownEpochs, result.epochs);
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-0.5 text-[11px] text-slate-700" data-testid="race-legend" data-epoch={epoch} data-epochs={result.epochs}>
      <span className="text-slate-500">{t('race.legend', { epoch, epochs: result.epochs })}</span>
      {result.lanes.map((lane) => (
        <span key={lane.optimizer} className="flex items-center gap-1" data-testid="race-lane" data-optimizer={lane.optimizer} data-cost={lane.costs[epoch]} data-start-cost={lane.costs[0]}>
          <span className="inline-block h-0.5 w-4" style={{ background: RACE_COLORS[lane.optimizer] }} aria-hidden />
          {t(`optimizer.${lane.optimizer}`)} <span className="font-mono">J {fmt(lane.costs[epoch])}</span>
        </span>
      ))}
      {onClear ? (
        <button type="button" className="btn-icon-sm" aria-label={t('race.clear')} title={t('race.clear')} data-testid="race-clear" onClick={onClear}>
          ×
        </button>
      ) : null}
    </div>
  );
}
