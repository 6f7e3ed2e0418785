'use client';

import type { PlaygroundConfig } from '@/lib/config/types';
import { layerSizes, parameterCount } from '@/lib/lessons/checks';
import { useT } from '@/components/i18n';

/** Lesson 10: what the learner sets (hyperparameters) beside what gradient descent learns (W, b). */
export function ParametersPanel({ config }: { config: PlaygroundConfig }) {
  const t = useT();
  const activations = [...new Set(config.activations)].map((a) => t(`activation.${a}`)).join(', ');
  const hyperparameters = [
    { key: 'learningRate', label: t('lessons.hp.learningRate'), value: String(config.learningRate) },
    { key: 'epochs', label: t('lessons.hp.stopEpoch'), value: config.until === null ? t('train.untilNone') : String(config.until) },
    { key: 'layers', label: t('lessons.hp.layers'), value: String(config.layers.length) },
    { key: 'units', label: t('lessons.hp.units'), value: config.layers.length ? config.layers.join(', ') : '—' },
    { key: 'activation', label: t('lessons.hp.activation'), value: activations || '—' },
    { key: 'batch', label: t('lessons.hp.batch'), value: config.batchSize === 'full' ? t('train.batchFull') : String(config.batchSize) },
    { key: 'init', label: t('lessons.hp.init'), value: t(`init.${config.init}`) },
  ];
  return (
    <div className="grid grid-cols-1 gap-3 text-sm sm:grid-cols-2 xl:grid-cols-1" data-testid="parameters-panel">
      <section className="rounded-lg border-2 border-amber-400 bg-amber-50 p-2">
        <h2 className="mb-1 font-semibold text-amber-900">{t('lessons.youSet')}</h2>
        <dl className="grid grid-cols-[auto_1fr] gap-x-2 gap-y-0.5">
          {hyperparameters.map((h) => (
            <div key={h.key} className="contents">
              <dt className="text-slate-600">{h.label}</dt>
              <dd className="font-mono text-slate-900" data-testid={`hp-${h.key}`}>{h.value}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section className="rounded-lg border-2 border-sky-500 bg-sky-50 p-2">
        <h2 className="mb-1 font-semibold text-sky-900">{t('lessons.gdLearns')}</h2>
        <ul className="flex flex-col gap-0.5 font-mono text-slate-900">
          {layerSizes(config).map(({ rows, cols }, l) => (
            <li key={l}>{t('lessons.layerShape', { layer: l + 1, rows, cols })}</li>
          ))}
        </ul>
        <p className="mt-1 font-semibold text-sky-900" data-testid="parameter-count">{t('lessons.parameterCount', { count: parameterCount(config) })}</p>
      </section>
    </div>
  );
}
