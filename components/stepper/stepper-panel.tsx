'use client';

import { useEffect, useRef, useState } from 'react';
import { VIEW_LESSONS } from '@/lib/lessons/view-lessons';
import { ViewLessonLink } from '@/components/inspectors/inspector-frame';
import type { Activation, Optimizer, Regularization } from '@/lib/protocol';
import { stageId, stagesOf, type Stage } from '@/lib/stepper/stages';
import { useT, type Translate } from '@/components/i18n';
import { useEscapeToClose } from '@/components/controls/use-escape-to-close';
import { BackwardStage } from './stage-backward';
import { CostStage } from './stage-cost';
import { ForwardStage } from './stage-forward';
import { LogisticGraph } from './logistic-graph';
import { UpdateStage } from './stage-update';
import type { ExampleMode, Stepper } from './use-stepper';

export interface StepperPanelProps {
  stepper: Stepper;
  /** g¹ … gᴸ, the output's sigmoid last. */
  activations: readonly Activation[];
  optimizer: Optimizer;
  learningRate: number;
  regularization: Regularization;
  lambda: number;
  isPresenting: boolean;
}

export function stageTitle(t: Translate, stage: Stage, L: number): string {
  if (stage.kind === 'forward') return t('stepper.stageForward', { l: stage.layer, L });
  if (stage.kind === 'backward') return t('stepper.stageBackward', { l: stage.layer, L });
  return stage.kind === 'cost' ? t('stepper.stageCost') : t('stepper.stageUpdate');
}

const pill = (isCurrent: boolean, isDone: boolean) =>
  `rounded-full px-2 py-0.5 text-[11px] whitespace-nowrap ${isCurrent ? 'bg-slate-800 text-white' : isDone ? 'bg-slate-200 text-slate-700' : 'bg-white text-slate-500 ring-1 ring-slate-300'}`;

/** One gradient step, stage by stage, with this step's numbers: the header chooses the examples and moves between stages. */
export function StepperPanel({ stepper, activations, optimizer, learningRate, regularization, lambda, isPresenting }: StepperPanelProps) {
  const t = useT();
  const { trace, stage, position } = stepper;
  const [example, setExample] = useState(0);
  const nextRef = useRef<HTMLButtonElement>(null);
  useEscapeToClose(stepper.isOpen, stepper.close, { current: null });
  useEffect(() => setExample(0), [trace]);
  useEffect(() => {
    nextRef.current?.focus({ preventScroll: true });
  }, []);
  const L = trace?.params.length ?? activations.length;
  const stages = stagesOf(L);
  const isLogistic = L === 1;

  const body = (() => {
    if (stepper.missing === 'points') return <p className="text-sm text-slate-700">{t('stepper.noPoints')}</p>;
    if (stepper.missing === 'point') return <p className="text-sm text-slate-700" data-testid="stepper-pick-point">{t('stepper.pickPoint')}</p>;
    if (!trace || !stage) return <p className="text-sm text-slate-500">{t('stepper.loading')}</p>;
    switch (stage.kind) {
      case 'forward':
        return isLogistic ? <LogisticGraph trace={trace} phase="forward" example={example} onExample={setExample} /> : <ForwardStage trace={trace} layer={stage.layer} activations={activations} />;
      case 'cost':
        return <CostStage trace={trace} regularization={regularization} lambda={lambda} />;
      case 'backward':
        return isLogistic ? <LogisticGraph trace={trace} phase="backward" example={example} onExample={setExample} /> : <BackwardStage trace={trace} layer={stage.layer} activations={activations} regularization={regularization} />;
      case 'update':
        return <UpdateStage trace={trace} update={stepper.update} optimizer={optimizer} learningRate={learningRate} />;
    }
  })();

  return (
    <section className={`panel flex flex-col gap-2 ${isPresenting ? 'text-[1.05em]' : ''}`} aria-labelledby="stepper-heading" data-testid="stepper">
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1.5">
        <h2 id="stepper-heading" className="panel-title mb-0">{t('stepper.title')}</h2>
        <ViewLessonLink lesson={isLogistic ? VIEW_LESSONS.stepperGraph : VIEW_LESSONS.stepper} />
        {trace ? (
          <span className="text-xs text-slate-600">
            {t('stepper.stepNumber', { n: trace.step + 1 })} · <i className="font-serif">m</i> = <span data-testid="stepper-m" title={t('stepper.mLabel')}>{trace.m}</span>
          </span>
        ) : null}
        <label className="flex items-center gap-1 text-xs text-slate-600">
          {t('stepper.examples')}
          <select className="field py-0.5 text-xs" data-testid="stepper-examples" value={stepper.mode} onChange={(e) => stepper.setMode(e.target.value as ExampleMode)}>
            <option value="batch">{t('stepper.examplesBatch')}</option>
            <option value="full">{t('stepper.examplesFull')}</option>
            <option value="point">{t('stepper.examplesPoint')}</option>
          </select>
        </label>
        <div className="ml-auto flex items-center gap-1.5">
          <button type="button" className="btn" data-testid="stepper-back" disabled={position.index === 0 || stepper.isBusy || !trace} onClick={stepper.back} aria-keyshortcuts="ArrowLeft">
            ← {t('stepper.back')}
          </button>
          <button ref={nextRef} type="button" className="btn bg-slate-800 text-white hover:bg-slate-700" data-testid="stepper-next" disabled={stepper.isBusy || !trace} onClick={stepper.next} aria-keyshortcuts="ArrowRight">
            {stage?.kind === 'update' ? t('stepper.nextStep') : t('stepper.next')} →
          </button>
          <button type="button" className="btn" data-testid="stepper-close" onClick={stepper.close} aria-keyshortcuts="Escape" aria-label={t('stepper.close')}>
            ✕
          </button>
        </div>
      </div>
      <ol className="flex flex-wrap items-center gap-1 max-sm:flex-nowrap max-sm:overflow-x-auto max-sm:pb-1" aria-label={t('stepper.stagesLabel')}>
        {stages.map((s, index) => (
          <li key={stageId(s)} className={pill(index === position.index, index < position.index || position.isApplied)} aria-current={index === position.index ? 'step' : undefined}>
            {stageTitle(t, s, L)}
          </li>
        ))}
      </ol>
      <div data-testid="stepper-stage" data-stage={stage ? stageId(stage) : undefined} data-step={trace ? trace.step + 1 : undefined} className="min-h-0 overflow-auto">
        {stage ? <h3 className="mb-1 text-sm font-semibold text-slate-800" aria-live="polite">{stageTitle(t, stage, L)}</h3> : null}
        {body}
      </div>
      <p className="text-[11px] text-slate-500">{t('stepper.keys')}</p>
    </section>
  );
}
