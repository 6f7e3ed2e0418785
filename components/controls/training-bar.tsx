'use client';

import { INITS, type BackendName, type Init } from '@/lib/protocol';
import { LEARNING_RATES, LIMITS } from '@/lib/config/defaults';
import { CONTROLS, type Control } from '@/lib/config/display-options';
import { SPEEDS, describeSpeed, type Speed } from '@/lib/config/speed';
import { useT, type Translate } from '@/components/i18n';
import { describeEngines, type EngineReadout } from './engine-readout';
import { NumberField } from './number-field';

export { NumberField } from './number-field';

export interface TrainingBarProps {
  isTraining: boolean;
  isReady: boolean;
  epoch: number;
  /** Gradient steps since the last reset. */
  step: number;
  backend: BackendName | null;
  /** The engines in use and what `auto` measured to choose them. */
  engines?: EngineReadout | null;
  stepsPerSecond: number;
  learningRate: number;
  batchSize: number | 'full';
  init: Init;
  until: number | null;
  speed: Speed;
  /** Said beside Play when it could not start (no training points). */
  hint?: string | null;
  onPlayPause(): void;
  onStep(): void;
  onReset(): void;
  /** Opens step-through (one gradient step stage by stage); no button without it. */
  onStepThrough?(): void;
  onLearningRate(value: number): void;
  onBatchSize(value: number | 'full'): void;
  onInit(value: Init): void;
  onUntil(value: number | null): void;
  onSpeed(speed: Speed): void;
  /** Controls an embed shows; the epoch and backend readouts are always shown. */
  visibleControls?: readonly Control[];
  /** Presenter mode: no free-entry learning rate field. */
  isCompact?: boolean;
}

const BATCH_SIZES = [1, 5, 10, 20, 32, 50, 100] as const;

/** Play, step and reset, the epoch counter and the training hyperparameters. */
export function TrainingBar(props: TrainingBarProps) {
  const t = useT();
  const lrOptions = (LEARNING_RATES as readonly number[]).includes(props.learningRate) ? LEARNING_RATES : [...LEARNING_RATES, props.learningRate].sort((a, b) => a - b);
  const speedText = speedLabel(t, props.speed);
  // Which engines run and the figures `auto` measured to choose them, on hover.
  const enginesText = props.backend && props.engines ? describeEngines(t, props.backend, props.engines) : undefined;
  const shows = (control: Control) => (props.visibleControls ?? CONTROLS).includes(control);
  return (
    <div className="flex flex-wrap items-end gap-x-5 gap-y-2">
      <div className="flex items-center gap-2">
        {shows('reset') ? <button type="button" className="btn-round" data-testid="reset" aria-label={t('train.reset')} title={t('train.reset')} disabled={!props.isReady} onClick={props.onReset}>
          <svg viewBox="0 0 24 24" className="h-5 w-5" aria-hidden><path d="M12 5V2L7 6l5 4V7a5 5 0 1 1-5 5H5a7 7 0 1 0 7-7z" fill="currentColor" /></svg>
        </button> : null}
        {shows('play') ? <button
          type="button"
          className="btn-round h-12 w-12 bg-slate-800 text-white hover:bg-slate-700"
          data-testid="play"
          aria-pressed={props.isTraining}
          aria-label={props.isTraining ? t('train.pause') : t('train.play')}
          title={props.isTraining ? t('train.pause') : t('train.play')}
          disabled={!props.isReady}
          onClick={props.onPlayPause}
        >
          {props.isTraining ? (
            <svg viewBox="0 0 24 24" className="h-6 w-6" aria-hidden><path d="M6 5h4v14H6zM14 5h4v14h-4z" fill="currentColor" /></svg>
          ) : (
            <svg viewBox="0 0 24 24" className="h-6 w-6" aria-hidden><path d="M8 5v14l11-7z" fill="currentColor" /></svg>
          )}
        </button> : null}
        {shows('step') ? <button type="button" className="btn-round" data-testid="step" aria-label={t('train.step')} title={t('train.step')} disabled={!props.isReady || props.isTraining} onClick={props.onStep}>
          <svg viewBox="0 0 24 24" className="h-5 w-5" aria-hidden><path d="M6 5v14l9-7zM16 5h3v14h-3z" fill="currentColor" /></svg>
        </button> : null}
        {props.onStepThrough ? (
          <button type="button" className="btn whitespace-nowrap" data-testid="step-through" title={t('stepper.openTitle')} aria-keyshortcuts="S" disabled={!props.isReady} onClick={props.onStepThrough}>
            {t('stepper.open')}
          </button>
        ) : null}
      </div>
      <div className="flex min-w-[8.5rem] flex-col text-xs text-slate-600">
        {/* The step count shares the label line: the bar stays one row wide where it was. */}
        <span className="flex items-baseline justify-between gap-2">
          {t('train.epoch')}
          <span className="tabular-nums" title={t('train.stepCountTitle')}>
            {t('train.stepCount')} <output className="font-mono text-slate-900" data-testid="step-count" aria-live="off">{props.step.toLocaleString('en-US')}</output>
          </span>
        </span>
        <output className="font-mono text-2xl leading-7 text-slate-900 tabular-nums" data-testid="epoch" aria-live="off">
          {props.epoch.toLocaleString('en-US')}
        </output>
      </div>
      {shows('lr') ? <><label className="flex flex-col text-xs text-slate-600">
        {t('train.learningRate')}
        <select className="rounded border border-slate-300 bg-white px-1 py-0.5 text-sm text-slate-900" data-testid="learning-rate" value={props.learningRate} onChange={(e) => props.onLearningRate(Number(e.target.value))}>
          {lrOptions.map((lr) => (
            <option key={lr} value={lr}>{lr}</option>
          ))}
        </select>
      </label>
      {props.isCompact ? null : <NumberField label={t('train.learningRateCustom')} value={props.learningRate} min={LIMITS.learningRate.min} max={LIMITS.learningRate.max} testId="learning-rate-input" errorName="lr" onCommit={(v) => v !== null && props.onLearningRate(v)} />}</> : null}
      {shows('batch') ? <label className="flex flex-col text-xs text-slate-600">
        {t('train.batchSize')}
        <select className="rounded border border-slate-300 bg-white px-1 py-0.5 text-sm text-slate-900" data-testid="batch-size" value={String(props.batchSize)} onChange={(e) => props.onBatchSize(e.target.value === 'full' ? 'full' : Number(e.target.value))}>
          {(BATCH_SIZES as readonly number[]).includes(props.batchSize as number) || props.batchSize === 'full' ? null : <option value={String(props.batchSize)}>{props.batchSize}</option>}
          {BATCH_SIZES.map((b) => (
            <option key={b} value={b}>{b}</option>
          ))}
          <option value="full">{t('train.batchFull')}</option>
        </select>
      </label> : null}
      {shows('init') ? <label className="flex flex-col text-xs text-slate-600">
        {t('train.init')}
        <select className="rounded border border-slate-300 bg-white px-1 py-0.5 text-sm text-slate-900" data-testid="init" value={props.init} onChange={(e) => props.onInit(e.target.value as Init)}>
          {INITS.map((init) => (
            <option key={init} value={init}>{t(`init.${init}`)}</option>
          ))}
        </select>
      </label> : null}
      {shows('until') ? <NumberField label={t('train.until')} title={t('train.untilTitle')} value={props.until} min={LIMITS.until.min} max={LIMITS.until.max} isWhole testId="until" errorName="until" onCommit={props.onUntil} /> : null}
      {shows('speed') ? <div className="flex items-end gap-1">
        <label className="flex min-w-[8rem] flex-col text-xs text-slate-600 tabular-nums">
          {t('train.speedLabel', { value: speedText })}
          <input type="range" min={0} max={SPEEDS.length - 1} step={1} value={SPEEDS.indexOf(props.speed)} data-testid="speed" aria-valuetext={speedText} onChange={(e) => props.onSpeed(SPEEDS[Number(e.target.value)] ?? 'max')} className="w-28" />
        </label>
        <button type="button" className="btn px-1.5 py-0 text-xs" data-testid="speed-max" title={t('train.speedMaxButton')} aria-pressed={props.speed === 'max'} disabled={props.speed === 'max'} onClick={() => props.onSpeed('max')}>
          {t('train.speedMax')}
        </button>
      </div> : null}
      <div className="ml-auto flex flex-col text-right text-xs text-slate-600">
        <span>
          {/* Always laid out, shown only while training, left of the label: the readouts keep their place. */}
          <span className={`mr-2 inline-block min-w-[7rem] text-right text-slate-500 tabular-nums ${props.isTraining ? '' : 'invisible'}`} aria-hidden={!props.isTraining || undefined}>
            {t('train.stepsPerSecond', { value: Math.round(props.isTraining ? props.stepsPerSecond : 0).toLocaleString('en-US') })}
          </span>
          {t('train.backend')}
        </span>
        <span className="text-sm text-slate-900">
          <span data-testid="backend" data-steps-per-second={Math.round(props.stepsPerSecond)} title={enginesText}>
            {props.backend ?? t('train.starting')}
          </span>
          {/* Names the engine once the first snapshot has said it; a fixed width, so the backend name keeps its place. */}
          <span
            className="ml-1 inline-block min-w-[5.25rem] text-left text-xs text-slate-500"
            data-testid="engine"
            data-engine={props.engines?.engine}
            data-grid-engine={props.engines?.gridEngine}
            title={enginesText}
            aria-label={enginesText ? `${t('engine.label')}: ${enginesText}` : undefined}
          >
            {props.engines ? `· ${t('engine.readout', { engine: t(`engine.short.${props.engines.engine}`) })}` : null}
          </span>
        </span>
      </div>
      {props.hint ? <p className="basis-full text-sm text-amber-800" role="status" data-testid="play-hint">{props.hint}</p> : null}
    </div>
  );
}

/** A speed setting as the control says it: "2 steps/s", "30 epochs/s", "max". */
export function speedLabel(t: Translate, speed: Speed): string {
  const kind = describeSpeed(speed);
  if (kind === 'max') return t('train.speedMax');
  if (kind.unit === 'epochs') return t('train.speedUnit', { value: kind.perSecond });
  return t('train.stepsPerSecond', { value: kind.perSecond });
}
