import { createContext, useEffect, useMemo, useRef } from 'react';
import type { InspectorPanel } from '@/components/inspectors/use-inspector-state';
import type { PointLossEvent, StepThroughEvent } from '@/lib/lessons/checks';
import { stageId, type Stage } from '@/lib/stepper/stages';
import type { StepTrace, StepUpdate } from '@/lib/protocol';

export interface LessonEventHandlers {
  /** Each stage step-through shows, with the step's L and m (a lesson's check). */
  onStepThrough?(event: StepThroughEvent): void;
  /** The inspector panels open now, each time they change. */
  onInspectors?(open: readonly InspectorPanel[]): void;
  /** A selected training point's loss beside the cost (the plane's PointLoss). */
  onPointLoss?(event: PointLossEvent): void;
  /** The shapes drill was solved for the network with these layer sizes n⁰, …, n^L (drillNetworkKey). */
  onDrillSolved?(network: string): void;
}

/** The lesson events a view deep in the playground reports itself (the shapes drill); none outside a lesson. */
export const LessonEventsContext = createContext<Pick<LessonEventHandlers, 'onDrillSolved'>>({});

/**
 * Tells a lesson page what the learner is looking at: the step-through stage and the open inspectors.
 * Returns the value of LessonEventsContext for the views that report what the learner did (stable).
 */
export function useLessonEvents(
  { onStepThrough, onInspectors, onDrillSolved }: LessonEventHandlers,
  stepper: { stage: Stage | null; trace: StepTrace | null; update: StepUpdate | null },
  openPanels: readonly InspectorPanel[],
) {
  const handlers = useRef({ onStepThrough, onInspectors, onDrillSolved });
  useEffect(() => {
    handlers.current = { onStepThrough, onInspectors, onDrillSolved };
  });
  const { stage, trace, update } = stepper;
  const isUpdateApplied = stage?.kind === 'update' && update !== null;
  useEffect(() => {
    if (stage && trace) handlers.current.onStepThrough?.({ stage: stageId(stage), layers: trace.params.length, m: trace.m, isUpdateApplied });
  }, [stage, trace, isUpdateApplied]);
  useEffect(() => handlers.current.onInspectors?.(openPanels), [openPanels]);
  return useMemo(() => ({ onDrillSolved: (network: string) => handlers.current.onDrillSolved?.(network) }), []);
}
