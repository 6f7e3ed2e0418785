import { useEffect, useRef } from 'react';
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
}

/** Tells a lesson page what the learner is looking at: the step-through stage and the open inspectors. */
export function useLessonEvents(
  { onStepThrough, onInspectors }: LessonEventHandlers,
  stepper: { stage: Stage | null; trace: StepTrace | null; update: StepUpdate | null },
  openPanels: readonly InspectorPanel[],
) {
  const handlers = useRef({ onStepThrough, onInspectors });
  useEffect(() => {
    handlers.current = { onStepThrough, onInspectors };
  });
  const { stage, trace, update } = stepper;
  const isUpdateApplied = stage?.kind === 'update' && update !== null;
  useEffect(() => {
    if (stage && trace) handlers.current.onStepThrough?.({ stage: stageId(stage), layers: trace.params.length, m: trace.m, isUpdateApplied });
  }, [stage, trace, isUpdateApplied]);
  useEffect(() => handlers.current.onInspectors?.(openPanels), [openPanels]);
}
