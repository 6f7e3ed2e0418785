'use client';

import type { Optimizer, StepTrace, StepUpdate } from '@/lib/protocol';
import { OPTIMIZER_TABLE } from '@/lib/math/optimizers';
import { adamCorrected, slotsOfParam, totalGradient } from '@/lib/stepper/derive';
import { useT } from '@/components/i18n';
import { Sym, Tex } from '@/components/inspectors/math';
import { texNumber } from '@/lib/math/tex';
import { UpdateLines } from '@/components/inspectors/update-lines';
import { MatrixView } from './matrix-view';

export interface UpdateStageProps {
  trace: StepTrace;
  update: StepUpdate | null;
  optimizer: Optimizer;
  learningRate: number;
}

const slot = (name: 'v' | 's', of: 'W' | 'b', hat = false) => <Tex tex={`${name}${hat ? '^{corrected}' : ''}_{d${of}}`} />;

/** Every parameter before → after the step (it is applied on entering this stage), with the optimizer's v and s. */
export function UpdateStage({ trace, update, optimizer, learningRate }: UpdateStageProps) {
  const t = useT();
  const slotCount = OPTIMIZER_TABLE[optimizer].slotCount;
  const state = update?.optimizerState ?? null;
  return (
    <div className="flex flex-col gap-2">
      <p className="text-sm text-slate-700" data-testid="stepper-equation">{t('equations.update', { optimizer: t(`optimizer.${optimizer}`), alpha: learningRate })}</p>
      <UpdateLines optimizer={optimizer} />
      <p className="text-xs text-slate-600">{update ? t('stepper.applied', { t: state?.t ?? trace.step + 1 }) : t('stepper.applying')}</p>
      {update
        ? trace.params.map((p, i) => {
            const l = i + 1;
            const after = update.after[i]!;
            const g = trace.backward[i]!;
            const slotsW = state ? slotsOfParam(state.slots, slotCount, 2 * i) : [];
            const slotsB = state ? slotsOfParam(state.slots, slotCount, 2 * i + 1) : [];
            const vIndex = optimizer === 'momentum' || optimizer === 'adam' ? 0 : -1;
            const sIndex = optimizer === 'rmsprop' ? 0 : optimizer === 'adam' ? 1 : -1;
            const corrected = optimizer === 'adam' && state ? adamCorrected(slotsW[0]!, slotsW[1]!, state.t) : null;
            return (
              <section key={l} className="flex flex-col gap-2 border-t border-slate-200 pt-2" data-testid="stepper-update-layer" data-layer={l}>
                <div className="flex flex-wrap items-center gap-x-2 gap-y-3">
                  <MatrixView testId={`stepper-W-before-${l}`} label={<><Sym name="W" layer={l} /> {t('stepper.before')}</>} plainName={`W[${l}]`} data={update.before[i]!.W} rows={p.rows} cols={p.cols} isSigned />
                  <span aria-hidden>−</span>
                  <Tex tex={`\\alpha = ${texNumber(learningRate)} \\;\\cdot`} />
                  <MatrixView label={<Sym name="dW" layer={l} />} plainName={`dW[${l}]`} data={totalGradient(g.dW, g.dWPenalty)} rows={p.rows} cols={p.cols} isSigned />
                  {optimizer !== 'gd' ? <span className="text-xs text-slate-500">{t('stepper.viaOptimizer')}</span> : null}
                  <span aria-hidden>→</span>
                  <MatrixView testId={`stepper-W-after-${l}`} label={<><Sym name="W" layer={l} /> {t('stepper.after')}</>} plainName={`W[${l}]`} data={after.W} rows={p.rows} cols={p.cols} isSigned />
                </div>
                <div className="flex flex-wrap items-center gap-x-2 gap-y-3">
                  <MatrixView testId={`stepper-b-before-${l}`} label={<><Sym name="b" layer={l} /> {t('stepper.before')}</>} plainName={`b[${l}]`} data={update.before[i]!.b} rows={p.rows} cols={1} isVector isSigned />
                  <span aria-hidden>→</span>
                  <MatrixView testId={`stepper-b-after-${l}`} label={<><Sym name="b" layer={l} /> {t('stepper.after')}</>} plainName={`b[${l}]`} data={after.b} rows={p.rows} cols={1} isVector isSigned />
                  {vIndex >= 0 && slotsW[vIndex] ? <MatrixView testId={`stepper-vdW-${l}`} label={slot('v', 'W')} plainName="v_dW" data={slotsW[vIndex]} rows={p.rows} cols={p.cols} isSigned /> : null}
                  {sIndex >= 0 && slotsW[sIndex] ? <MatrixView testId={`stepper-sdW-${l}`} label={slot('s', 'W')} plainName="s_dW" data={slotsW[sIndex]} rows={p.rows} cols={p.cols} /> : null}
                  {corrected ? (
                    <>
                      <MatrixView label={slot('v', 'W', true)} plainName="v_dW corrected" data={corrected.vHat} rows={p.rows} cols={p.cols} isSigned />
                      <MatrixView label={slot('s', 'W', true)} plainName="s_dW corrected" data={corrected.sHat} rows={p.rows} cols={p.cols} />
                    </>
                  ) : null}
                  {vIndex >= 0 && slotsB[vIndex] ? <MatrixView label={slot('v', 'b')} plainName="v_db" data={slotsB[vIndex]} rows={p.rows} cols={1} isVector isSigned /> : null}
                  {sIndex >= 0 && slotsB[sIndex] ? <MatrixView label={slot('s', 'b')} plainName="s_db" data={slotsB[sIndex]} rows={p.rows} cols={1} isVector /> : null}
                </div>
              </section>
            );
          })
        : null}
    </div>
  );
}
