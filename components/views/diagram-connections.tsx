'use client';

import type { PointerEvent as ReactPointerEvent, ReactNode } from 'react';
import type { LayerParams } from '@/lib/protocol';
import type { HoverTarget } from './diagram-hover';
import { WEIGHT_OPACITY, paletteVar } from './colors';
import { gradientStrokePx, strongestConnections } from './connection-strokes';
import { connectionPath, weightStrokePx, type NodePosition } from './network-layout';

/** Between two layers, at most this many connections are drawn: the strongest ones. */
export const MAX_CONNECTIONS_PER_LAYER = 256;
/** Connections of layers other than the one step-through is at. */
const UNFOCUSED_OPACITY = 0.12;

export const formatNumber = (v: number) => (Number.isFinite(v) ? v.toFixed(4) : String(v));
/** Gradients are often below 10⁻⁴: those are written in exponent form rather than as 0.0000. */
export const formatGradient = (v: number) => (Number.isFinite(v) && v !== 0 && Math.abs(v) < 1e-3 ? v.toExponential(2) : formatNumber(v));

/**
 * Where step-through is: the layer whose connections light up, and in the backward stages its dWˡ
 * (which then colours and sizes them instead of the weights).
 */
export interface DiagramFocus {
  layer: number;
  direction: 'forward' | 'backward';
  /** dWˡ of the focused layer (row-major, nˡ × nˡ⁻¹), in the backward stages. */
  gradients?: ArrayLike<number>;
}

/** A connection clicked: Wˡ[row][col] (0-based) and where, to edit it in place. */
export interface WeightPick {
  layer: number;
  row: number;
  col: number | null;
  value: number;
  clientXPx: number;
  clientYPx: number;
}

export interface ConnectionsInput {
  columns: readonly NodePosition[][];
  sourcesOf(layer: number): NodePosition[];
  params: readonly LayerParams[] | null;
  gradients: readonly LayerParams[] | null;
  isGradientView: boolean;
  isHighContrast: boolean;
  focus: DiagramFocus | null;
  showHover(target: HoverTarget): (event: ReactPointerEvent) => void;
  onLeave(): void;
  onPick?(pick: WeightPick): void;
}

/** A thinned layer's strongest connections, drawn on a canvas (connections-canvas.tsx), not as elements. */
export interface ThinnedLayer {
  layer: number;
  drawn: number[];
}

/**
 * Every connection of the layers drawn in full, as elements (data-from and data-to name its ends as
 * layer-unit, units from 1); the strongest of each thinned layer, for a canvas; and the widest thinned layer.
 */
export function buildConnections({ columns, sourcesOf, params, gradients, isGradientView, isHighContrast, focus, showHover, onLeave, onPick }: ConnectionsInput) {
  const connections: ReactNode[] = [];
  const thinned: ThinnedLayer[] = [];
  let thinnedTotal = 0;
  for (let l = 1; l < columns.length; l++) {
    const sources = sourcesOf(l);
    const targets = columns[l]!;
    const weights = params?.[l - 1]?.W;
    const isFocused = focus?.layer === l;
    const focusGradients = isFocused && focus.direction === 'backward' ? focus.gradients : undefined;
    const grads = focusGradients ?? gradients?.[l - 1]?.W;
    const byGradient = isGradientView || focusGradients !== undefined;
    const shown = byGradient ? grads : weights;
    const count = targets.length * sources.length;
    const drawn = strongestConnections(shown ?? new Float32Array(count), MAX_CONNECTIONS_PER_LAYER);
    if (drawn.length < count) {
      thinnedTotal = Math.max(thinnedTotal, count);
      thinned.push({ layer: l, drawn });
      continue;
    }
    for (const index of drawn) {
      const row = Math.floor(index / sources.length);
      const col = index % sources.length;
      const weight = weights?.[index];
      const grad = grads?.[index];
      const value = byGradient ? grad : weight;
      const d = connectionPath(sources[col]!, targets[row]!);
      const strokePx = value === undefined ? 1 : byGradient ? gradientStrokePx(value) : weightStrokePx(value);
      const opacity = focus && !isFocused ? UNFOCUSED_OPACITY : isHighContrast || isFocused ? 0.95 : WEIGHT_OPACITY;
      const key = `w${l}-${row}-${col}`;
      connections.push(
        <g
          key={key}
          onPointerEnter={showHover({ kind: 'weight', layer: l, row, col })}
          onPointerMove={showHover({ kind: 'weight', layer: l, row, col })}
          onPointerLeave={onLeave}
          onClick={onPick && weight !== undefined ? (event) => onPick({ layer: l, row, col, value: weight, clientXPx: event.clientX, clientYPx: event.clientY }) : undefined}
          style={onPick ? { cursor: 'pointer' } : undefined}
        >
          <path
            d={d}
            fill="none"
            stroke={value === undefined ? '#cbd5e1' : paletteVar(value < 0 ? 'weightNegative' : 'weightPositive')}
            strokeWidth={strokePx * (isHighContrast ? 1.6 : 1)}
            strokeOpacity={opacity}
            data-testid="connection"
            data-from={`${l - 1}-${col + 1}`}
            data-to={`${l}-${row + 1}`}
            data-focused={isFocused || undefined}
          />
          <path d={d} fill="none" stroke="transparent" strokeWidth={8} />
        </g>,
      );
    }
  }
  return { connections, thinned, thinnedTotal };
}
