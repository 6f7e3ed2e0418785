'use client';

import { Fragment, memo } from 'react';
import type { Activation } from '@/lib/protocol';
import { useT } from '@/components/i18n';
import { HeatmapCanvas } from './heatmap-canvas';
import { activationRange, paletteVar } from './colors';
import { formatNumber, type WeightPick } from './diagram-connections';
import type { HoverTarget } from './diagram-hover';
import type { NodePosition } from './network-layout';

/** What a neuron's map shows: its layer's grid of activations (null before a snapshot). */
export interface NeuronMap {
  grid: Float32Array | null;
  gridSize: number;
  lut: Uint8ClampedArray;
  /** 'output' for the output unit. */
  activation: Activation | 'output';
}

export interface NeuronNodeProps {
  node: NodePosition;
  layer: number;
  /** Null: the map is painted elsewhere (a compact column's canvas) and the button is a transparent target. */
  map: NeuronMap | null;
  /** The bias (a handle to set it by hand is drawn on nodes big enough); undefined before a snapshot. */
  bias: number | undefined;
  isSelected: boolean;
  isFocused: boolean;
  showHover(target: HoverTarget): (event: React.PointerEvent) => void;
  onLeave(): void;
  onSelect?(layer: number, unit: number): void;
  onPickWeight?(pick: WeightPick): void;
}

/** One hidden or output neuron: a button over its map (which opens the neuron inspector), and its bias handle. */
export function NeuronNode({ node, layer, map, bias, isSelected, isFocused, showHover, onLeave, onSelect, onPickWeight }: NeuronNodeProps) {
  const t = useT();
  const cells = map ? map.gridSize * map.gridSize : 0;
  const offset = node.unit * cells;
  const ring = isSelected ? 'ring-2 ring-slate-900' : isFocused ? 'ring-[3px] ring-amber-500' : 'ring-1 ring-slate-400';
  const rounded = node.sizePx >= 20 ? 'rounded' : 'rounded-sm';
  const neuron = { kind: 'neuron', layer, unit: node.unit } as const;
  return (
    <Fragment>
      <button
        type="button"
        data-testid="neuron"
        data-layer={layer}
        data-unit={node.unit + 1}
        aria-label={t('network.inspectNeuron', { layer, unit: node.unit + 1 })}
        aria-pressed={isSelected}
        className={`absolute block p-0 ${map ? '' : `${rounded} ${ring}`}`}
        style={{ left: node.xPx - node.sizePx / 2, top: node.yPx - node.sizePx / 2, width: node.sizePx, height: node.sizePx }}
        onPointerEnter={showHover(neuron)}
        onPointerMove={showHover(neuron)}
        onPointerLeave={onLeave}
        onClick={() => onSelect?.(layer, node.unit)}
      >
        {map ? (
          <HeatmapCanvas
            values={map.grid}
            offset={offset}
            gridSize={map.gridSize}
            lut={map.lut}
            range={map.grid ? activationRange(map.activation, map.grid, offset, cells) : [0, 1]}
            stride={Math.max(1, Math.floor(map.gridSize / node.sizePx))}
            className={`block h-full w-full ${rounded} ${ring}`}
          />
        ) : null}
      </button>
      {bias !== undefined && node.sizePx >= 30 ? (
        <button
          type="button"
          className="absolute h-3 w-3 rounded-sm p-0 ring-1 ring-white"
          style={{ left: node.xPx - node.sizePx / 2 - 4, top: node.yPx + node.sizePx / 2 - 8, background: paletteVar(bias < 0 ? 'weightNegative' : 'weightPositive'), cursor: onPickWeight ? 'pointer' : 'default' }}
          data-testid="bias-handle"
          data-layer={layer}
          data-unit={node.unit + 1}
          aria-label={t('network.editBias', { layer, row: node.unit + 1, value: formatNumber(bias) })}
          tabIndex={onPickWeight ? 0 : -1}
          disabled={!onPickWeight}
          onPointerEnter={showHover({ kind: 'bias', layer, unit: node.unit })}
          onPointerLeave={onLeave}
          onClick={(event) => {
            const box = event.currentTarget.getBoundingClientRect();
            onPickWeight?.({ layer, row: node.unit, col: null, value: bias, clientXPx: box.left, clientYPx: box.bottom });
          }}
        />
      ) : null}
    </Fragment>
  );
}

export interface CompactColumnProps {
  nodes: readonly NodePosition[];
  layer: number;
  /** The selected unit in this column, or null. */
  selectedUnit: number | null;
  isFocused: boolean;
  showHover(target: HoverTarget): (event: React.PointerEvent) => void;
  onLeave(): void;
  onSelect?(layer: number, unit: number): void;
}

/**
 * A compact column's neurons: transparent buttons over the maps the diagram's canvas paints. Their props do
 * not change with the snapshots, so a wide column is not re-rendered while it trains.
 */
export const CompactColumn = memo(function CompactColumn({ nodes, layer, selectedUnit, isFocused, showHover, onLeave, onSelect }: CompactColumnProps) {
  return nodes.map((node) => (
    <NeuronNode key={node.unit} node={node} layer={layer} map={null} bias={undefined} isSelected={selectedUnit === node.unit} isFocused={isFocused} showHover={showHover} onLeave={onLeave} onSelect={onSelect} />
  ));
});
