'use client';

import dynamic from 'next/dynamic';
import { useEffect } from 'react';
import type { Activation, Feature, LabeledPoint, Optimizer, Regularization, TrainingSnapshot } from '@/lib/protocol';
import { useT } from '@/components/i18n';
import { matchingGradients, matchingParams } from '@/components/views/snapshot-match';
import { INSPECTOR_PANELS, type InspectorState } from './use-inspector-state';
import type { WeightPick } from '@/components/views/diagram-connections';
import type { TrainerControls } from '@/components/playground/use-trainer';

// Every inspector starts closed: each is loaded when first opened, so none is in the first load.
const ActivationPanel = dynamic(() => import('./activation-panel').then((m) => m.ActivationPanel));
const EquationsPanel = dynamic(() => import('./equations-panel').then((m) => m.EquationsPanel));
const NeuronInspector = dynamic(() => import('./neuron-inspector').then((m) => m.NeuronInspector));
const ShapesPanel = dynamic(() => import('./shapes-panel').then((m) => m.ShapesPanel));
const LayerSpacePanel = dynamic(() => import('@/components/layer-space/layer-space-panel').then((m) => m.LayerSpacePanel));
const LandscapePanel = dynamic(() => import('@/components/landscape/landscape-panel').then((m) => m.LandscapePanel));

export interface InspectorsProps {
  state: InspectorState;
  features: readonly Feature[];
  layers: readonly number[];
  activations: readonly Activation[];
  optimizer: Optimizer;
  regularization: Regularization;
  lambda: number;
  learningRate: number;
  batchSize: number | 'full';
  /** Training examples. */
  m: number;
  /** The cost landscape's questions to the trainer (null while it starts). */
  api?: Pick<TrainerControls, 'landscape' | 'replaceParams'> | null;
  /** Changes when the points do (the landscape is recomputed). */
  pointsVersion?: number;
  /** A weight or bias chosen to set by hand (the neuron inspector's values are buttons then). */
  onPickWeight?(pick: WeightPick): void;
  snapshot: TrainingSnapshot | null;
  /** The points (the layer space carries the training points through the network). */
  points?: readonly LabeledPoint[];
}

/** The toggles the page's contract names (issue 14); the others are inspector-<panel>. */
const TOGGLE_IDS: Partial<Record<string, string>> = { landscape: 'landscape-toggle', layerspace: 'layer-space-toggle' };

const toggleClass = (isOn: boolean) =>
  `rounded-full border px-2.5 py-0.5 text-xs ${isOn ? 'border-slate-800 bg-slate-800 text-white' : 'border-slate-300 bg-white text-slate-700 hover:border-slate-500'}`;

/** The inspector toggles and the open inspectors: shapes, neuron, activation, equations; the gradient view. */
export function Inspectors(props: InspectorsProps) {
  const t = useT();
  const { state, features, layers, activations, snapshot } = props;
  const neuron = state.selectedNeuron;
  const sizes = [...layers, 1];
  const isNeuronShown = neuron !== null && neuron.layer >= 1 && neuron.layer <= sizes.length && neuron.unit < sizes[neuron.layer - 1]!;
  const { selectNeuron } = state;
  useEffect(() => {
    if (neuron !== null && !isNeuronShown) selectNeuron(null);
  }, [neuron, isNeuronShown, selectNeuron]);
  const params = matchingParams(snapshot, features.length, layers);
  const gradients = params ? matchingGradients(snapshot, features.length, layers) : null;

  return (
    <div className="mt-3 flex w-[480px] flex-col gap-2">
      <div className="flex flex-wrap items-center gap-1.5" role="toolbar" aria-label={t('inspect.title')} data-testid="inspector-bar">
        <span className="mr-1 text-xs font-semibold uppercase tracking-wide text-slate-500">{t('inspect.title')}</span>
        {INSPECTOR_PANELS.map((panel) => {
          const isOpen = state.openPanels.includes(panel);
          return (
            <button key={panel} type="button" className={toggleClass(isOpen)} aria-pressed={isOpen} data-testid={TOGGLE_IDS[panel] ?? `inspector-${panel}`} onClick={() => state.togglePanel(panel)}>
              {panel === 'landscape' ? t('landscape.toggle') : panel === 'layerspace' ? t('layerSpace.toggle') : t(`inspect.${panel}`)}
            </button>
          );
        })}
        <button
          type="button"
          className={toggleClass(state.isGradientView)}
          aria-pressed={state.isGradientView}
          title={t('inspect.gradientsHint')}
          data-testid="inspector-gradients"
          onClick={() => state.setGradientView(!state.isGradientView)}
        >
          {t('inspect.gradients')}
        </button>
        <span className="ml-auto text-xs text-slate-500">{t('inspect.neuronHint')}</span>
      </div>
      {neuron !== null && isNeuronShown ? (
        <NeuronInspector
          neuron={neuron}
          features={features}
          activations={activations}
          snapshot={snapshot}
          params={params}
          gradients={gradients}
          onPickWeight={props.onPickWeight}
          onClose={() => selectNeuron(null)}
        />
      ) : null}
      {state.openPanels.map((panel) => {
        const close = () => state.togglePanel(panel);
        switch (panel) {
          case 'shapes':
            return <ShapesPanel key={panel} inputs={features.length} layers={layers} m={props.m} batchSize={props.batchSize} onClose={close} />;
          case 'activation':
            return <ActivationPanel key={panel} activations={activations} onClose={close} />;
          case 'landscape':
            return (
              <LandscapePanel
                key={panel}
                api={props.api ?? null}
                snapshot={snapshot}
                hiddenLayers={layers.length}
                inputs={features.length}
                m={props.m}
                dataKey={`${props.pointsVersion ?? 0}|${props.regularization}|${props.lambda}`}
                picking={state}
                onClose={close}
              />
            );
          case 'layerspace':
            return <LayerSpacePanel key={panel} params={params} hiddenActivations={activations} features={features} points={props.points ?? []} onClose={close} />;
          case 'equations':
            return (
              <EquationsPanel
                key={panel}
                activations={activations}
                optimizer={props.optimizer}
                regularization={props.regularization}
                lambda={props.lambda}
                learningRate={props.learningRate}
                onClose={close}
              />
            );
        }
      })}
    </div>
  );
}
