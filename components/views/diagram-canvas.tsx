'use client';

import { useEffect, useRef } from 'react';
import type { Activation, LayerParams } from '@/lib/protocol';
import { activationRange, paintHeatmapScaled } from './colors';
import { gradientStrokePx } from './connection-strokes';
import type { DiagramFocus, ThinnedLayer } from './diagram-connections';
import { weightStrokePx, type NodePosition } from './network-layout';

/** The maps of compact columns' neurons: which column, and the grid of each layer's activations. */
export interface CompactMaps {
  /** Columns (1 … L) drawn compactly. */
  columns: readonly number[];
  layerGrids: readonly Float32Array[] | null;
  gridSize: number;
  /** Each column's activation ('output' for the last), for its colour range. */
  activationOf(column: number): Activation | 'output';
  lut: Uint8ClampedArray;
}

export interface DiagramCanvasProps {
  widthPx: number;
  heightPx: number;
  nodes: readonly NodePosition[][];
  sourcesOf(layer: number): NodePosition[];
  thinned: readonly ThinnedLayer[];
  params: readonly LayerParams[] | null;
  gradients: readonly LayerParams[] | null;
  isGradientView: boolean;
  isHighContrast: boolean;
  focus: DiagramFocus | null;
  maps: CompactMaps;
}

const UNFOCUSED_OPACITY = 0.12;
const THINNED_OPACITY = 0.5;
/** Stroke widths are rounded to this step, so each colour and width is one path (one stroke call). */
const WIDTH_STEP_PX = 0.25;

/** A CSS variable's colour on this element (the theme's), e.g. --chart-weight-negative. */
const cssColor = (element: Element, name: string, fallback: string) => getComputedStyle(element).getPropertyValue(name).trim() || fallback;

/**
 * Sizes a canvas to widthPx × heightPx CSS pixels at the device's pixel ratio (at most 2) and returns the
 * ratio; with nothing to draw, shrinks it to nothing once and returns null (no clearing with every snapshot).
 */
function fit(canvas: HTMLCanvasElement, widthPx: number, heightPx: number, hasContent: boolean): number | null {
  if (!hasContent) {
    if (canvas.width !== 0) canvas.width = canvas.height = 0;
    return null;
  }
  const dpr = Math.min(2, window.devicePixelRatio || 1);
  const width = Math.round(widthPx * dpr);
  const height = Math.round(heightPx * dpr);
  if (canvas.width !== width) canvas.width = width;
  if (canvas.height !== height) canvas.height = height;
  return dpr;
}

/**
 * What a wide diagram draws without one element per item: the thinned layers' strongest connections and
 * the compact columns' neuron maps, each on a canvas under the neurons' buttons, repainted only when what
 * it shows changes.
 */
export function DiagramCanvas(props: DiagramCanvasProps) {
  const linesRef = useRef<HTMLCanvasElement>(null);
  const mapsRef = useRef<HTMLCanvasElement>(null);
  // The theme's colours are read once (reading computed style on every frame forces a style recalculation).
  const colorsRef = useRef<{ negative: string; positive: string } | null>(null);
  // The maps' image, kept between snapshots (a new full-size image each frame is garbage to collect).
  const imageRef = useRef<ImageData | null>(null);
  const { widthPx, heightPx, nodes, sourcesOf, thinned, params, gradients, isGradientView, isHighContrast, focus, maps } = props;

  useEffect(() => {
    const canvas = linesRef.current;
    const context = canvas?.getContext('2d');
    if (!canvas || !context) return;
    const dpr = fit(canvas, widthPx, heightPx, thinned.length > 0);
    if (dpr === null) return;
    colorsRef.current ??= { negative: cssColor(canvas, '--chart-weight-negative', '#c75b00'), positive: cssColor(canvas, '--chart-weight-positive', '#1a73c8') };
    context.setTransform(1, 0, 0, 1, 0, 0);
    context.clearRect(0, 0, canvas.width, canvas.height);
    context.setTransform(dpr, 0, 0, dpr, 0, 0);
    paintConnections(context, colorsRef.current, { nodes, sourcesOf, thinned, params, gradients, isGradientView, isHighContrast, focus });
    // sourcesOf follows nodes and the features; which connections are drawn follows params and gradients (new with
    // every snapshot), so a re-render for a tooltip does not repaint.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [widthPx, heightPx, nodes, thinned.map((t) => t.layer).join(','), params, gradients, isGradientView, isHighContrast, focus]);

  const { columns, layerGrids, gridSize, lut } = maps;
  const activationOf = maps.activationOf;
  useEffect(() => {
    const canvas = mapsRef.current;
    const context = canvas?.getContext('2d');
    if (!canvas || !context) return;
    const dpr = fit(canvas, widthPx, heightPx, columns.length > 0);
    if (dpr === null) return;
    if (imageRef.current?.width !== canvas.width || imageRef.current.height !== canvas.height) imageRef.current = context.createImageData(canvas.width, canvas.height);
    paintMaps(context, imageRef.current, nodes, { columns, layerGrids, gridSize, lut, activationOf }, dpr);
    // activationOf follows the activations, which change the network (and so the grids).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [widthPx, heightPx, nodes, columns.join(','), layerGrids, gridSize, lut]);

  const style = { width: widthPx, height: heightPx };
  return (
    <>
      <canvas ref={linesRef} className="pointer-events-none absolute inset-0" style={style} aria-hidden data-testid="diagram-canvas-connections" />
      <canvas ref={mapsRef} className="pointer-events-none absolute inset-0" style={style} aria-hidden data-testid="diagram-canvas-maps" />
    </>
  );
}

type ConnectionInputs = Pick<DiagramCanvasProps, 'nodes' | 'sourcesOf' | 'thinned' | 'params' | 'gradients' | 'isGradientView' | 'isHighContrast' | 'focus'>;

function paintConnections(context: CanvasRenderingContext2D, colors: { negative: string; positive: string }, p: ConnectionInputs): void {
  for (const { layer, drawn } of p.thinned) {
    const sources = p.sourcesOf(layer);
    const targets = p.nodes[layer]!;
    const isFocused = p.focus?.layer === layer;
    const focusGradients = isFocused && p.focus?.direction === 'backward' ? p.focus.gradients : undefined;
    const byGradient = p.isGradientView || focusGradients !== undefined;
    const values = byGradient ? (focusGradients ?? p.gradients?.[layer - 1]?.W) : p.params?.[layer - 1]?.W;
    context.globalAlpha = p.focus && !isFocused ? UNFOCUSED_OPACITY : THINNED_OPACITY;
    // One path per colour and (rounded) width: a few stroke calls for hundreds of curves.
    const paths = new Map<string, Path2D>();
    for (const index of drawn) {
      const value = values?.[index];
      const from = sources[index % sources.length];
      const to = targets[Math.floor(index / sources.length)];
      if (!from || !to) continue;
      const strokePx = value === undefined ? 1 : byGradient ? gradientStrokePx(value) : weightStrokePx(value);
      const width = Math.round((Math.max(0.5, strokePx * 0.6) * (p.isHighContrast ? 1.6 : 1)) / WIDTH_STEP_PX) * WIDTH_STEP_PX;
      const color = value === undefined ? '#cbd5e1' : value < 0 ? colors.negative : colors.positive;
      const key = `${color}|${width}`;
      let path = paths.get(key);
      if (!path) paths.set(key, (path = new Path2D()));
      // connectionPath's curve (d3's bump-x link): a cubic from one node's right edge to the next one's left.
      const x0 = from.xPx + from.sizePx / 2;
      const x1 = to.xPx - to.sizePx / 2;
      const xm = (x0 + x1) / 2;
      path.moveTo(x0, from.yPx);
      path.bezierCurveTo(xm, from.yPx, xm, to.yPx, x1, to.yPx);
    }
    for (const [key, path] of paths) {
      const [color, width] = key.split('|');
      context.strokeStyle = color!;
      context.lineWidth = Number(width);
      context.stroke(path);
    }
  }
  context.globalAlpha = 1;
}

function paintMaps(context: CanvasRenderingContext2D, image: ImageData, nodes: readonly NodePosition[][], maps: CompactMaps, dpr: number): void {
  const { columns, layerGrids, gridSize, activationOf, lut } = maps;
  const cells = gridSize * gridSize;
  const canvas = image;
  // Every thumbnail into one image, put once; cleared first (a column that changed size leaves no old squares).
  image.data.fill(0);
  for (const column of columns) {
    const grid = layerGrids?.[column - 1];
    for (const node of nodes[column] ?? []) {
      const side = Math.max(1, Math.round(node.sizePx * dpr));
      const x = Math.max(0, Math.min(canvas.width - side, Math.round((node.xPx - node.sizePx / 2) * dpr)));
      const y = Math.max(0, Math.min(canvas.height - side, Math.round((node.yPx - node.sizePx / 2) * dpr)));
      if (grid) {
        const offset = node.unit * cells;
        const [min, max] = activationRange(activationOf(column), grid, offset, cells);
        paintHeatmapScaled(image.data, side, grid, offset, gridSize, lut, min, max, { width: canvas.width, x, y });
      } else {
        for (let row = 0; row < side; row++) image.data.fill(240, ((y + row) * canvas.width + x) * 4, ((y + row) * canvas.width + x + side) * 4);
      }
    }
  }
  context.putImageData(image, 0, 0);
}
