'use client';

import { useMemo } from 'react';
import type { Regularization } from '@/lib/protocol';
import { dAPrevOf, slopesOf, totalGradient } from '@/lib/stepper/derive';
import { useT } from '@/components/i18n';
import { MathLine, Sym, Tex } from '@/components/inspectors/math';
import { MatrixView } from './matrix-view';
import { PreviousActivations, Shapes, type LayerStageProps } from './stage-forward';

export interface BackwardStageProps extends LayerStageProps {
  regularization: Regularization;
}

const ONE_OVER_M = <Tex tex="\frac{1}{m}" />;

/** dZˡ (Aᴸ − Y, or dAˡ * gˡ′(Zˡ), the course's * for the element-wise product), dWˡ = (1/m) dZˡ Aˡ⁻¹ᵀ (+ the penalty's term), dbˡ, and dAˡ⁻¹ = Wˡᵀ dZˡ for the layer below. */
export function BackwardStage({ trace, layer: l, activations, regularization }: BackwardStageProps) {
  const t = useT();
  const L = trace.params.length;
  const m = trace.m;
  const p = trace.params[l - 1]!;
  const g = trace.backward[l - 1]!;
  const dW = useMemo(() => totalGradient(g.dW, g.dWPenalty), [g]);
  const dA = useMemo(() => (l < L ? dAPrevOf(trace.params[l]!, trace.backward[l]!.dZ, m) : null), [trace, l, L, m]);
  const slopes = useMemo(() => (l < L ? slopesOf(activations[l - 1] ?? 'sigmoid', trace.forward[l - 1]!.Z) : null), [trace, l, L, activations]);
  const dAPrev = useMemo(() => (l > 1 ? dAPrevOf(p, g.dZ, m) : null), [p, g, l, m]);
  const hasPenalty = regularization !== 'none';
  return (
    <div className="flex flex-col gap-2">
      {l === L ? (
        <>
          <MathLine testId="stepper-equation" tex={`dZ^{[${L}]} = A^{[${L}]} - Y`}>
            <Shapes text={`(1, ${m})`} />
          </MathLine>
          <p className="text-xs text-slate-600">{t('stepper.dzOutput')}</p>
        </>
      ) : (
        <MathLine testId="stepper-equation" tex={`dZ^{[${l}]} = dA^{[${l}]} * g^{[${l}]\\prime}(Z^{[${l}]})`}>
          <Shapes text={`(${p.rows}, ${m}) * (${p.rows}, ${m})`} />
        </MathLine>
      )}
      <div className="flex flex-wrap items-center gap-x-2 gap-y-3">
        {dA && slopes ? (
          <>
            <MatrixView testId={`stepper-dA-${l}`} label={<Sym name="dA" layer={l} />} plainName={`dA[${l}]`} data={dA} rows={p.rows} cols={m} isSigned />
            <span aria-hidden>*</span>
            <MatrixView label={<Tex tex={`g^{[${l}]\\prime}(Z^{[${l}]})`} />} plainName={`g′(Z[${l}])`} data={slopes} rows={p.rows} cols={m} />
            <span aria-hidden>=</span>
          </>
        ) : null}
        <MatrixView testId={`stepper-dZ-${l}`} label={<Sym name="dZ" layer={l} />} plainName={`dZ[${l}]`} data={g.dZ} rows={p.rows} cols={m} isSigned />
      </div>
      <MathLine tex={`dW^{[${l}]} = \\frac{1}{m} dZ^{[${l}]} A^{[${l - 1}]T}${hasPenalty ? (regularization === 'l2' ? ` + \\frac{\\lambda}{m} W^{[${l}]}` : ` + \\frac{\\lambda}{m} \\operatorname{sign}(W^{[${l}]})`) : ''}`}>
        <Shapes text={`(${p.rows}, ${m}) · (${m}, ${p.cols}) → (${p.rows}, ${p.cols})`} />
      </MathLine>
      <div className="flex flex-wrap items-center gap-x-2 gap-y-3">
        {ONE_OVER_M}
        <MatrixView label={<Sym name="dZ" layer={l} />} plainName={`dZ[${l}]`} data={g.dZ} rows={p.rows} cols={m} isSigned maxCols={6} />
        <span aria-hidden>·</span>
        <PreviousActivations trace={trace} layer={l} transpose />
        {hasPenalty ? (
          <>
            <span aria-hidden>=</span>
            <MatrixView testId={`stepper-dW-data-${l}`} label={<Tex tex={`\\frac{1}{m} dZ^{[${l}]} A^{[${l - 1}]T}`} />} plainName="(1/m) dZ Aᵀ" data={g.dW} rows={p.rows} cols={p.cols} isSigned />
            <span aria-hidden>+</span>
            <MatrixView testId={`stepper-dW-penalty-${l}`} label={t('stepper.penaltyTerm')} plainName={t('stepper.penaltyTerm')} data={g.dWPenalty} rows={p.rows} cols={p.cols} isSigned />
          </>
        ) : null}
        <span aria-hidden>=</span>
        <MatrixView testId={`stepper-dW-${l}`} label={<Sym name="dW" layer={l} />} plainName={`dW[${l}]`} data={dW} rows={p.rows} cols={p.cols} isSigned />
      </div>
      <MathLine tex={`db^{[${l}]} = \\frac{1}{m} \\sum_{i=1}^{m} dZ^{[${l}](i)}`}>
        <Shapes text={`(${p.rows}, 1)`} />
      </MathLine>
      <MatrixView testId={`stepper-db-${l}`} label={<Sym name="db" layer={l} />} plainName={`db[${l}]`} data={g.db} rows={p.rows} cols={1} isVector isSigned />
      {dAPrev ? (
        <>
          <MathLine tex={`dA^{[${l - 1}]} = W^{[${l}]T} dZ^{[${l}]}`}>
            <Shapes text={`(${p.cols}, ${p.rows}) · (${p.rows}, ${m}) → (${p.cols}, ${m})`} />
            <span className="ml-3 font-sans text-xs text-slate-500">{t('stepper.passesDown', { l: l - 1 })}</span>
          </MathLine>
          <MatrixView testId={`stepper-dA-${l - 1}`} label={<Sym name="dA" layer={l - 1} />} plainName={`dA[${l - 1}]`} data={dAPrev} rows={p.cols} cols={m} isSigned />
        </>
      ) : null}
    </div>
  );
}
