'use client';

import { ACTIVATIONS, type Activation } from '@/lib/protocol';
import { useT } from '@/components/i18n';
import type { HeaderBox } from './header-layout';

export interface LayerHeaderProps {
  box: HeaderBox;
  /** 1 … L */
  layer: number;
  units: number;
  activation: Activation;
  maxUnits: number;
  heightPx: number;
  onSetUnits(units: number): void;
  onSetActivation(activation: Activation): void;
}

/**
 * A hidden layer's controls in its header box: − / + neuron, the neuron count, the activation. The
 * compact variant abbreviates the count ("4 n") and shows a short activation name over the menu,
 * which still lists the full names.
 */
export function LayerHeader({ box, layer, units, activation, maxUnits, heightPx, onSetUnits, onSetActivation }: LayerHeaderProps) {
  const t = useT();
  const isFull = box.variant === 'full';
  const select = (
    <select
      className={isFull ? 'rounded border border-slate-300 bg-white px-0.5 text-xs' : 'absolute inset-0 h-full w-full cursor-pointer opacity-0'}
      aria-label={t('network.activation', { layer })}
      data-testid="activation-select"
      value={activation}
      onChange={(e) => onSetActivation(e.target.value as Activation)}
    >
      {ACTIVATIONS.map((a) => (
        <option key={a} value={a}>{t(`activation.${a}`)}</option>
      ))}
    </select>
  );
  return (
    <div
      data-testid="layer-header"
      data-layer={layer}
      data-variant={box.variant}
      className="absolute flex flex-col items-center gap-1 text-xs"
      style={{ left: box.leftPx, top: 0, width: box.widthPx, height: heightPx }}
    >
      <div className="flex items-center gap-1">
        <button type="button" className="btn-icon-sm" data-testid="remove-unit" data-layer={layer} aria-label={t('network.removeUnit', { layer })} disabled={units <= 1} onClick={() => onSetUnits(units - 1)}>
          −
        </button>
        <button type="button" className="btn-icon-sm" data-testid="add-unit" data-layer={layer} aria-label={t('network.addUnit', { layer })} disabled={units >= maxUnits} onClick={() => onSetUnits(units + 1)}>
          +
        </button>
      </div>
      <span data-testid="layer-units" className="whitespace-nowrap text-slate-600" title={isFull ? undefined : t('network.units', { count: units })}>
        {isFull ? t('network.units', { count: units }) : t('network.unitsShort', { count: units })}
      </span>
      {isFull ? (
        select
      ) : (
        <span className="relative inline-flex items-center gap-px whitespace-nowrap rounded border border-slate-300 bg-white px-0.5 leading-4 focus-within:outline-2 focus-within:outline-offset-1 focus-within:outline-blue-600" title={t(`activation.${activation}`)}>
          <span aria-hidden>{t(`activationShort.${activation}`)}</span>
          <span aria-hidden className="text-[8px] text-slate-500">▼</span>
          {select}
        </span>
      )}
    </div>
  );
}

/** "Inputs" over the input column, at the foot of the header band. */
export function InputsLabel({ box, topPx }: { box: HeaderBox; topPx: number }) {
  const t = useT();
  return (
    <div data-testid="diagram-inputs-label" className="absolute whitespace-nowrap text-center text-xs text-slate-600" style={{ left: box.leftPx, top: topPx, width: box.widthPx }}>
      {t('network.features')}
    </div>
  );
}

/** "Output" and its activation over the output column, ending at the diagram's right edge. */
export function OutputLabel({ box, heightPx }: { box: HeaderBox; heightPx: number }) {
  const t = useT();
  return (
    <div
      data-testid="diagram-output-label"
      className="absolute flex flex-col items-end justify-end text-right text-xs leading-tight text-slate-600"
      style={{ left: box.leftPx, top: 0, width: box.widthPx, height: heightPx }}
      title={t('network.output')}
    >
      <span className="whitespace-nowrap">{t('network.outputShort')}</span>
      <span className="whitespace-nowrap">{box.variant === 'full' ? t('network.outputActivation') : t('network.outputActivationShort')}</span>
    </div>
  );
}
