'use client';

import { useCallback, useMemo, useRef, useState } from 'react';
import { FEATURES, type Activation, type Feature, type TrainingSnapshot } from '@/lib/protocol';
import { useT } from '@/components/i18n';
import { HeatmapCanvas } from './heatmap-canvas';
import { FEATURE_GRID_SIZE, featureMaps } from './feature-maps';
import { DIVERGING_COLORS, activationRange, buildColorLut } from './colors';
import { layoutNetwork, type NodePosition } from './network-layout';
import { maxAbsolute } from './connection-strokes';
import { MAX_CONNECTIONS_PER_LAYER, buildConnections, type DiagramFocus, type WeightPick } from './diagram-connections';
import { DiagramCanvas } from './diagram-canvas';
import { hoverTextOf, type HoverTarget } from './diagram-hover';
import { CompactColumn, NeuronNode } from './diagram-neurons';
import { matchingGradients, matchingParams } from './snapshot-match';
import { fitDiagramWidthPx, layoutHeaders } from './header-layout';
import { InputsLabel, LayerHeader, OutputLabel } from './layer-header';
import { DiagramTooltip, type TooltipAnchor } from './diagram-tooltip';
import { GradientScale } from './gradient-scale';
import { useScrollCue } from './use-scroll-cue';

/** What the connection lines show: the weights W, or the current full-batch gradients dW. */
export type EdgeMode = 'weight' | 'gradient';

export interface NeuronRef {
  /** 1 … L */
  layer: number;
  /** 0-based */
  unit: number;
}

export interface NetworkDiagramProps {
  features: readonly Feature[];
  layers: readonly number[];
  activations: readonly Activation[];
  snapshot: TrainingSnapshot | null;
  maxLayers: number;
  maxUnits: number;
  onToggleFeature(feature: Feature): void;
  onSetUnits(layerIndex: number, units: number): void;
  onSetActivation(layerIndex: number, activation: Activation): void;
  onAddLayer(): void;
  onRemoveLayer(): void;
  /** The width the diagram prefers; it shrinks to the room it has, but not below what its headers need. */
  widthPx?: number;
  /** Presenter mode: thicker connection lines. */
  isHighContrast?: boolean;
  edgeMode?: EdgeMode;
  selectedNeuron?: NeuronRef | null;
  onSelectNeuron?(neuron: NeuronRef): void;
  /** Step-through's layer: its connections and units light up, the others fade. */
  focus?: DiagramFocus | null;
  /** A connection or a bias handle clicked (to set it by hand); without it they are not clickable. */
  onPickWeight?(pick: WeightPick): void;
}

const NODE_SIZE_PX = 36;
const GAP_PX = 10;
const HEADER_PX = 64;
/** Left of the input column: the feature names. */
const FEATURE_LABELS_PX = 44;
/** Room above and right of the diagram inside its scrolling box, for focus outlines and node rings. */
const EDGE_PX = 4;
/** Layers wider than this are drawn as a compact grid of smaller thumbnails. */
const COMPACT_ABOVE = 8;
/** Height a compact grid may use (the diagram grows to it only when needed). */
const COMPACT_HEIGHT_PX = 500;
const lut = buildColorLut(DIVERGING_COLORS);


/** Inputs → hidden layers → output: every neuron's activation map, every weight as a coloured line. */
export function NetworkDiagram(props: NetworkDiagramProps) {
  const { features, layers, activations, snapshot, widthPx: preferredWidthPx = 436, edgeMode = 'weight', selectedNeuron = null, focus = null } = props;
  const t = useT();
  /** What the pointer is over and where: its text is written from the newest snapshot, for it alone. */
  const [hover, setHover] = useState<(Omit<TooltipAnchor, 'text'> & { target: HoverTarget }) | null>(null);
  const scrollRef = useRef<HTMLDivElement>(null);
  const cue = useScrollCue(scrollRef);
  const columnSizes = useMemo(() => [FEATURES.length, ...layers, 1], [layers]);
  const roomPx = cue.clientWidthPx > 0 ? cue.clientWidthPx - FEATURE_LABELS_PX - EDGE_PX : undefined;
  const widthPx = fitDiagramWidthPx(preferredWidthPx, roomPx, columnSizes.length, NODE_SIZE_PX);
  const layout = useMemo(
    () =>
      layoutNetwork({
        widthPx,
        columnSizes,
        nodeSizePx: NODE_SIZE_PX,
        gapPx: GAP_PX,
        paddingTopPx: HEADER_PX,
        compactAbove: COMPACT_ABOVE,
        compactHeightPx: COMPACT_HEIGHT_PX,
      }),
    [widthPx, columnSizes],
  );
  const headers = useMemo(() => layoutHeaders(layout.columnXsPx, layout.widthPx), [layout]);
  const params = matchingParams(snapshot, features.length, layers);
  const gradients = params ? matchingGradients(snapshot, features.length, layers) : null;
  const isGradientView = edgeMode === 'gradient';
  const maxAbsGradient = gradients ? maxAbsolute(gradients.map((g) => g.W)) : null;
  const gridSize = snapshot?.gridSize ?? 1;

  /** Column positions of the nodes feeding layer l (l ≥ 1): active features only for the first layer. */
  const sourcesOf = (l: number): NodePosition[] =>
    l === 1
      ? features.map((f) => layout.columns[0]![FEATURES.indexOf(f)]!)
      : layout.columns[l - 1]!;

  // Stable, so the compact columns (memoised) do not re-render with every snapshot.
  const showHover = useCallback((target: HoverTarget) => (event: React.PointerEvent) => setHover({ target, clientXPx: event.clientX, clientYPx: event.clientY }), []);
  const hideHover = useCallback(() => setHover(null), []);
  const onSelectNeuronRef = useRef(props.onSelectNeuron);
  onSelectNeuronRef.current = props.onSelectNeuron;
  const selectNeuron = useCallback((layer: number, unit: number) => onSelectNeuronRef.current?.({ layer, unit }), []);
  const hoverText = hover ? hoverTextOf(hover.target, { params, gradients, isGradientView }, t) : undefined;

  const { connections, thinned, thinnedTotal } = buildConnections({
    columns: layout.columns,
    sourcesOf,
    params,
    gradients,
    isGradientView,
    isHighContrast: props.isHighContrast ?? false,
    focus,
    showHover,
    onLeave: hideHover,
    onPick: props.onPickWeight,
  });
  const compactColumns = layout.columns.map((_, c) => c).filter((c) => c > 0 && layout.isCompact[c]);
  const activationOf = (column: number): Activation | 'output' => (column === layout.columns.length - 1 ? 'output' : (activations[column - 1] ?? 'tanh'));

  const hiddenLabel =
    layers.length === 0 ? t('network.hiddenLayersNone') : layers.length === 1 ? t('network.hiddenLayersOne') : t('network.hiddenLayers', { count: layers.length });

  return (
    <div className="flex flex-col gap-2">
      <div className="flex items-center gap-2 text-sm">
        <button type="button" className="btn-icon" data-testid="add-layer" aria-label={t('network.addLayer')} disabled={layers.length >= props.maxLayers} onClick={props.onAddLayer}>
          +
        </button>
        <button type="button" className="btn-icon" data-testid="remove-layer" aria-label={t('network.removeLayer')} disabled={layers.length === 0} onClick={props.onRemoveLayer}>
          −
        </button>
        <span data-testid="layer-count" className="text-slate-700">{hiddenLabel}</span>
      </div>
      <div className="relative max-w-full" style={{ width: preferredWidthPx + FEATURE_LABELS_PX + EDGE_PX }}>
        <div ref={scrollRef} className="max-w-full overflow-x-auto overflow-y-hidden" style={{ paddingTop: EDGE_PX }} data-testid="diagram-scroller">
          <div
            className="relative"
            style={{ width: layout.widthPx, height: layout.heightPx, marginLeft: FEATURE_LABELS_PX, marginRight: EDGE_PX }}
            data-diagram
            data-testid="network-diagram"
            data-edge-mode={edgeMode}
            role="group"
            aria-label={t('network.diagramLabel', { inputs: features.length, hidden: layers.length ? layers.join('–') : '0' })}
          >
            <DiagramCanvas
              widthPx={layout.widthPx}
              heightPx={layout.heightPx}
              nodes={layout.columns}
              sourcesOf={sourcesOf}
              thinned={thinned}
              params={params}
              gradients={gradients}
              isGradientView={isGradientView}
              isHighContrast={props.isHighContrast ?? false}
              focus={focus}
              maps={{ columns: compactColumns, layerGrids: snapshot && params ? snapshot.layerGrids : null, gridSize, activationOf, lut }}
            />
            <svg width={layout.widthPx} height={layout.heightPx} className="absolute inset-0" aria-hidden="true">
              {connections}
            </svg>
            {/* per-column headers: Inputs, each hidden layer's controls, Output */}
            <InputsLabel box={headers[0]!} topPx={HEADER_PX - 18} />
            {layers.map((units, i) => (
              <LayerHeader
                key={i}
                box={headers[i + 1]!}
                layer={i + 1}
                units={units}
                activation={activations[i] ?? 'tanh'}
                maxUnits={props.maxUnits}
                heightPx={HEADER_PX - 2}
                onSetUnits={(count) => props.onSetUnits(i, count)}
                onSetActivation={(activation) => props.onSetActivation(i, activation)}
              />
            ))}
            <OutputLabel box={headers[headers.length - 1]!} heightPx={HEADER_PX - 4} />
            {/* input features */}
            {FEATURES.map((feature, unit) => {
              const node = layout.columns[0]![unit]!;
              const isActive = features.includes(feature);
              return (
                <button
                  key={feature}
                  type="button"
                  data-testid="feature"
                  data-feature={feature}
                  aria-pressed={isActive}
                  aria-label={t('network.toggleFeature', { feature: t(`feature.${feature}`) })}
                  onClick={() => props.onToggleFeature(feature)}
                  className="absolute flex items-center"
                  style={{ left: node.xPx - NODE_SIZE_PX / 2, top: node.yPx - NODE_SIZE_PX / 2, width: NODE_SIZE_PX, height: NODE_SIZE_PX }}
                >
                  <HeatmapCanvas values={featureMaps[feature]} offset={0} gridSize={FEATURE_GRID_SIZE} lut={lut} range={activationRange('linear', featureMaps[feature], 0, FEATURE_GRID_SIZE ** 2)} className={`h-full w-full rounded ${isActive ? 'ring-2 ring-slate-700' : 'opacity-35 ring-1 ring-slate-300'}`} />
                  <span className={`absolute right-full mr-1 whitespace-nowrap text-xs ${isActive ? 'font-semibold text-slate-900' : 'text-slate-600'}`}>{t(`feature.${feature}`)}</span>
                </button>
              );
            })}
            {/* hidden and output neurons: compact columns as buttons over the canvas's maps */}
            {layout.columns.slice(1).map((column, i) => {
              const layer = i + 1;
              const isFocused = focus?.layer === layer;
              if (layout.isCompact[layer]) {
                const selectedUnit = selectedNeuron?.layer === layer ? selectedNeuron.unit : null;
                return <CompactColumn key={layer} nodes={column} layer={layer} selectedUnit={selectedUnit} isFocused={isFocused} showHover={showHover} onLeave={hideHover} onSelect={selectNeuron} />;
              }
              const grid = snapshot && params ? snapshot.layerGrids[i] ?? null : null;
              return column.map((node) => (
                <NeuronNode
                  key={`${layer}-${node.unit}`}
                  node={node}
                  layer={layer}
                  map={{ grid, gridSize, lut, activation: activationOf(layer) }}
                  bias={params?.[i]?.b[node.unit]}
                  isSelected={selectedNeuron?.layer === layer && selectedNeuron.unit === node.unit}
                  isFocused={isFocused}
                  showHover={showHover}
                  onLeave={hideHover}
                  onSelect={selectNeuron}
                  onPickWeight={props.onPickWeight}
                />
              ));
            })}
          </div>
        </div>
        {cue.canScrollLeft ? <div className="pointer-events-none absolute inset-y-0 left-0 w-6 bg-gradient-to-r from-white" aria-hidden /> : null}
        {cue.canScrollRight ? <div className="pointer-events-none absolute inset-y-0 right-0 w-10 bg-gradient-to-l from-white" aria-hidden /> : null}
      </div>
      {cue.canScrollRight ? (
        <p className="self-end text-xs text-slate-500" data-testid="diagram-scroll-hint" aria-hidden>
          {t('network.scrollHint')}
        </p>
      ) : null}
      <DiagramTooltip anchor={hover && hoverText !== undefined ? { ...hover, text: hoverText } : null} />
      {isGradientView ? <GradientScale maxAbsGradient={maxAbsGradient} maxWidthPx={preferredWidthPx + FEATURE_LABELS_PX} /> : null}
      {thinnedTotal > 0 ? (
        <p className="text-xs text-slate-500" style={{ maxWidth: layout.widthPx }} data-testid="connections-thinned">
          {t('network.connectionsThinned', { shown: MAX_CONNECTIONS_PER_LAYER, total: thinnedTotal.toLocaleString('en-US') })}
        </p>
      ) : null}
    </div>
  );
}
