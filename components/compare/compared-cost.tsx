'use client';

import { useEffect, useRef } from 'react';
import { useT } from '@/components/i18n';
import { recordTrail, type RunTrail } from '@/lib/compare/run-trail';
import { flatten } from '@/lib/landscape/surface';
import type { PlaygroundConfig } from '@/lib/config/types';
import { keepRun, type KeptRun } from '@/lib/compare/runs';
import { CostChart } from '@/components/views/cost-chart';
import type { SnapshotStore } from '@/components/playground/snapshot-store';
import { useSecondarySnapshotState } from '@/components/playground/use-stores';
import { runColor as colorOf, runLabel } from './run-label';
import { RaceLegend, raceGhosts } from './race-legend';
import type { RaceView } from './use-race';

export interface ComparedCostProps {
  store: SnapshotStore;
  config: PlaygroundConfig;
  runs: readonly KeptRun[];
  onRuns(runs: KeptRun[]): void;
  widthPx: number;
  heightPx: number;
  /** Keep this run, Race and the lists under the chart: not in presenter mode or an embed, whose chart has a fixed room. */
  showsList: boolean;
  /** The optimizers' race: its lanes are drawn in every mode. */
  race: RaceView | null;
}

const fmt = (v: number, digits: number) => (Number.isFinite(v) ? v.toFixed(digits) : '—');

/** The cost chart with kept runs behind the current one: Keep this run, and each kept run's label, final figures, show and remove. */
export function ComparedCost({ store, config, runs, onRuns, widthPx, heightPx, showsList, race }: ComparedCostProps) {
  const t = useT();
  const { snapshot, costHistory } = useSecondarySnapshotState(store);
  // The run's path through parameter space, kept with it for the landscape.
  const trailRef = useRef<RunTrail | null>(null);
  useEffect(() => {
    if (snapshot?.params.length) trailRef.current = recordTrail(trailRef.current, snapshot.runId, snapshot.epoch, flatten(snapshot.params));
  }, [snapshot]);

  const keep = () => {
    if (!snapshot || snapshot.epoch === 0) return;
    const { epoch, trainCost, testCost, trainAccuracy, testAccuracy } = snapshot;
    const trail = trailRef.current?.runId === snapshot.runId ? trailRef.current : undefined;
    onRuns(keepRun(runs, { config, history: costHistory, final: { epoch, trainCost, testCost, trainAccuracy, testAccuracy }, trail }));
  };
  const configs = runs.map((r) => r.config);
  const keepButton = (
    <button type="button" className="whitespace-nowrap rounded border border-slate-300 px-1 leading-4" data-testid="compare-keep" disabled={!snapshot || snapshot.epoch === 0} title={t('compare.keepTitle')} onClick={keep}>
      {t('compare.keep')}
    </button>
  );
  const raceButton = race ? (
    <button type="button" className="whitespace-nowrap rounded border border-slate-300 px-1 leading-4" data-testid="race" disabled={race.isRacing} aria-busy={race.isRacing} title={t('race.title')} onClick={race.start}>
      {race.isRacing ? t('race.running') : t('race.button')}
    </button>
  ) : null;
  const lanes = race?.result ? raceGhosts(race.result, race.shownEpochs) : [];
  return (
    <div className="flex flex-col gap-1">
      <CostChart
        history={costHistory}
        widthPx={widthPx}
        heightPx={heightPx}
        ghosts={[...runs.filter((r) => r.isShown).map((r) => ({ id: r.id, color: colorOf(r), history: r.history })), ...lanes]}
        minLastEpoch={race?.result?.epochs ?? 0}
        caption={
          showsList ? (
            <>
              {keepButton}
              {raceButton}
            </>
          ) : undefined
        }
      />
      {race?.result ? <RaceLegend result={race.result} shownEpochs={race.shownEpochs} onClear={showsList ? race.clear : undefined} /> : null}
      {showsList && runs.length ? (
        <table className="w-full text-[11px] tabular-nums text-slate-700" data-testid="compare-runs">
          <thead>
            <tr className="text-left text-slate-500">
              <th className="font-normal">{t('compare.run')}</th>
              <th className="font-normal">{t('compare.final')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {runs.map((run) => (
              <tr key={run.id} data-testid="compare-run" data-run={run.id} className="border-t border-slate-100">
                <td className="py-0.5 pr-2">
                  <label className="flex items-center gap-1">
                    <input type="checkbox" checked={run.isShown} data-testid="compare-run-shown" onChange={(e) => onRuns(runs.map((r) => (r.id === run.id ? { ...r, isShown: e.target.checked } : r)))} />
                    <span className="inline-block h-0.5 w-4" style={{ background: colorOf(run) }} aria-hidden />
                    <span data-testid="compare-run-label">{runLabel(t, run.config, configs.filter((c) => c !== run.config))}</span>
                  </label>
                </td>
                <td className="pr-2 font-mono">
                  {t('compare.figures', { epoch: run.final.epoch, train: fmt(run.final.trainCost, 3), test: fmt(run.final.testCost, 3), accuracy: fmt(run.final.trainAccuracy * 100, 1), testAccuracy: fmt(run.final.testAccuracy * 100, 1) })}
                </td>
                <td>
                  <button type="button" className="btn-icon-sm" aria-label={t('compare.remove')} title={t('compare.remove')} data-testid="compare-run-remove" onClick={() => onRuns(runs.filter((r) => r.id !== run.id))}>
                    ×
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </div>
  );
}
