'use client';

import { useCallback, useMemo, useState } from 'react';
import type { NeuronRef } from '@/components/views/network-diagram';

export const INSPECTOR_PANELS = ['shapes', 'equations', 'activation', 'landscape', 'layerspace'] as const;
export type InspectorPanel = (typeof INSPECTOR_PANELS)[number];

export interface InspectorState {
  openPanels: readonly InspectorPanel[];
  isGradientView: boolean;
  selectedNeuron: NeuronRef | null;
  togglePanel(panel: InspectorPanel): void;
  setGradientView(isOn: boolean): void;
  /** Selecting the neuron that is already selected closes its inspector. */
  selectNeuron(neuron: NeuronRef | null): void;
}

/** Which inspectors are open: the page owns this so the diagram and the panels agree. */
export function useInspectorState(): InspectorState {
  const [openPanels, setOpenPanels] = useState<readonly InspectorPanel[]>([]);
  const [isGradientView, setGradientView] = useState(false);
  const [selectedNeuron, setSelectedNeuron] = useState<NeuronRef | null>(null);
  const togglePanel = useCallback(
    (panel: InspectorPanel) =>
      setOpenPanels((open) => (open.includes(panel) ? open.filter((p) => p !== panel) : INSPECTOR_PANELS.filter((p) => p === panel || open.includes(p)))),
    [],
  );
  const selectNeuron = useCallback(
    (neuron: NeuronRef | null) =>
      setSelectedNeuron((current) => (neuron && current && current.layer === neuron.layer && current.unit === neuron.unit ? null : neuron)),
    [],
  );
  return useMemo(
    () => ({ openPanels, isGradientView, selectedNeuron, togglePanel, setGradientView, selectNeuron }),
    [openPanels, isGradientView, selectedNeuron, togglePanel, selectNeuron],
  );
}
