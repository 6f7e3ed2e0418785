import type { DiagramFocus } from '@/components/views/diagram-connections';
import { totalGradient } from '@/lib/stepper/derive';
import { pointIndicesOf } from '@/lib/stepper/examples';
import type { StepperView } from './use-stepper';

/** The layer the network diagram lights up for the stage shown: the cost is the output's; the update lights none. */
export function diagramFocusOf(stepper: Pick<StepperView, 'isOpen' | 'stage' | 'trace'>): DiagramFocus | null {
  const { stage, trace } = stepper;
  if (!stepper.isOpen || !stage || !trace) return null;
  if (stage.kind === 'forward') return { layer: stage.layer, direction: 'forward' };
  if (stage.kind === 'cost') return { layer: trace.params.length, direction: 'forward' };
  if (stage.kind === 'backward') {
    const g = trace.backward[stage.layer - 1]!;
    return { layer: stage.layer, direction: 'backward', gradients: totalGradient(g.dW, g.dWPenalty) };
  }
  return null;
}

/** The points of the step's examples, to mark on the plane. */
export function highlightedPointsOf(stepper: Pick<StepperView, 'isOpen' | 'trace' | 'points'>): readonly number[] | null {
  return stepper.isOpen && stepper.trace ? pointIndicesOf(stepper.points, stepper.trace.trainIndices) : null;
}
