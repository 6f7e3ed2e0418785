'use client';

import type { ReactNode } from 'react';
import { FEATURES, type Activation, type Feature, type LayerParams, type TrainingSnapshot } from '@/lib/protocol';
import { useT } from '@/components/i18n';
import { HeatmapCanvas } from '@/components/views/heatmap-canvas';
import { DIVERGING_COLORS, activationRange, buildColorLut } from '@/components/views/colors';
import type { NeuronRef } from '@/components/views/network-diagram';
import { InspectorFrame } from './inspector-frame';
import type { WeightPick } from '@/components/views/diagram-connections';
import { ACTIVATION_TEX } from '@/lib/math/tex';
import { MathLine, Sym } from './math';
import { formatNumber, neuronDetails, neuronEquation } from './neuron-details';

const lut = buildColorLut(DIVERGING_COLORS);
const MAP_SIZE_PX = 168;
/** Gradients are small: more decimals than the weights. */
const GRADIENT_DIGITS = 5;

export interface NeuronInspectorProps {
  neuron: NeuronRef;
  features: readonly Feature[];
  activations: readonly Activation[];
  snapshot: TrainingSnapshot | null;
  /** The snapshot's parameters and gradients, when they belong to the network on screen. */
  params: readonly LayerParams[] | null;
  gradients: readonly LayerParams[] | null;
  /** Makes each weight and the bias a button that opens the in-place editor. */
  onPickWeight?(pick: WeightPick): void;
  onClose(): void;
}

/** A value of the table: a button that picks it for editing when editing is offered. */
function Value({ text, label, onPick }: { text: string; label: string; onPick?: (box: DOMRect) => void }) {
  if (!onPick) return <>{text}</>;
  return (
    <button type="button" className="rounded px-0.5 underline decoration-dotted underline-offset-2 hover:bg-slate-100" aria-label={label} data-testid="neuron-value-edit" onClick={(e) => onPick(e.currentTarget.getBoundingClientRect())}>
      {text}
    </button>
  );
}

/** One neuron up close: its activation over the plane, its incoming weights and bias, its equation with the numbers. */
export function NeuronInspector({ neuron, features, activations, snapshot, params, gradients, onPickWeight, onClose }: NeuronInspectorProps) {
  const t = useT();
  const { layer, unit } = neuron;
  const L = activations.length + 1;
  const isOutput = layer === L;
  const activation: Activation = isOutput ? 'sigmoid' : (activations[layer - 1] ?? 'tanh');
  const details = params ? neuronDetails(params, gradients, layer, unit) : null;
  const grid = snapshot && details ? snapshot.layerGrids[layer - 1] ?? null : null;
  const gridSize = snapshot?.gridSize ?? 1;
  const cells = gridSize * gridSize;
  const offset = unit * cells;
  const j = unit + 1;

  /** The k-th input of this neuron: a feature for layer 1, aₖ^[l−1] otherwise. */
  const source = (k: number): ReactNode =>
    layer === 1 ? (
      <span>{t(`feature.${features[k] ?? FEATURES[0]}`)}</span>
    ) : (
      <Sym name="a" layer={layer - 1} sub={k + 1} />
    );
  const title = isOutput ? t('neuron.outputTitle', { layer }) : t('neuron.title', { layer, unit: j });

  return (
    <InspectorFrame title={title} testId="neuron-inspector" onClose={onClose}>
      {details === null ? (
        <p className="text-xs text-slate-500">{t('inspect.noData')}</p>
      ) : (
        <div className="flex gap-3" data-layer={layer} data-unit={j}>
          <figure className="flex shrink-0 flex-col gap-1">
            <HeatmapCanvas
              values={grid}
              offset={offset}
              gridSize={gridSize}
              lut={lut}
              range={grid ? activationRange(isOutput ? 'output' : activation, grid, offset, cells) : [0, 1]}
              className="rounded ring-1 ring-slate-400"
              style={{ width: MAP_SIZE_PX, height: MAP_SIZE_PX, imageRendering: 'pixelated' }}
              label={t('neuron.mapLabel', { layer, unit: j })}
            />
            <figcaption className="text-xs text-slate-600">{t('neuron.mapCaption')}</figcaption>
          </figure>
          <div className="flex min-w-0 flex-1 flex-col gap-1">
            <div className="text-xs text-slate-600">{t('neuron.equation')}</div>
            <div className="max-h-24 overflow-y-auto" data-testid="neuron-equation">
              <MathLine wrap tex={neuronEquation(layer, j, details.weights, details.bias, features)} />
            </div>
            <MathLine tex={`a^{[${layer}]}_{${j}} = ${ACTIVATION_TEX[activation]}(z^{[${layer}]}_{${j}})`} />
            <div className="max-h-40 overflow-y-auto">
              <table className="w-full border-collapse text-xs tabular-nums" data-testid="neuron-weights">
                <thead>
                  <tr className="text-left text-slate-600">
                    <th className="pr-2 font-normal">{t('neuron.source')}</th>
                    <th className="pr-2 font-normal">{t('neuron.weight')}</th>
                    <th className="pr-2 font-normal">{t('neuron.gradient')}</th>
                  </tr>
                </thead>
                <tbody className="font-mono">
                  {details.weights.map((w, k) => (
                    <tr key={k} className="border-t border-slate-200" data-testid="neuron-weight-row">
                      <td className="pr-2 font-serif text-sm">
                        <Sym name="w" layer={layer} sub={`${j},${k + 1}`} /> · {source(k)}
                      </td>
                      <td className="pr-2" data-testid="neuron-weight">
                        <Value
                          text={formatNumber(w)}
                          label={t('neuron.editWeight', { layer, row: j, col: k + 1, value: formatNumber(w) })}
                          onPick={onPickWeight ? (box) => onPickWeight({ layer, row: unit, col: k, value: w, clientXPx: box.left + box.width / 2, clientYPx: box.bottom }) : undefined}
                        />
                      </td>
                      <td className="pr-2" data-testid="neuron-weight-gradient">
                        {details.weightGradients ? formatNumber(details.weightGradients[k]!, GRADIENT_DIGITS) : t('output.noValue')}
                      </td>
                    </tr>
                  ))}
                  <tr className="border-t border-slate-300" data-testid="neuron-bias-row">
                    <td className="pr-2 font-serif text-sm">{t('neuron.bias')}</td>
                    <td className="pr-2" data-testid="neuron-bias">
                      <Value
                        text={formatNumber(details.bias)}
                        label={t('network.editBias', { layer, row: j, value: formatNumber(details.bias) })}
                        onPick={onPickWeight ? (box) => onPickWeight({ layer, row: unit, col: null, value: details.bias, clientXPx: box.left + box.width / 2, clientYPx: box.bottom }) : undefined}
                      />
                    </td>
                    <td className="pr-2" data-testid="neuron-bias-gradient">
                      {details.biasGradient !== null ? formatNumber(details.biasGradient, GRADIENT_DIGITS) : t('output.noValue')}
                    </td>
                  </tr>
                </tbody>
              </table>
            </div>
          </div>
        </div>
      )}
    </InspectorFrame>
  );
}
