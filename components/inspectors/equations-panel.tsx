'use client';

import type { ReactNode } from 'react';
import { VIEW_LESSONS } from '@/lib/lessons/view-lessons';
import type { Activation, Optimizer, Regularization } from '@/lib/protocol';
import { ACTIVATION_TABLE } from '@/lib/math/activations';
import { ACTIVATION_TEX, texExpression, texNumber } from '@/lib/math/tex';
import { useT, type Translate } from '@/components/i18n';
import { InspectorFrame } from './inspector-frame';
import { MathLine, Tex } from './math';
import { UpdateLines } from './update-lines';

export interface EquationsPanelProps {
  activations: readonly Activation[];
  optimizer: Optimizer;
  regularization: Regularization;
  lambda: number;
  learningRate: number;
  onClose(): void;
}

/** g′ as the course writes it, in terms of a = g(z) where that is how it is taught (TeX, or a sentence for a step). */
function derivative(activation: Activation, t: Translate): { tex: string; note?: string } {
  const { derivativeFormula: formula } = ACTIVATION_TABLE[activation];
  const lhs = `${ACTIVATION_TEX[activation]}'(z) =`;
  return formula.kind === 'step' ? { tex: lhs, note: t('equations.stepDerivative', { other: formula.other }) } : { tex: `${lhs} ${texExpression(formula.text)}` };
}

function Heading({ children }: { children: ReactNode }) {
  return <h4 className="mt-2 text-xs font-semibold text-slate-600 first:mt-0">{children}</h4>;
}

/** The regularisation terms of J and of dW^{[l]} for the current setting, in TeX. */
function regularizationTerms(regularization: Regularization): { cost: string; gradient: string } | null {
  if (regularization === 'l2') return { cost: ' + \\frac{\\lambda}{2m} \\sum_{l} \\lVert W^{[l]} \\rVert_F^2', gradient: ' + \\frac{\\lambda}{m} W^{[l]}' };
  if (regularization === 'l1') return { cost: ' + \\frac{\\lambda}{m} \\sum_{l} \\sum_{j,k} \\lvert W^{[l]}_{jk} \\rvert', gradient: ' + \\frac{\\lambda}{m} \\operatorname{sign}(W^{[l]})' };
  if (regularization === 'none') return null;
  return regularization satisfies never;
}

const NOTE = 'ml-3 font-sans text-xs text-slate-500';

/** The course's forward and backward equations for the current network, set by KaTeX. */
export function EquationsPanel({ activations, optimizer, regularization, lambda, learningRate, onClose }: EquationsPanelProps) {
  const t = useT();
  const L = activations.length + 1;
  const reg = regularizationTerms(regularization);
  const hiddenKinds = [...new Set(activations)];
  const gList = [...activations, 'sigmoid' as const].map((a, i) => `g^{[${i + 1}]} = ${ACTIVATION_TEX[a]}`).join(',\\; ');
  return (
    <InspectorFrame title={t('equations.title', { L })} testId="equations-panel" lesson={VIEW_LESSONS.equations} onClose={onClose}>
      <div className="overflow-x-auto">
        <p className="text-xs text-slate-600" data-testid="equations-L">
          {activations.length ? t('equations.layers', { L, hidden: activations.length }) : t('equations.layersNone')}
        </p>
        <Heading>{t('equations.forward')}</Heading>
        <MathLine tex="A^{[0]} = X" />
        <MathLine testId="equation-forward-z" tex="Z^{[l]} = W^{[l]} A^{[l-1]} + b^{[l]}" />
        <MathLine tex="A^{[l]} = g^{[l]}(Z^{[l]})" />
        <MathLine testId="equations-activations" wrap tex={gList} />
        <MathLine tex={`\\hat{Y} = A^{[${L}]} = \\sigma(Z^{[${L}]})`} />
        <Heading>{t('equations.cost')}</Heading>
        <MathLine
          testId="equation-cost"
          tex={`J = -\\frac{1}{m} \\sum_{i=1}^{m} \\Big[y^{(i)} \\log a^{[${L}](i)} + (1 - y^{(i)}) \\log\\big(1 - a^{[${L}](i)}\\big)\\Big]${reg?.cost ?? ''}`}
        >
          {reg ? <Tex className={NOTE} tex={`(\\lambda = ${texNumber(lambda)})`} /> : null}
        </MathLine>
        <Heading>{t('equations.backward')}</Heading>
        <MathLine testId="equation-backward-dzL" tex={`dZ^{[${L}]} = A^{[${L}]} - Y`} />
        <MathLine testId="equation-backward-dw" tex={`dW^{[l]} = \\frac{1}{m} dZ^{[l]} A^{[l-1]T}${reg?.gradient ?? ''}`} />
        <MathLine tex="db^{[l]} = \frac{1}{m} \sum_{i=1}^{m} dZ^{[l](i)}" />
        {/* Layer 0 is the input: the engine stops at dW[1], db[1], so these lines hold for l ≥ 2 only. */}
        {activations.length ? (
          <>
            <MathLine testId="equation-backward-da" tex="dA^{[l-1]} = W^{[l]T} dZ^{[l]}">
              <span className={NOTE}>{t('equations.hiddenOnly')}</span>
            </MathLine>
            <MathLine testId="equation-backward-dz" tex="dZ^{[l-1]} = dA^{[l-1]} * g^{[l-1]\prime}(Z^{[l-1]})">
              <span className={NOTE}>{t('equations.hiddenOnly')}</span>
            </MathLine>
          </>
        ) : null}
        {hiddenKinds.length ? (
          <div className="text-sm text-slate-700">
            {t('equations.where')}{' '}
            {hiddenKinds.map((a, i) => {
              const { tex, note } = derivative(a, t);
              return (
                <span key={a} className="mr-2 whitespace-nowrap">
                  <Tex tex={tex} />
                  {note ? ` ${note}` : null}
                  {i < hiddenKinds.length - 1 ? ';' : null}
                </span>
              );
            })}
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
