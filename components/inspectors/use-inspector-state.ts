'use client';

import { useCallback, useMemo, useRef, useState } from 'react';
import type { NeuronRef } from '@/components/views/network-diagram';
import type { LandscapeAxis } from '@/lib/landscape/surface';

/** A parameter picked in the diagram as an axis of the cost landscape. */
export type PickedAxis = Extract<LandscapeAxis, { kind: 'param' }>;

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
  /** The landscape's axes picked in the diagram (0, 1 or 2), and whether a click on a connection or bias picks one. */
  pickedAxes: readonly PickedAxis[];
  isPickingAxes: boolean;
  /** Starts picking two new axes (clicks in the diagram then pick instead of opening the weight editor). */
  startPickingAxes(): void;
  stopPickingAxes(): void;
  /** Takes a clicked parameter as the next axis; picking ends with the second (the same parameter twice is ignored). */
  pickAxis(axis: PickedAxis): void;
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
  const [pickedAxes, setPickedAxes] = useState<readonly PickedAxis[]>([]);
  const [isPickingAxes, setPickingAxes] = useState(false);
  const startPickingAxes = useCallback(() => {
    setPickedAxes([]);
    setPickingAxes(true);
  }, []);
  const stopPickingAxes = useCallback(() => setPickingAxes(false), []);
  const pickedRef = useRef<readonly PickedAxis[]>([]);
  pickedRef.current = pickedAxes;
  const pickAxis = useCallback((axis: PickedAxis) => {
    const picked = pickedRef.current;
    const isSame = (a: PickedAxis) => a.layer === axis.layer && a.row === axis.row && a.col === axis.col;
    if (picked.length >= 2 || picked.some(isSame)) return;
    const next = [...picked, axis];
    pickedRef.current = next;
    setPickedAxes(next);
    if (next.length === 2) setPickingAxes(false);
  }, []);
  return useMemo(
    () => ({ openPanels, isGradientView, selectedNeuron, togglePanel, setGradientView, selectNeuron, pickedAxes, isPickingAxes, startPickingAxes, stopPickingAxes, pickAxis }),
    [openPanels, isGradientView, selectedNeuron, togglePanel, selectNeuron, pickedAxes, isPickingAxes, startPickingAxes, stopPickingAxes, pickAxis],
  );
}
