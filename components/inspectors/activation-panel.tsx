'use client';

import { useMemo } from 'react';
import { VIEW_LESSONS } from '@/lib/lessons/view-lessons';
import type { Activation } from '@/lib/protocol';
import { useT } from '@/components/i18n';
import { WEIGHT_COLORS } from '@/components/views/colors';
import { InspectorFrame } from './inspector-frame';
import { activationPlotGeometry, Z_MAX, Z_MIN } from './activation-plot-geometry';

const BOX = { widthPx: 120, heightPx: 72, marginPx: 4 } as const;
const G_COLOR = WEIGHT_COLORS.positive;
const DG_COLOR = WEIGHT_COLORS.negative;

function ActivationPlot({ activation, layer, isOutput }: { activation: Activation; layer: number; isOutput: boolean }) {
  const t = useT();
  const geometry = useMemo(() => activationPlotGeometry(activation, BOX), [activation]);
  const name = t(`activation.${activation}`);
  const [yMin, yMax] = geometry.yDomain;
  return (
    <figure className="flex flex-col items-center" data-testid="activation-plot" data-layer={layer} data-activation={activation}>
      <figcaption className="text-xs text-slate-700">
        {isOutput ? t('activationPlot.output', { activation: name }) : t('activationPlot.layer', { layer, activation: name })}
      </figcaption>
      <div className="flex items-stretch gap-1">
        <div className="flex flex-col justify-between py-0.5 text-right font-mono text-[10px] leading-none text-slate-500">
          <span>{+yMax.toFixed(2)}</span>
          <span>{+yMin.toFixed(2)}</span>
        </div>
        <svg width={BOX.widthPx} height={BOX.heightPx} role="img" aria-label={t('activationPlot.label', { activation: name })} className="rounded bg-white ring-1 ring-slate-200">
          <line x1={0} x2={BOX.widthPx} y1={geometry.zeroYPx} y2={geometry.zeroYPx} stroke="#cbd5e1" />
          <line x1={geometry.zeroXPx} x2={geometry.zeroXPx} y1={0} y2={BOX.heightPx} stroke="#cbd5e1" />
          <path d={geometry.dgPath} fill="none" stroke={DG_COLOR} strokeWidth={1.5} strokeDasharray="4 2" data-testid="activation-dg" />
          <path d={geometry.gPath} fill="none" stroke={G_COLOR} strokeWidth={2} data-testid="activation-g" />
        </svg>
      </div>
      <div className="flex w-full justify-between pl-6 font-mono text-[10px] leading-none text-slate-500">
        <span>{Z_MIN}</span>
        <span className="font-serif italic">z</span>
        <span>{Z_MAX}</span>
      </div>
    </figure>
  );
}

/** g(z) and g′(z) of every layer's activation (the output's sigmoid last), so saturation is seen. */
export function ActivationPanel({ activations, onClose }: { activations: readonly Activation[]; onClose(): void }) {
  const t = useT();
  const all: Activation[] = [...activations, 'sigmoid'];
  return (
    <InspectorFrame title={t('activationPlot.title')} testId="activation-panel" lesson={VIEW_LESSONS.activation} onClose={onClose}>
      <div className="mb-1 flex gap-3 text-xs text-slate-600">
        <span className="flex items-center gap-1">
          <svg width={18} height={6} aria-hidden><line x1={0} x2={18} y1={3} y2={3} stroke={G_COLOR} strokeWidth={2} /></svg>
          <span className="font-serif italic">{t('activationPlot.legendG')}</span>
        </span>
        <span className="flex items-center gap-1">
          <svg width={18} height={6} aria-hidden><line x1={0} x2={18} y1={3} y2={3} stroke={DG_COLOR} strokeWidth={1.5} strokeDasharray="4 2" /></svg>
          <span className="font-serif italic">{t('activationPlot.legendDg')}</span>
        </span>
      </div>
      <div className="flex flex-wrap gap-x-3 gap-y-2">
        {all.map((activation, i) => (
          <ActivationPlot key={i} activation={activation} layer={i + 1} isOutput={i === all.length - 1} />
        ))}
      </div>
      <p className="mt-1 text-xs text-slate-500">{t('activationPlot.hint')}</p>
    </InspectorFrame>
  );
}
