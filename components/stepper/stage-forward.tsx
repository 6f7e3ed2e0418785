'use client';

import type { Activation, StepTrace } from '@/lib/protocol';
import { ACTIVATION_TEX } from '@/lib/math/tex';
import { useT } from '@/components/i18n';
import { MathLine, Sym, Tex } from '@/components/inspectors/math';
import { MatrixView } from './matrix-view';

export interface LayerStageProps {
  trace: StepTrace;
  /** 1 … L */
  layer: number;
  /** g¹ … gᴸ (gᴸ the output's sigmoid). */
  activations: readonly Activation[];
}

/** Shapes as the course checks them, e.g. "(4, 2) · (2, 10) + (4, 1) → (4, 10)". */
export function Shapes({ text }: { text: string }) {
  return <span className="ml-3 font-sans text-xs text-slate-500" data-testid="stepper-shapes">{text}</span>;
}

/** A[l−1] as a matrix view: X for the first layer. */
export function PreviousActivations({ trace, layer, transpose = false }: { trace: StepTrace; layer: number; transpose?: boolean }) {
  const rows = trace.params[layer - 1]!.cols;
  const data = layer === 1 ? trace.X : trace.forward[layer - 2]!.A;
  const name = layer === 1 ? 'X' : `A[${layer - 1}]`;
  const label = layer === 1 ? <Tex tex="X = A^{[0]}" /> : <Sym name="A" layer={layer - 1} />;
  if (!transpose) return <MatrixView testId={layer === 1 ? 'stepper-X' : `stepper-A-${layer - 1}`} label={label} plainName={name} data={data} rows={rows} cols={trace.m} />;
  const transposed = new Float32Array(rows * trace.m);
  for (let r = 0; r < rows; r++) for (let j = 0; j < trace.m; j++) transposed[j * rows + r] = data[r * trace.m + j]!;
  return <MatrixView label={layer === 1 ? <Tex tex="X^T" /> : <Sym name="A" layer={layer - 1} transpose />} plainName={`${name}ᵀ`} data={transposed} rows={trace.m} cols={rows} />;
}

/** Zˡ = Wˡ Aˡ⁻¹ + bˡ, then Aˡ = gˡ(Zˡ), with this step's matrices; Zˡ is kept in the cache. */
export function ForwardStage({ trace, layer: l, activations }: LayerStageProps) {
  const t = useT();
  const p = trace.params[l - 1]!;
  const { Z, A } = trace.forward[l - 1]!;
  const L = trace.params.length;
  const g = activations[l - 1] ?? 'sigmoid';
  const m = trace.m;
  return (
    <div className="flex flex-col gap-2">
      <MathLine testId="stepper-equation" tex={`Z^{[${l}]} = W^{[${l}]} A^{[${l - 1}]} + b^{[${l}]}`}>
        <Shapes text={`(${p.rows}, ${p.cols}) · (${p.cols}, ${m}) + (${p.rows}, 1) → (${p.rows}, ${m})`} />
      </MathLine>
      <div className="flex flex-wrap items-center gap-x-2 gap-y-3">
        <MatrixView testId={`stepper-W-${l}`} label={<Sym name="W" layer={l} />} plainName={`W[${l}]`} data={p.W} rows={p.rows} cols={p.cols} isSigned />
        <span aria-hidden>·</span>
        <PreviousActivations trace={trace} layer={l} />
        <span aria-hidden>+</span>
        <MatrixView testId={`stepper-b-${l}`} label={<Sym name="b" layer={l} />} plainName={`b[${l}]`} data={p.b} rows={p.rows} cols={1} isVector isSigned />
        <span aria-hidden>=</span>
        <MatrixView testId={`stepper-Z-${l}`} label={<Sym name="Z" layer={l} />} plainName={`Z[${l}]`} data={Z} rows={p.rows} cols={m} />
      </div>
      <p className="text-xs text-slate-600">{t('stepper.broadcast', { n: p.rows, m })}</p>
      <MathLine tex={`A^{[${l}]} = g^{[${l}]}(Z^{[${l}]}) = ${ACTIVATION_TEX[g]}(Z^{[${l}]})${l === L ? ' = \\hat{Y}' : ''}`} />
      <MatrixView testId={`stepper-A-${l}`} label={<Sym name="A" layer={l} />} plainName={`A[${l}]`} data={A} rows={p.rows} cols={m} />
      <p className="text-xs text-slate-600" data-testid="stepper-cache">{t('stepper.cache', { l })}</p>
    </div>
  );
}
