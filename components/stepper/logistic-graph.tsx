'use client';

import type { ReactNode } from 'react';
import type { StepTrace } from '@/lib/protocol';
import { formatEntry } from '@/lib/stepper/abbreviate';
import { lossesOf } from '@/lib/stepper/derive';
import { useT } from '@/components/i18n';
import { MathLine, Tex } from '@/components/inspectors/math';
import { texNumber } from '@/lib/math/tex';
import { MatrixView } from './matrix-view';

export interface LogisticGraphProps {
  trace: StepTrace;
  phase: 'forward' | 'backward';
  /** The example the graph shows (0-based). */
  example: number;
  onExample(example: number): void;
}

const LOOP_EXAMPLES = 3;
/** A node of the graph: its forward value, and under it (going backwards) its derivative, both TeX. */
function Node({ tex, derivative, children }: { tex: string; derivative?: string; children?: ReactNode }) {
  return (
    <div className="flex flex-col items-center gap-0.5">
      <div className="rounded border border-slate-400 bg-white px-2 py-1 text-sm whitespace-nowrap"><Tex tex={tex} />{children}</div>
      {derivative ? <div className="rounded bg-amber-50 px-1.5 text-xs whitespace-nowrap text-amber-900 ring-1 ring-amber-300"><Tex tex={derivative} /></div> : null}
    </div>
  );
}

/**
 * Logistic regression as the course's computation graph (§2.7–2.9) for one example: x, w, b → z = wᵀx + b →
 * a = σ(z) → L(a, y); backwards da, dz = a − y, dwₖ = xₖ dz, db = dz. Beside it the loop over the m examples
 * and the vectorised form, which give the same dw and db.
 */
export function LogisticGraph({ trace, phase, example, onExample }: LogisticGraphProps) {
  const t = useT();
  const m = trace.m;
  const i = Math.min(example, m - 1);
  const n0 = trace.params[0]!.cols;
  const w = trace.params[0]!.W;
  const b = trace.params[0]!.b[0]!;
  const x = (k: number, j = i) => trace.X[k * m + j]!;
  const z = trace.forward[0]!.Z[i]!;
  const a = trace.forward[0]!.A[i]!;
  const y = trace.Y[i]!;
  const loss = lossesOf([a], [y])[0]!;
  const dz = trace.backward[0]!.dZ[i]!;
  const isBackward = phase === 'backward';
  const da = -y / a + (1 - y) / (1 - a);
  /** A value in TeX, as the matrices show it. */
  const f = (value: number) => texNumber(formatEntry(value));
  const loopSums = Array.from({ length: n0 }, () => 0);
  let dbSum = 0;
  for (let j = 0; j < m; j++) {
    const dzj = trace.backward[0]!.dZ[j]!;
    for (let k = 0; k < n0; k++) loopSums[k]! += x(k, j) * dzj;
    dbSum += dzj;
  }
  return (
    <div className="flex flex-col gap-3">
      <div className="flex items-center gap-2 text-xs text-slate-600">
        <span>{t('stepper.graphExample', { i: i + 1, m })}</span>
        <button type="button" className="btn px-2 py-0" aria-label={t('stepper.previousExample')} disabled={i === 0} onClick={() => onExample(i - 1)}>‹</button>
        <button type="button" className="btn px-2 py-0" aria-label={t('stepper.nextExample')} disabled={i >= m - 1} onClick={() => onExample(i + 1)}>›</button>
      </div>
      <div className="flex flex-wrap items-center gap-3" data-testid="stepper-graph" role="group" aria-label={t('stepper.graphLabel')}>
        <div className="flex flex-col gap-1">
          {Array.from({ length: n0 }, (_, k) => (
            <div key={k} className="flex gap-1">
              <Node tex={`x_{${k + 1}} = ${f(x(k))}`} />
              <Node tex={`w_{${k + 1}} = ${f(w[k]!)}`} derivative={isBackward ? `dw_{${k + 1}} = x_{${k + 1}} \\, dz = ${f(x(k) * dz)}` : undefined} />
            </div>
          ))}
          <Node tex={`b = ${f(b)}`} derivative={isBackward ? `db = dz = ${f(dz)}` : undefined} />
        </div>
        <span aria-hidden>→</span>
        <Node tex={`z = w^T x + b = ${f(z)}`} derivative={isBackward ? `dz = a - y = ${f(dz)}` : undefined} />
        <span aria-hidden>→</span>
        <Node tex={`a = \\sigma(z) = ${f(a)}`} derivative={isBackward ? `da = -\\frac{y}{a} + \\frac{1 - y}{1 - a} = ${f(da)}` : undefined} />
        <span aria-hidden>→</span>
        <Node tex={`\\mathcal{L}(a, y) = ${f(loss)}`}>
          <Tex className="ml-1 text-slate-500" tex={`(y = ${y})`} />
        </Node>
      </div>
      {isBackward ? (
        <>
          <p className="text-xs text-slate-600">{t('stepper.chainRule')}</p>
          <div className="flex flex-wrap gap-6">
            <div className="flex flex-col" data-testid="stepper-loop">
              <div className="text-xs font-semibold text-slate-600">{t('stepper.loopTitle')}</div>
              <MathLine tex="\textbf{for } i = 1 \textbf{ to } m:" />
              {Array.from({ length: Math.min(LOOP_EXAMPLES, m) }, (_, j) => {
                const dzj = `dz^{(${j + 1})}`;
                const dws = Array.from({ length: n0 }, (_, k) => `dw_{${k + 1}} \\mathrel{+}= x_{${k + 1}}^{(${j + 1})} ${dzj}`);
                return (
                  <div key={j} className="pl-4 text-xs leading-6">
                    <Tex tex={`i = ${j + 1}\\!: \\; ${dzj} = ${f(trace.backward[0]!.dZ[j]!)}; \\; ${dws.join('; \\; ')}; \\; db \\mathrel{+}= ${dzj}`} />
                  </div>
                );
              })}
              {m > LOOP_EXAMPLES ? <div className="pl-4 text-xs text-slate-500">… {t('stepper.loopMore', { count: m - LOOP_EXAMPLES })}</div> : null}
              <div className="text-xs leading-6" data-testid="stepper-loop-result" data-values={JSON.stringify([...loopSums.map((s) => s / m), dbSum / m])}>
                <Tex tex={`${loopSums.map((s, k) => `dw_{${k + 1}} \\mathrel{/}= m \\to ${f(s / m)}`).join('; \\; ')}; \\; db \\mathrel{/}= m \\to ${f(dbSum / m)}`} />
              </div>
            </div>
            <div className="flex flex-col gap-2">
              <div className="text-xs font-semibold text-slate-600">{t('stepper.vectorisedTitle')}</div>
              <MatrixView testId="stepper-dZ-1" label={<Tex tex="dZ = A - Y" />} plainName="dZ" data={trace.backward[0]!.dZ} rows={1} cols={m} isSigned />
              <MatrixView testId="stepper-dW-1" label={<Tex tex="dw^T = \frac{1}{m} dZ X^T" />} plainName="dW" data={Array.from(trace.backward[0]!.dW, (d, k) => d + trace.backward[0]!.dWPenalty[k]!)} rows={1} cols={n0} isSigned />
              <MatrixView testId="stepper-db-1" label={<Tex tex="db = \frac{1}{m} \sum_{i} dZ^{(i)}" />} plainName="db" data={trace.backward[0]!.db} rows={1} cols={1} isVector isSigned />
            </div>
          </div>
        </>
      ) : (
        <div className="flex flex-col gap-2">
          <div className="text-xs font-semibold text-slate-600">{t('stepper.vectorisedTitle')}</div>
          <MathLine tex="Z = w^T X + b, \quad A = \sigma(Z)">
            <span className="ml-3 font-sans text-xs text-slate-500">(1, {n0}) · ({n0}, {m}) + (1, 1) → (1, {m})</span>
          </MathLine>
          <div className="flex flex-wrap items-center gap-2">
            <MatrixView testId="stepper-W-1" label={<Tex tex="w^T" />} plainName="w" data={w} rows={1} cols={n0} isSigned />
            <MatrixView testId="stepper-X" label={<Tex tex="X" />} plainName="X" data={trace.X} rows={n0} cols={m} />
            <MatrixView testId="stepper-Z-1" label={<Tex tex="Z" />} plainName="Z" data={trace.forward[0]!.Z} rows={1} cols={m} />
            <MatrixView testId="stepper-A-1" label={<Tex tex="A" />} plainName="A" data={trace.forward[0]!.A} rows={1} cols={m} />
          </div>
        </div>
      )}
    </div>
  );
}
