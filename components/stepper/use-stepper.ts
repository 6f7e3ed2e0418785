'use client';

import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type { LabeledPoint, StepChoice, StepTrace, StepUpdate } from '@/lib/protocol';
import { trainIndexOf } from '@/lib/stepper/examples';
import { backMove, nextMove, stagesOf, type Stage, type StepperPosition } from '@/lib/stepper/stages';
import type { TrainerControls } from '@/components/playground/use-trainer';
import type { PointsStore } from '@/components/playground/points-store';
import type { DiagramFocus } from '@/components/views/diagram-connections';
import { diagramFocusOf, highlightedPointsOf } from './stepper-focus';

/** Which examples a step uses: the next mini-batch, every training point, or the training point selected on the plane. */
export type ExampleMode = 'batch' | 'full' | 'point';

export interface StepperView {
  isOpen: boolean;
  mode: ExampleMode;
  trace: StepTrace | null;
  /** This step's update, once applied. */
  update: StepUpdate | null;
  position: StepperPosition;
  stage: Stage | null;
  /** The points (followed only while open). */
  points: readonly LabeledPoint[];
  /** Why there is no trace: no training points, or (mode 'point') no training point selected. */
  missing: 'points' | 'point' | null;
  isBusy: boolean;
}

export interface Stepper extends StepperView {
  /** The layer the network diagram lights up, and the points the plane rings (stepper-focus.ts). */
  diagramFocus: DiagramFocus | null;
  highlighted: readonly number[] | null;
  open(): void;
  close(): void;
  next(): void;
  back(): void;
  setMode(mode: ExampleMode): void;
}

export interface StepperInputs {
  api: TrainerControls | null;
  pointsStore: PointsStore;
  selectedIndex: number | null;
  isTraining: boolean;
  /** Changes whenever the network or the training settings change (a new trace is needed). */
  settingsKey: string;
}

const NO_POINTS: readonly LabeledPoint[] = [];
const START: StepperPosition = { index: 0, isApplied: false };

function choiceOf(mode: ExampleMode, points: readonly LabeledPoint[], selectedIndex: number | null): StepChoice | null {
  if (mode === 'batch') return { kind: 'batch' };
  if (mode === 'full') return { kind: 'full' };
  const k = selectedIndex === null ? null : trainIndexOf(points, selectedIndex);
  return k === null ? null : { kind: 'examples', trainIndices: [k] };
}

/**
 * Step-through's state: open or closed, the examples, the traced step, the stage shown and whether the
 * step is applied. Opening pauses training (the worker's traceStep does); entering the update stage
 * applies the step; Next on the update traces the next step. Pressing Play closes it.
 */
export function useStepper({ api, pointsStore, selectedIndex, isTraining, settingsKey }: StepperInputs): Stepper {
  const [isOpen, setOpen] = useState(false);
  // Closed, it does not re-render on every drag move.
  const readPoints = () => (isOpen ? pointsStore.get().points : NO_POINTS);
  const points = useSyncExternalStore(pointsStore.subscribe, readPoints, readPoints);
  const [mode, setMode] = useState<ExampleMode>('batch');
  const [trace, setTrace] = useState<StepTrace | null>(null);
  const [update, setUpdate] = useState<StepUpdate | null>(null);
  const [position, setPosition] = useState<StepperPosition>(START);
  const [isBusy, setBusy] = useState(false);
  const [stepRequest, setStepRequest] = useState(0);
  const choice = choiceOf(mode, points, selectedIndex);
  const choiceKey = JSON.stringify(choice);
  const hasTrainPoints = points.some((p) => p.split === 'train');
  const missing = !hasTrainPoints ? 'points' : choice === null ? 'point' : null;
  const choiceRef = useRef(choice);
  choiceRef.current = choice;
  const isAppliedRef = useRef(position.isApplied);
  isAppliedRef.current = position.isApplied;

  // A trace of the step not yet applied: on opening, for new examples, points or settings, and for each next step.
  useEffect(() => {
    if (!isOpen || !api || isAppliedRef.current) return;
    const current = choiceRef.current;
    if (!current) {
      setTrace(null);
      return;
    }
    let isCurrent = true;
    setBusy(true);
    void api.traceStep(current).then((next) => {
      if (!isCurrent) return;
      setBusy(false);
      setTrace(next);
      if (next) setPosition((p) => ({ index: Math.min(p.index, stagesOf(next.params.length).length - 2), isApplied: false }));
    });
    return () => {
      isCurrent = false;
    };
  }, [isOpen, api, choiceKey, points, settingsKey, stepRequest]);

  // Play closes step-through: training moves on without it.
  const wasTrainingRef = useRef(isTraining);
  useEffect(() => {
    if (isOpen && isTraining && !wasTrainingRef.current) setOpen(false);
    wasTrainingRef.current = isTraining;
  }, [isOpen, isTraining]);

  const L = trace?.params.length ?? 0;
  const stage = trace ? (stagesOf(L)[position.index] ?? null) : null;
  const stageKey = stage ? `${stage.kind}-${'layer' in stage ? stage.layer : ''}` : '';
  // Memoised: the diagram and the plane re-render only when the stage, the trace or the points change.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the stage is named by stageKey
  const diagramFocus = useMemo(() => diagramFocusOf({ isOpen, stage, trace }), [isOpen, stageKey, trace]);
  const highlighted = useMemo(() => highlightedPointsOf({ isOpen, trace, points }), [isOpen, trace, points]);

  const isOpenRef = useRef(isOpen);
  isOpenRef.current = isOpen;
  const open = useCallback(() => {
    if (isOpenRef.current) return;
    setPosition(START);
    setUpdate(null);
    setTrace(null);
    setOpen(true);
    setStepRequest((n) => n + 1);
  }, []);
  // Once the sheet is laid out, the diagram goes to the top of the screen, above it.
  useEffect(() => {
    if (isOpen) document.querySelector('[aria-labelledby="network-heading"]')?.scrollIntoView({ block: 'start', behavior: 'instant' });
  }, [isOpen]);
  const close = useCallback(() => setOpen(false), []);

  const next = () => {
    if (!trace || isBusy || !api) return;
    const move = nextMove(position, L);
    if (move.kind === 'nextStep') {
      setUpdate(null);
      setPosition(START);
      isAppliedRef.current = false;
      setStepRequest((n) => n + 1);
      return;
    }
    if (move.kind !== 'stage') return;
    if (!move.appliesStep) {
      setPosition(move.position);
      return;
    }
    const current = choiceRef.current;
    if (!current) return;
    setBusy(true);
    void api.applyStep(current).then((applied) => {
      setBusy(false);
      if (!applied) return;
      setUpdate(applied);
      setPosition(move.position);
    });
  };

  const back = () => {
    const move = backMove(position);
    if (move.kind === 'stage' && !isBusy) setPosition(move.position);
  };

  return { isOpen, mode, trace, update, position, stage, points, diagramFocus, highlighted, missing: isOpen ? missing : null, isBusy, open, close, next, back, setMode };
}
