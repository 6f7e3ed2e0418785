'use client';

import { useMemo } from 'react';
import type { Regularization, StepTrace } from '@/lib/protocol';
import { lossesOf, meanOf, penaltyOf } from '@/lib/stepper/derive';
import { formatEntry } from '@/lib/stepper/abbreviate';
import { useT } from '@/components/i18n';
import { MathLine, Tex } from '@/components/inspectors/math';
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
  return (
    <div className="flex flex-col gap-2">
      <MathLine testId="stepper-equation" tex="\mathcal{L}(a, y) = -\big(y \log a + (1 - y) \log(1 - a)\big)">
        <span className="ml-3 font-sans text-xs text-slate-500">{t('stepper.lossOfEach')}</span>
      </MathLine>
      <div className="flex flex-wrap items-center gap-x-3 gap-y-3">
        <MatrixView testId={`stepper-A-${L}`} label={<Tex tex={`A^{[${L}]} = \\hat{Y}`} />} plainName={`A[${L}]`} data={AL} rows={1} cols={trace.m} />
        <MatrixView testId="stepper-Y" label={<Tex tex="Y" />} plainName="Y" data={trace.Y} rows={1} cols={trace.m} />
        <MatrixView testId="stepper-loss" label={<Tex tex="\mathcal{L}(a^{(i)}, y^{(i)})" />} plainName="L" data={losses} rows={1} cols={trace.m} />
      </div>
      <MathLine tex="J = \frac{1}{m} \sum_{i=1}^{m} \mathcal{L}(a^{(i)}, y^{(i)})">
        <Tex tex="\;=\;" />
        <span data-testid="stepper-mean-loss" data-value={mean}>{formatEntry(mean)}</span>
        {regularization !== 'none' ? (
          <>
            <Tex tex={regularization === 'l2' ? '\\;+\\; \\frac{\\lambda}{2m} \\sum_{l} \\lVert W^{[l]} \\rVert_F^2 \\;=\\;' : '\\;+\\; \\frac{\\lambda}{m} \\sum_{l} \\lvert W^{[l]} \\rvert \\;=\\;'} />
            {formatEntry(mean)}
            <Tex tex="\;+\;" />
            <span data-testid="stepper-penalty" data-value={penalty}>{formatEntry(penalty)}</span>
          </>
        ) : null}
        <Tex tex="\;=\;" />
        <strong data-testid="stepper-cost" data-value={J}>{formatEntry(J)}</strong>
      </MathLine>
      <p className="text-xs text-slate-600">{t('stepper.costNote', { m: trace.m })}</p>
    </div>
  );
}
