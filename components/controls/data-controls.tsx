'use client';

import type { ReactNode } from 'react';
import { DATASETS, type DatasetName, type Label } from '@/lib/protocol';
import type { DataSettings } from '@/lib/data/edit-history';
import { LIMITS } from '@/lib/config/defaults';
import { useT } from '@/components/i18n';
import { CLASS_COLORS } from '@/components/views/colors';

/** The controls whose change replaces the points (the training share only re-splits them). */
export type ReplaceControl = 'dataset' | 'n' | 'noise' | 'newSample';

/** A replacement of edited points that waits for the learner's yes or no. */
export interface PendingReplace {
  control: ReplaceControl;
  /** The settings the control asks for (a slider shows its asked-for value meanwhile). */
  patch: Partial<DataSettings>;
  /** How many edited points would be replaced. */
  count: number;
}

/** The undo history and the replace confirmation, as the panel shows them. */
export interface DataHistoryProps {
  pendingReplace: PendingReplace | null;
  onConfirmReplace(): void;
  onKeepPoints(): void;
  canUndo: boolean;
  canRedo: boolean;
  onUndo(): void;
  onRedo(): void;
}

export interface DataControlsProps extends Partial<DataHistoryProps> {
  dataset: DatasetName;
  n: number;
  noise: number;
  trainPercent: number;
  newPointLabel: Label;
  showTestPoints: boolean;
  /** The boundary as two flat colours (the config's `discretize`). */
  discretize: boolean;
  onDataset(dataset: DatasetName): void;
  onN(n: number): void;
  onNoise(noise: number): void;
  onTrainPercent(percent: number): void;
  onNewSample(): void;
  onClear(): void;
  onNewPointLabel(label: Label): void;
  onShowTestPoints(show: boolean): void;
  onDiscretize(discretize: boolean): void;
}

function Slider({ label, value, min, max, step, testId, onChange }: { label: string; value: number; min: number; max: number; step: number; testId: string; onChange(v: number): void }) {
  return (
    <label className="flex flex-col gap-0.5 text-xs text-slate-600">
      <span className="flex justify-between">
        {label} <span className="tabular-nums text-slate-900">{value}</span>
      </span>
      <input type="range" min={min} max={max} step={step} value={value} data-testid={testId} onChange={(e) => onChange(Number(e.target.value))} />
    </label>
  );
}

/** "Replace your N edited points? [Replace] [Keep]", in place under the control that asked. */
function ReplaceConfirm({ count, onConfirm, onKeep }: { count: number; onConfirm?(): void; onKeep?(): void }) {
  const t = useT();
  return (
    <div role="alert" data-testid="replace-confirm" className="flex flex-wrap items-center gap-1.5 rounded border border-amber-400 bg-amber-50 px-2 py-1.5 text-xs text-amber-950">
      <span className="w-full">{t('data.replace', { count })}</span>
      <button type="button" className="btn py-0.5 text-xs" data-testid="replace-confirm-yes" onClick={onConfirm}>{t('data.replaceYes')}</button>
      <button type="button" className="btn py-0.5 text-xs" data-testid="replace-confirm-no" onClick={onKeep}>{t('data.replaceNo')}</button>
    </div>
  );
}

/** Dataset choice, sample size, noise, split, undo/redo, and the tools for drawing points by hand. */
export function DataControls(props: DataControlsProps) {
  const t = useT();
  const pending = props.pendingReplace ?? null;
  const confirmFor = (control: ReplaceControl): ReactNode =>
    pending?.control === control ? <ReplaceConfirm count={pending.count} onConfirm={props.onConfirmReplace} onKeep={props.onKeepPoints} /> : null;
  return (
    <div
      className="flex flex-col gap-3"
      onKeyDown={(event) => {
        // Escape answers the confirmation with Keep, from the slider or its buttons.
        if (event.key === 'Escape' && pending) props.onKeepPoints?.();
      }}
    >
      <div className="grid grid-cols-2 gap-1" role="radiogroup" aria-label={t('data.dataset')}>
        {DATASETS.map((dataset) => (
          <button
            key={dataset}
            type="button"
            role="radio"
            aria-checked={props.dataset === dataset}
            data-testid="dataset"
            data-dataset={dataset}
            onClick={() => props.onDataset(dataset)}
            className={`rounded border px-2 py-1 text-left text-xs ${props.dataset === dataset ? 'border-slate-800 bg-slate-800 text-white' : 'border-slate-300 bg-white text-slate-800 hover:border-slate-500'}`}
          >
            {t(`dataset.${dataset}`)}
          </button>
        ))}
      </div>
      {confirmFor('dataset')}
      <Slider label={t('data.points')} value={pending?.patch.n ?? props.n} min={20} max={1000} step={10} testId="n-points" onChange={props.onN} />
      {confirmFor('n')}
      <Slider label={t('data.noise')} value={pending?.patch.noise ?? props.noise} min={LIMITS.noise.min} max={LIMITS.noise.max} step={1} testId="noise" onChange={props.onNoise} />
      {confirmFor('noise')}
      <Slider label={`${t('data.trainPercent')} (%)`} value={props.trainPercent} min={LIMITS.trainPercent.min} max={LIMITS.trainPercent.max} step={5} testId="train-percent" onChange={props.onTrainPercent} />
      <div className="flex gap-2">
        <button type="button" className="btn" data-testid="new-sample" onClick={props.onNewSample}>{t('data.newSample')}</button>
        <button type="button" className="btn" data-testid="clear" onClick={props.onClear}>{t('data.clear')}</button>
      </div>
      {confirmFor('newSample')}
      {props.onUndo ? (
        <div className="flex gap-2">
          <button type="button" className="btn" data-testid="undo" aria-label={t('data.undoLabel')} title={t('data.undoLabel')} disabled={!props.canUndo} onClick={props.onUndo}>
            <span aria-hidden>↶ </span>{t('data.undo')}
          </button>
          <button type="button" className="btn" data-testid="redo" aria-label={t('data.redoLabel')} title={t('data.redoLabel')} disabled={!props.canRedo} onClick={props.onRedo}>
            <span aria-hidden>↷ </span>{t('data.redo')}
          </button>
        </div>
      ) : null}
      <div className="flex flex-col gap-1 text-xs text-slate-600">
        {t('data.newPointClass')}
        <div className="flex gap-1" role="radiogroup" aria-label={t('data.newPointClass')}>
          {([0, 1] as const).map((label) => (
            <button
              key={label}
              type="button"
              role="radio"
              aria-checked={props.newPointLabel === label}
              data-testid={`class-${label}`}
              onClick={() => props.onNewPointLabel(label)}
              className={`flex items-center gap-1.5 rounded border px-2 py-1 text-xs ${props.newPointLabel === label ? 'border-slate-800 ring-1 ring-slate-800' : 'border-slate-300'} bg-white text-slate-800`}
            >
              <svg width="10" height="10" aria-hidden>
                {label === 0 ? <circle cx="5" cy="5" r="4.5" fill={CLASS_COLORS[0]} /> : <rect width="10" height="10" fill={CLASS_COLORS[1]} />}
              </svg>
              {t(`data.class${label}`)}
            </button>
          ))}
        </div>
      </div>
      <label className="flex items-center gap-2 text-xs text-slate-700">
        <input type="checkbox" data-testid="show-test" checked={props.showTestPoints} onChange={(e) => props.onShowTestPoints(e.target.checked)} />
        {t('data.showTest')}
      </label>
      <label className="flex items-center gap-2 text-xs text-slate-700" title={t('data.discretizeTitle')}>
        <input type="checkbox" data-testid="discretize" checked={props.discretize} onChange={(e) => props.onDiscretize(e.target.checked)} />
        {t('data.discretize')}
      </label>
      {/* A touch screen (coarse pointer) has no Shift, Alt or right-click: it gets the touch gestures instead. */}
      <p className="text-xs leading-snug text-slate-500 pointer-coarse:hidden" data-testid="data-hint">{t('data.hint')}</p>
      <p className="hidden text-xs leading-snug text-slate-500 pointer-coarse:block" data-testid="data-touch-hint">{t('data.touchHint')}</p>
    </div>
  );
}
