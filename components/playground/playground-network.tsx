'use client';

import * as edits from '@/lib/config/edits';
import type { ConfigEdit } from '@/lib/config/edits';
import { LIMITS } from '@/lib/config/defaults';
import type { PlaygroundConfig } from '@/lib/config/types';
import type { useInspectorState } from '@/components/inspectors/use-inspector-state';
import { LiveHealthStrip, LiveInspectors, LiveNetworkDiagram } from './live-views';
import type { PointsStore } from './points-store';
import type { TrainerControls } from './use-trainer';
import { useState, type ContextType } from 'react';
import type { DiagramFocus, WeightPick } from '@/components/views/diagram-connections';
import { WeightEditor } from '@/components/views/weight-editor';
import type { SnapshotStore } from './snapshot-store';
import { LessonEventsContext } from './use-lesson-events';

export interface PlaygroundNetworkProps {
  store: SnapshotStore;
  pointsStore: PointsStore;
  config: PlaygroundConfig;
  editConfig(edit: ConfigEdit): void;
  inspectors: ReturnType<typeof useInspectorState>;
  isPresenting: boolean;
  /** Sets weights by hand; null while the trainer starts. */
  api: TrainerControls | null;
  /** Step-through's layer, lit up in the diagram. */
  focus: DiagramFocus | null;
  /** What the inspectors report to a lesson page (the shapes drill solved): useLessonEvents' value. */
  lessonEvents: ContextType<typeof LessonEventsContext>;
}

/** The network diagram, whose buttons edit the architecture through lib/config/edits, and the inspectors below it. */
export function PlaygroundNetwork({ store, pointsStore, config, editConfig, inspectors, isPresenting, api, focus, lessonEvents }: PlaygroundNetworkProps) {
  const [pick, setPick] = useState<WeightPick | null>(null);
  // While the landscape asks for its axes, a click on a connection or bias picks one instead of opening the editor.
  const onPick = (picked: WeightPick) => (inspectors.isPickingAxes ? inspectors.pickAxis({ kind: 'param', layer: picked.layer, row: picked.row, col: picked.col }) : setPick(picked));
  return (
    <LessonEventsContext.Provider value={lessonEvents}>
      {pick && api ? (
        <WeightEditor
          key={`${pick.layer}-${pick.row}-${pick.col}`}
          pick={pick}
          onApply={(value) => api.setParam({ layer: pick.layer, row: pick.row, col: pick.col, value })}
          onClose={() => setPick(null)}
        />
      ) : null}
      <LiveNetworkDiagram
        store={store}
        isHighContrast={isPresenting}
        features={config.features}
        layers={config.layers}
        activations={config.activations}
        maxLayers={LIMITS.hiddenLayers.max}
        maxUnits={LIMITS.units.max}
        edgeMode={inspectors.isGradientView ? 'gradient' : 'weight'}
        selectedNeuron={inspectors.selectedNeuron}
        onSelectNeuron={inspectors.selectNeuron}
        focus={focus}
        onPickWeight={api ? onPick : undefined}
        onToggleFeature={(feature) => editConfig((c) => edits.toggleFeature(c, feature))}
        onSetUnits={(layer, units) => editConfig((c) => edits.setUnits(c, layer, units))}
        onSetActivation={(layer, activation) => editConfig((c) => edits.setActivation(c, layer, activation))}
        onAddLayer={() => editConfig(edits.addLayer)}
        onRemoveLayer={() => editConfig(edits.removeLayer)}
      />
      <LiveHealthStrip store={store} />
      <LiveInspectors
        store={store}
        pointsStore={pointsStore}
        state={inspectors}
        features={config.features}
        layers={config.layers}
        activations={config.activations}
        optimizer={config.optimizer}
        regularization={config.regularization}
        lambda={config.lambda}
        learningRate={config.learningRate}
        batchSize={config.batchSize}
        onPickWeight={api ? onPick : undefined}
        api={api}
      />
    </LessonEventsContext.Provider>
  );
}
