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

/** The points of the step's examples, to mark on the plane; none when the step takes every training point (rings on all say nothing). */
export function highlightedPointsOf(stepper: Pick<StepperView, 'isOpen' | 'trace' | 'points'>): readonly number[] | null {
  const { trace } = stepper;
  if (!stepper.isOpen || !trace) return null;
  const trainCount = stepper.points.reduce((count, p) => count + (p.split === 'train' ? 1 : 0), 0);
  return trace.m < trainCount ? pointIndicesOf(stepper.points, trace.trainIndices) : null;
}
