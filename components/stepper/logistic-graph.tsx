'use client';

import type { ReactNode } from 'react';
import type { StepTrace } from '@/lib/protocol';
import { formatEntry } from '@/lib/stepper/abbreviate';
import { lossesOf } from '@/lib/stepper/derive';
import { useT } from '@/components/i18n';
import { Frac, MathLine, Op, Sum } from '@/components/inspectors/math';
import { MatrixView } from './matrix-view';

export interface LogisticGraphProps {
  trace: StepTrace;
  phase: 'forward' | 'backward';
  /** The example the graph shows (0-based). */
  example: number;
  onExample(example: number): void;
}

const LOOP_EXAMPLES = 3;
const sub = (k: number | string) => <sub className="text-[0.7em]">{k}</sub>;
const ex = (i: number | string) => <sup className="text-[0.7em]">({i})</sup>;

function Node({ children, derivative, testId }: { children: ReactNode; derivative?: ReactNode; testId?: string }) {
  return (
    <div className="flex flex-col items-center gap-0.5" data-testid={testId}>
      <div className="rounded border border-slate-400 bg-white px-2 py-1 font-serif text-sm whitespace-nowrap">{children}</div>
      {derivative ? <div className="rounded bg-amber-50 px-1.5 font-serif text-xs whitespace-nowrap text-amber-900 ring-1 ring-amber-300">{derivative}</div> : null}
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
  const f = formatEntry;
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
              <Node>{<><i>x</i>{sub(k + 1)} = {f(x(k))}</>}</Node>
              <Node derivative={isBackward ? <>d<i>w</i>{sub(k + 1)} = <i>x</i>{sub(k + 1)} d<i>z</i> = {f(x(k) * dz)}</> : undefined}>
                <i>w</i>{sub(k + 1)} = {f(w[k]!)}
              </Node>
            </div>
          ))}
          <Node derivative={isBackward ? <>d<i>b</i> = d<i>z</i> = {f(dz)}</> : undefined}><i>b</i> = {f(b)}</Node>
        </div>
        <span aria-hidden>→</span>
        <Node derivative={isBackward ? <>d<i>z</i> = <i>a</i> − <i>y</i> = {f(dz)}</> : undefined}>
          <i>z</i> = <i>w</i><sup>T</sup><i>x</i> + <i>b</i> = {f(z)}
        </Node>
        <span aria-hidden>→</span>
        <Node derivative={isBackward ? <>d<i>a</i> = −<Frac num={<i>y</i>} den={<i>a</i>} /> + <Frac num={<>1 − <i>y</i></>} den={<>1 − <i>a</i></>} /> = {f(da)}</> : undefined}>
          <i>a</i> = σ(<i>z</i>) = {f(a)}
        </Node>
        <span aria-hidden>→</span>
        <Node>
          <i>L</i>(<i>a</i>, <i>y</i>) = {f(loss)} <span className="text-slate-500">(<i>y</i> = {y})</span>
        </Node>
      </div>
      {isBackward ? (
        <>
          <p className="text-xs text-slate-600">{t('stepper.chainRule')}</p>
          <div className="flex flex-wrap gap-6">
            <div className="flex flex-col" data-testid="stepper-loop">
              <div className="text-xs font-semibold text-slate-600">{t('stepper.loopTitle')}</div>
              <MathLine>for <i>i</i> = 1 to <i>m</i>:</MathLine>
              {Array.from({ length: Math.min(LOOP_EXAMPLES, m) }, (_, j) => (
                <div key={j} className="pl-4 font-serif text-xs leading-6">
                  <i>i</i> = {j + 1}: d<i>z</i>{ex(j + 1)} = {f(trace.backward[0]!.dZ[j]!)};{' '}
                  {Array.from({ length: n0 }, (_, k) => (
                    <span key={k}>d<i>w</i>{sub(k + 1)} += <i>x</i>{sub(k + 1)}{ex(j + 1)} d<i>z</i>{ex(j + 1)}; </span>
                  ))}
                  d<i>b</i> += d<i>z</i>{ex(j + 1)}
                </div>
              ))}
              {m > LOOP_EXAMPLES ? <div className="pl-4 text-xs text-slate-500">… {t('stepper.loopMore', { count: m - LOOP_EXAMPLES })}</div> : null}
              <div className="font-serif text-xs leading-6" data-testid="stepper-loop-result" data-values={JSON.stringify([...loopSums.map((s) => s / m), dbSum / m])}>
                {loopSums.map((s, k) => <span key={k}>d<i>w</i>{sub(k + 1)} /= <i>m</i> → {f(s / m)}; </span>)}d<i>b</i> /= <i>m</i> → {f(dbSum / m)}
              </div>
            </div>
            <div className="flex flex-col gap-2">
              <div className="text-xs font-semibold text-slate-600">{t('stepper.vectorisedTitle')}</div>
              <MatrixView testId="stepper-dZ-1" label={<>d<i>Z</i> = <i>A</i> − <i>Y</i></>} plainName="dZ" data={trace.backward[0]!.dZ} rows={1} cols={m} isSigned />
              <MatrixView testId="stepper-dW-1" label={<>d<i>w</i><sup>T</sup> = <Frac num="1" den={<i>m</i>} />d<i>Z X</i><sup>T</sup></>} plainName="dW" data={Array.from(trace.backward[0]!.dW, (d, k) => d + trace.backward[0]!.dWPenalty[k]!)} rows={1} cols={n0} isSigned />
              <MatrixView testId="stepper-db-1" label={<>d<i>b</i> = <Frac num="1" den={<i>m</i>} /><Sum below="i" />d<i>Z</i></>} plainName="db" data={trace.backward[0]!.db} rows={1} cols={1} isVector isSigned />
            </div>
          </div>
        </>
      ) : (
        <div className="flex flex-col gap-2">
          <div className="text-xs font-semibold text-slate-600">{t('stepper.vectorisedTitle')}</div>
          <MathLine>
            <i>Z</i><Op>=</Op><i>w</i><sup>T</sup><i>X</i><Op>+</Op><i>b</i>, <span className="ml-2"><i>A</i><Op>=</Op>σ(<i>Z</i>)</span>
            <span className="ml-3 font-sans text-xs text-slate-500">(1, {n0}) · ({n0}, {m}) + (1, 1) → (1, {m})</span>
          </MathLine>
          <div className="flex flex-wrap items-center gap-2">
            <MatrixView testId="stepper-W-1" label={<><i>w</i><sup>T</sup></>} plainName="w" data={w} rows={1} cols={n0} isSigned />
            <MatrixView testId="stepper-X" label={<i>X</i>} plainName="X" data={trace.X} rows={n0} cols={m} />
            <MatrixView testId="stepper-Z-1" label={<i>Z</i>} plainName="Z" data={trace.forward[0]!.Z} rows={1} cols={m} />
            <MatrixView testId="stepper-A-1" label={<i>A</i>} plainName="A" data={trace.forward[0]!.A} rows={1} cols={m} />
          </div>
        </div>
      )}
    </div>
  );
}
