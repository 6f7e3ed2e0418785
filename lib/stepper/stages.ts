/**
 * The stages of one gradient step in the course's order: forward propagation layer by layer (l = 1 … L),
 * the cost, backward propagation (l = L … 1), and the update. L counts the output layer, not the input.
 */
export type Stage = { kind: 'forward'; layer: number } | { kind: 'cost' } | { kind: 'backward'; layer: number } | { kind: 'update' };

export function stagesOf(L: number): Stage[] {
  const stages: Stage[] = [];
  for (let l = 1; l <= L; l++) stages.push({ kind: 'forward', layer: l });
  stages.push({ kind: 'cost' });
  for (let l = L; l >= 1; l--) stages.push({ kind: 'backward', layer: l });
  stages.push({ kind: 'update' });
  return stages;
}

/** The stage's name in the page's contract (data-stage): forward-<l>, cost, backward-<l> or update. */
export function stageId(stage: Stage): string {
  return stage.kind === 'forward' || stage.kind === 'backward' ? `${stage.kind}-${stage.layer}` : stage.kind;
}

/** Where step-through stands: the stage's index in stagesOf(L), and whether this step's update is applied. */
export interface StepperPosition {
  index: number;
  isApplied: boolean;
}

export type StepperMove =
  /** The stage after; from the update, the next step's first stage (a new trace is needed). */
  | { kind: 'stage'; position: StepperPosition; appliesStep: boolean }
  | { kind: 'nextStep' }
  | { kind: 'none' };

/**
 * Next from `position`: entering the update applies the step (once); Next on the update starts the next step.
 */
export function nextMove(position: StepperPosition, L: number): StepperMove {
  const last = stagesOf(L).length - 1;
  if (position.index >= last) return { kind: 'nextStep' };
  const index = position.index + 1;
  const appliesStep = index === last && !position.isApplied;
  return { kind: 'stage', position: { index, isApplied: position.isApplied || appliesStep }, appliesStep };
}

/** Back from `position`: the stage before, within this step (an applied update stays applied). */
export function backMove(position: StepperPosition): StepperMove {
  if (position.index <= 0) return { kind: 'none' };
  return { kind: 'stage', position: { index: position.index - 1, isApplied: position.isApplied }, appliesStep: false };
}
