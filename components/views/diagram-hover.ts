import type { LayerParams } from '@/lib/protocol';
import type { Translate } from '@/components/i18n';
import { formatGradient, formatNumber } from './diagram-connections';

/**
 * What the pointer is over in the network diagram: a weight Wˡ[row][col], a neuron, or a neuron's bias
 * (layers from 1, rows, units and columns from 0). Its text is written only for the hovered item, from
 * the newest snapshot, so a render of a wide diagram builds no texts.
 */
export type HoverTarget = { kind: 'weight'; layer: number; row: number; col: number } | { kind: 'neuron' | 'bias'; layer: number; unit: number };

/** A stable key of a target (React keys and equality). */
export function hoverKey(target: HoverTarget): string {
  return target.kind === 'weight' ? `w${target.layer}-${target.row}-${target.col}` : `${target.kind[0]}${target.layer}-${target.unit}`;
}

export interface HoverValues {
  params: readonly LayerParams[] | null;
  gradients: readonly LayerParams[] | null;
  isGradientView: boolean;
}

/** The tooltip's text for a target, in the page's language: its value (and dW or db in the gradient view). */
export function hoverTextOf(target: HoverTarget, { params, gradients, isGradientView }: HoverValues, t: Translate): string {
  const layer = params?.[target.layer - 1];
  const grads = gradients?.[target.layer - 1];
  if (target.kind === 'weight') {
    const index = target.row * (layer?.cols ?? 0) + target.col;
    const weight = layer?.W[index];
    const grad = grads?.W[index];
    const at = { layer: target.layer, row: target.row + 1, col: target.col + 1 };
    const weightText = t('network.weight', { ...at, value: weight === undefined ? '—' : formatNumber(weight) });
    return isGradientView ? `${t('network.weightGradient', { ...at, value: grad === undefined ? '—' : formatGradient(grad) })} · ${weightText}` : weightText;
  }
  const bias = layer?.b[target.unit];
  const at = { layer: target.layer, row: target.unit + 1 };
  const biasText = t('network.bias', { ...at, value: bias === undefined ? '—' : formatNumber(bias) });
  if (target.kind === 'bias') return biasText;
  const neuron = t('network.neuron', { layer: target.layer, unit: target.unit + 1 });
  if (!isGradientView) return `${neuron} · ${biasText}`;
  const biasGradient = grads?.b[target.unit];
  return `${neuron} · ${t('network.biasGradient', { ...at, value: biasGradient === undefined ? '—' : formatGradient(biasGradient) })} · ${biasText}`;
}
