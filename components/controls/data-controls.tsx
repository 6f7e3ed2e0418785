'use client';

import { DATASETS, type DatasetName, type Label } from '@/lib/protocol';
import { LIMITS } from '@/lib/config/defaults';
import { useT } from '@/components/i18n';
import { CLASS_COLORS } from '@/components/views/colors';

export interface DataControlsProps {
  dataset: DatasetName;
  n: number;
  noise: number;
  trainPercent: number;
  newPointLabel: Label;
  showTestPoints: boolean;
  onDataset(dataset: DatasetName): void;
  onN(n: number): void;
  onNoise(noise: number): void;
  onTrainPercent(percent: number): void;
  onNewSample(): void;
  onClear(): void;
  onNewPointLabel(label: Label): void;
  onShowTestPoints(show: boolean): void;
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

/** Dataset choice, sample size, noise, split, and the tools for drawing points by hand. */
export function DataControls(props: DataControlsProps) {
  const t = useT();
  return (
    <div className="flex flex-col gap-3">
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
      <Slider label={t('data.points')} value={props.n} min={20} max={1000} step={10} testId="n-points" onChange={props.onN} />
      <Slider label={t('data.noise')} value={props.noise} min={LIMITS.noise.min} max={LIMITS.noise.max} step={1} testId="noise" onChange={props.onNoise} />
      <Slider label={`${t('data.trainPercent')} (%)`} value={props.trainPercent} min={LIMITS.trainPercent.min} max={LIMITS.trainPercent.max} step={5} testId="train-percent" onChange={props.onTrainPercent} />
      <div className="flex gap-2">
        <button type="button" className="btn" data-testid="new-sample" onClick={props.onNewSample}>{t('data.newSample')}</button>
        <button type="button" className="btn" data-testid="clear" onClick={props.onClear}>{t('data.clear')}</button>
      </div>
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
      <p className="text-xs leading-snug text-slate-500">{t('data.hint')}</p>
    </div>
  );
}
