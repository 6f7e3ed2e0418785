'use client';

import { OPTIMIZERS, REGULARIZATIONS, type Optimizer, type Regularization } from '@/lib/protocol';
import { LIMITS } from '@/lib/config/defaults';
import { optimizerHyperparameters } from '@/lib/math/optimizers';
import { useT } from '@/components/i18n';
import { NumberField } from './number-field';
import { formatHyperparameter } from './format-hyperparameter';


const HYPERPARAMETER_SYMBOL = { beta: 'β', beta1: 'β₁', beta2: 'β₂', epsilon: 'ε' } as const;

export interface OptimizerControlsProps {
  optimizer: Optimizer;
  regularization: Regularization;
  lambda: number;
  onOptimizer(value: Optimizer): void;
  /** λ follows by setRegularization's rule (lib/config/edits.ts). */
  onRegularization(value: Regularization): void;
  onLambda(value: number): void;
}

const selectClass = 'rounded border border-slate-300 bg-white px-1 py-0.5 text-sm text-slate-900';

/** Optimizer (with its β₁, β₂, ε shown), regularisation and λ: the second row of the training bar. */
export function OptimizerControls(props: OptimizerControlsProps) {
  const t = useT();
  const hyperparameters = optimizerHyperparameters(props.optimizer);
  return (
    <div className="flex flex-wrap items-end gap-x-5 gap-y-2" data-testid="optimizer-controls">
      <div className="flex items-end gap-2">
        <label className="flex flex-col text-xs text-slate-600">
          {t('train.optimizer')}
          <select className={selectClass} data-testid="optimizer" value={props.optimizer} onChange={(e) => props.onOptimizer(e.target.value as Optimizer)}>
            {OPTIMIZERS.map((o) => (
              <option key={o} value={o}>{t(`optimizer.${o}`)}</option>
            ))}
          </select>
        </label>
        {hyperparameters.length ? (
          <span
            className="pb-1 font-serif text-sm text-slate-700 tabular-nums"
            data-testid="optimizer-defaults"
            aria-label={t('train.optimizerDefaults', { optimizer: t(`optimizer.${props.optimizer}`) })}
          >
            {hyperparameters.map(([name, value]) => `${HYPERPARAMETER_SYMBOL[name]} = ${formatHyperparameter(value)}`).join(', ')}
          </span>
        ) : null}
      </div>
      <div className="flex items-end gap-2">
        <label className="flex flex-col text-xs text-slate-600">
          {t('train.regularization')}
          <select
            className={selectClass}
            data-testid="regularization"
            value={props.regularization}
            onChange={(e) => props.onRegularization(e.target.value as Regularization)}
          >
            {REGULARIZATIONS.map((r) => (
              <option key={r} value={r}>{t(`regularization.${r}`)}</option>
            ))}
          </select>
        </label>
        <NumberField
          label={t('train.lambda')}
          ariaLabel={t('train.lambdaLabel')}
          value={props.lambda}
          min={LIMITS.lambda.min}
          max={LIMITS.lambda.max}
          testId="lambda"
          errorName="lambda"
          width="w-16"
          disabled={props.regularization === 'none'}
          onCommit={(v) => v !== null && props.onLambda(v)}
        />
      </div>
    </div>
  );
}
