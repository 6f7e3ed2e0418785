'use client';

import type { ReactNode } from 'react';
import type { Activation, Optimizer, Regularization } from '@/lib/protocol';
import { ACTIVATION_TABLE } from '@/lib/math/activations';
import { useT, type Translate } from '@/components/i18n';
import { InspectorFrame } from './inspector-frame';
import { Frac, MathLine, Op, Scripts, Sum, Sym } from './math';
import { UpdateLines } from './update-lines';

export interface EquationsPanelProps {
  activations: readonly Activation[];
  optimizer: Optimizer;
  regularization: Regularization;
  lambda: number;
  learningRate: number;
  onClose(): void;
}

const oneOverM = <Frac num="1" den={<i>m</i>} />;
const lambdaOverM = <Frac num={<i>λ</i>} den={<i>m</i>} />;

/** An expression of the table's formula text: the letters a and z in italics, ^n a superscript. */
function formulaText(text: string): ReactNode {
  return text.split(/(\^\d+|[az])/).map((part, i) =>
    part === 'a' || part === 'z' ? <i key={i}>{part}</i> : part.startsWith('^') ? <sup key={i}>{part.slice(1)}</sup> : part,
  );
}

/** g′ as the course writes it, in terms of a = g(z) where that is how it is taught. */
function derivative(activation: Activation, t: Translate): ReactNode {
  const { symbol, derivativeFormula: formula } = ACTIVATION_TABLE[activation];
  const value = formula.kind === 'step' ? t('equations.stepDerivative', { other: formula.other }) : formulaText(formula.text);
  return <>{symbol}′(<i>z</i>) = {value}</>;
}

function Heading({ children }: { children: ReactNode }) {
  return <h4 className="mt-2 text-xs font-semibold text-slate-600 first:mt-0">{children}</h4>;
}

/** The regularisation term of J and of dWˡ for the current setting. */
function regularizationTerms(regularization: Regularization): { cost: ReactNode; gradient: ReactNode } | null {
  if (regularization === 'l2') {
    return {
      cost: (
        <>
          <Op>+</Op>
          <Frac num={<i>λ</i>} den={<>2<i>m</i></>} />
          <Sum below={<i>l</i>} />‖<Sym name="W" layer="l" />‖<Scripts sup="2" sub="F" />
        </>
      ),
      gradient: (
        <>
          <Op>+</Op>
          {lambdaOverM}
          <Sym name="W" layer="l" />
        </>
      ),
    };
  }
  if (regularization === 'l1') {
    return {
      cost: (
        <>
          <Op>+</Op>
          {lambdaOverM}
          <Sum below={<i>l</i>} />
          <Sum below={<><i>j</i>,<i>k</i></>} />|<Sym name="W" layer="l" sub={<><i>jk</i></>} />|
        </>
      ),
      gradient: (
        <>
          <Op>+</Op>
          {lambdaOverM} sign(<Sym name="W" layer="l" />)
        </>
      ),
    };
  }
  if (regularization === 'none') return null;
  return regularization satisfies never;
}

/** The course's forward and backward equations for the current network, as HTML maths. */
export function EquationsPanel({ activations, optimizer, regularization, lambda, learningRate, onClose }: EquationsPanelProps) {
  const t = useT();
  const L = activations.length + 1;
  const reg = regularizationTerms(regularization);
  const hiddenKinds = [...new Set(activations)];
  const gList = [...activations, 'sigmoid' as const].map((a, i) => (
    <span key={i} className="mr-2 whitespace-nowrap">
      <Sym name="g" layer={i + 1} /> = {ACTIVATION_TABLE[a].symbol}
      {i < activations.length ? ',' : null}
    </span>
  ));
  return (
    <InspectorFrame title={t('equations.title', { L })} testId="equations-panel" onClose={onClose}>
      <div className="overflow-x-auto">
        <p className="text-xs text-slate-600" data-testid="equations-L">
          {activations.length ? t('equations.layers', { L, hidden: activations.length }) : t('equations.layersNone')}
        </p>
        <Heading>{t('equations.forward')}</Heading>
        <MathLine>
          <Sym name="A" layer={0} /><Op>=</Op><i>X</i>
        </MathLine>
        <MathLine testId="equation-forward-z">
          <Sym name="Z" layer="l" /><Op>=</Op><Sym name="W" layer="l" /> <Sym name="A" layer="l−1" /><Op>+</Op><Sym name="b" layer="l" />
        </MathLine>
        <MathLine>
          <Sym name="A" layer="l" /><Op>=</Op><Sym name="g" layer="l" />(<Sym name="Z" layer="l" />)
        </MathLine>
        <div className="font-serif text-sm text-slate-700" data-testid="equations-activations">{gList}</div>
        <MathLine>
          <i>Ŷ</i><Op>=</Op><Sym name="A" layer={L} /><Op>=</Op>σ(<Sym name="Z" layer={L} />)
        </MathLine>
        <Heading>{t('equations.cost')}</Heading>
        <MathLine testId="equation-cost">
          <i>J</i><Op>=</Op>−{oneOverM}
          <Sum below={<><i>i</i>=1</>} above={<i>m</i>} />
          [<i>y</i><sup>(<i>i</i>)</sup> log <i>a</i><sup>[{L}](<i>i</i>)</sup><Op>+</Op>(1 − <i>y</i><sup>(<i>i</i>)</sup>) log(1 − <i>a</i><sup>[{L}](<i>i</i>)</sup>)]
          {reg?.cost}
          {reg ? <span className="ml-3 text-slate-500">(<i>λ</i> = {lambda})</span> : null}
        </MathLine>
        <Heading>{t('equations.backward')}</Heading>
        <MathLine testId="equation-backward-dzL">
          <Sym name="dZ" layer={L} /><Op>=</Op><Sym name="A" layer={L} /><Op>−</Op><i>Y</i>
        </MathLine>
        <MathLine testId="equation-backward-dw">
          <Sym name="dW" layer="l" /><Op>=</Op>{oneOverM}<Sym name="dZ" layer="l" /> <Sym name="A" layer="l−1" transpose />
          {reg?.gradient}
        </MathLine>
        <MathLine>
          <Sym name="db" layer="l" /><Op>=</Op>{oneOverM}
          <Sum below={<><i>i</i>=1</>} above={<i>m</i>} />
          <Sym name="dZ" layer="l" example={<i>i</i>} />
        </MathLine>
        {/* Layer 0 is the input: the engine stops at dW[1], db[1], so these lines hold for l ≥ 2 only. */}
        {activations.length ? (
          <>
            <MathLine testId="equation-backward-da">
              <Sym name="dA" layer="l−1" /><Op>=</Op><Sym name="W" layer="l" transpose /> <Sym name="dZ" layer="l" />
              <span className="ml-3 font-sans text-xs text-slate-500">{t('equations.hiddenOnly')}</span>
            </MathLine>
            <MathLine testId="equation-backward-dz">
              <Sym name="dZ" layer="l−1" /><Op>=</Op><Sym name="dA" layer="l−1" /><Op>⊙</Op><Sym name="g" layer="l−1" prime />(<Sym name="Z" layer="l−1" />)
              <span className="ml-3 font-sans text-xs text-slate-500">{t('equations.hiddenOnly')}</span>
            </MathLine>
          </>
        ) : null}
        {hiddenKinds.length ? (
          <div className="font-serif text-sm text-slate-700">
            {t('equations.where')}{' '}
            {hiddenKinds.map((a, i) => (
              <span key={a} className="mr-2 whitespace-nowrap">
                {derivative(a, t)}
                {i < hiddenKinds.length - 1 ? ';' : null}
              </span>
            ))}
          </div>
        ) : null}
        <Heading>{t('equations.update', { optimizer: t(`optimizer.${optimizer}`), alpha: learningRate })}</Heading>
        <div data-testid="equation-update" data-optimizer={optimizer}>
          <UpdateLines optimizer={optimizer} />
        </div>
        <p className="text-xs text-slate-500">
          {t('equations.forEachParam')}
          {optimizer === 'adam' ? `; ${t('equations.adamStep')}` : null}
        </p>
      </div>
    </InspectorFrame>
  );
}
