'use client';

import { useMemo } from 'react';
import type { Regularization, StepTrace } from '@/lib/protocol';
import { lossesOf, meanOf, penaltyOf } from '@/lib/stepper/derive';
import { formatEntry } from '@/lib/stepper/abbreviate';
import { useT } from '@/components/i18n';
import { Frac, MathLine, Op, Sum, Sym } from '@/components/inspectors/math';
import { MatrixView } from './matrix-view';

export interface CostStageProps {
  trace: StepTrace;
  regularization: Regularization;
  lambda: number;
}

/** Each example's loss L(a, y) and the cost J, their mean (with the regulariser's term when there is one). */
export function CostStage({ trace, regularization, lambda }: CostStageProps) {
  const t = useT();
  const L = trace.params.length;
  const AL = trace.forward[L - 1]!.A;
  const losses = useMemo(() => lossesOf(AL, trace.Y), [AL, trace.Y]);
  const mean = meanOf(losses);
  const penalty = penaltyOf(trace.params, regularization, lambda, trace.m);
  const J = mean + penalty;
  const a = <i>a</i>;
  const y = <i>y</i>;
  return (
    <div className="flex flex-col gap-2">
      <MathLine testId="stepper-equation">
        <i>L</i>({a}, {y})<Op>=</Op>−({y} log {a}<Op>+</Op>(1 − {y}) log(1 − {a}))
        <span className="ml-3 font-sans text-xs text-slate-500">{t('stepper.lossOfEach')}</span>
      </MathLine>
      <div className="flex flex-wrap items-center gap-x-3 gap-y-3">
        <MatrixView testId={`stepper-A-${L}`} label={<><Sym name="A" layer={L} /> = <i>Ŷ</i></>} plainName={`A[${L}]`} data={AL} rows={1} cols={trace.m} />
        <MatrixView testId="stepper-Y" label={<i>Y</i>} plainName="Y" data={trace.Y} rows={1} cols={trace.m} />
        <MatrixView testId="stepper-loss" label={<><i>L</i>(<i>a</i><sup>(i)</sup>, <i>y</i><sup>(i)</sup>)</>} plainName="L" data={losses} rows={1} cols={trace.m} />
      </div>
      <MathLine>
        <i>J</i><Op>=</Op><Frac num="1" den={<i>m</i>} /><Sum below={<>i=1</>} above={<i>m</i>} /><i>L</i>(<i>a</i><sup>(i)</sup>, <i>y</i><sup>(i)</sup>)
        <Op>=</Op><span data-testid="stepper-mean-loss" data-value={mean}>{formatEntry(mean)}</span>
        {regularization !== 'none' ? (
          <>
            <Op>+</Op>
            {regularization === 'l2' ? <><Frac num={<i>λ</i>} den={<>2<i>m</i></>} /><Sum below="l" />‖<Sym name="W" layer="l" />‖²</> : <><Frac num={<i>λ</i>} den={<i>m</i>} /><Sum below="l" />|<Sym name="W" layer="l" />|</>}
            <Op>=</Op>{formatEntry(mean)}<Op>+</Op><span data-testid="stepper-penalty" data-value={penalty}>{formatEntry(penalty)}</span>
          </>
        ) : null}
        <Op>=</Op>
        <strong data-testid="stepper-cost" data-value={J}>{formatEntry(J)}</strong>
      </MathLine>
      <p className="text-xs text-slate-600">{t('stepper.costNote', { m: trace.m })}</p>
    </div>
  );
}
