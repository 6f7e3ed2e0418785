'use client';

import type { NetworkHealth } from '@/lib/protocol';
import { useT } from '@/components/i18n';
import { formatNorm, healthBars } from './health-bars';

/**
 * One column per layer under the network diagram: the share of dead (ReLU) or saturated (sigmoid, tanh)
 * units as a bar, a mark when every unit is identical, and ‖dWˡ‖ on a log scale, so vanishing or exploding
 * gradients across depth show at a glance. Numbers in full on hover.
 */
export function HealthStrip({ health }: { health: NetworkHealth | undefined }) {
  const t = useT();
  if (!health || health.layers.length === 0) return null;
  const bars = healthBars(health);
  return (
    <figure className="mt-2 text-[11px] text-slate-600" data-testid="health-strip" aria-label={t('health.title')}>
      <figcaption className="mb-1 flex flex-wrap gap-x-3">
        <span className="font-semibold uppercase tracking-wide text-slate-500">{t('health.title')}</span>
        <span><span className="mr-1 inline-block h-2 w-3 bg-amber-500 align-middle" aria-hidden />{t('health.failing')}</span>
        <span><span className="mr-1 inline-block h-2 w-3 bg-slate-500 align-middle" aria-hidden />{t('health.norm')}</span>
      </figcaption>
      <div className="flex gap-2">
        {bars.map((bar) => {
          const failingText = bar.failure ? t(bar.failure === 'dies' ? 'health.dead' : 'health.saturated', { percent: Math.round(bar.failingShare * 100) }) : t('health.noFailure');
          const title = [
            bar.isOutput ? t('health.outputLayer') : t('health.layer', { layer: bar.layer }),
            ...(bar.isOutput ? [] : [failingText]),
            ...(bar.identicalUnits ? [t('health.identical', { units: bar.identicalUnits })] : []),
            `‖dW[${bar.layer}]‖ = ${formatNorm(bar.gradientNorm)}`,
          ].join(' · ');
          return (
            <div
              key={bar.layer}
              className="flex min-w-0 flex-1 flex-col gap-0.5"
              data-testid="health-layer"
              data-layer={bar.layer}
              data-failing-share={bar.failingShare}
              data-gradient-norm={bar.gradientNorm}
              title={title}
            >
              <span className="truncate">{bar.isOutput ? t('health.outputShort') : `${bar.layer}${bar.identicalUnits ? ' =' : ''}`}</span>
              <span className="h-1.5 w-full rounded-sm bg-slate-200" aria-hidden>
                <span className="block h-full rounded-sm bg-amber-500" style={{ width: `${bar.failingShare * 100}%` }} />
              </span>
              <span className="h-1.5 w-full rounded-sm bg-slate-200" aria-hidden>
                <span className="block h-full rounded-sm bg-slate-500" style={{ width: `${bar.normFraction * 100}%` }} />
              </span>
            </div>
          );
        })}
      </div>
    </figure>
  );
}
