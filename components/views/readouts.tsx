'use client';

import type { TrainingSnapshot } from '@/lib/protocol';
import { useT } from '@/components/i18n';

const cost = (v: number | undefined) => (v === undefined || Number.isNaN(v) ? null : Number.isFinite(v) ? v.toFixed(4) : '∞');
const percent = (v: number | undefined) => (v === undefined || !Number.isFinite(v) ? null : `${(v * 100).toFixed(1)} %`);

/** Training and test cost and accuracy of the newest snapshot. */
export function Readouts({ snapshot, columns = 2 }: { snapshot: TrainingSnapshot | null; columns?: 2 | 4 }) {
  const t = useT();
  const items = [
    { id: 'train-cost', label: t('output.trainCost'), value: cost(snapshot?.trainCost) },
    { id: 'test-cost', label: t('output.testCost'), value: cost(snapshot?.testCost) },
    { id: 'train-accuracy', label: t('output.trainAccuracy'), value: percent(snapshot?.trainAccuracy) },
    { id: 'test-accuracy', label: t('output.testAccuracy'), value: percent(snapshot?.testAccuracy) },
  ] as const;
  return (
    <dl className={`grid gap-x-4 gap-y-1 ${columns === 4 ? 'grid-cols-4' : 'grid-cols-2'}`}>
      {items.map((item) => (
        <div key={item.id} className="flex flex-col">
          <dt className="text-xs text-slate-600">{item.label}</dt>
          <dd className="font-mono text-lg tabular-nums text-slate-900" data-testid={item.id}>
            {item.value ?? t('output.noValue')}
          </dd>
        </div>
      ))}
    </dl>
  );
}
