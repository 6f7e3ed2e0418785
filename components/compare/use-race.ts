'use client';

import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';
import type { NetworkSpec, Optimizer, TrainConfig } from '@/lib/protocol';
import type { RaceResult } from '@/lib/race/race';
import type { KeptRun } from '@/lib/compare/runs';
import type { TrainerControls } from '@/components/playground/use-trainer';
import type { PointsStore } from '@/components/playground/points-store';

/** How long the lanes take to be drawn out, epoch by epoch, once the race is computed. */
export const RACE_REVEAL_MS = 2500;

/**
 * Each optimizer's colour in a race: dark, apart from each other and from the kept runs' Okabe–Ito colours
 * (run-label.ts), which share the chart, and from the current run's black.
 */
export const RACE_COLORS: Record<Optimizer, string> = { gd: '#6d28d9', momentum: '#a16207', rmsprop: '#0e7490', adam: '#be123c' };

export interface RaceView {
  result: RaceResult | null;
  /** Epochs drawn so far (the lanes are revealed over RACE_REVEAL_MS). */
  shownEpochs: number;
  isRacing: boolean;
  start(): void;
  clear(): void;
}

export interface RaceInputs {
  api: Pick<TrainerControls, 'race'> | null;
  /** Changes when what the race trained on does (network, α, batch, regularisation): the race is then dropped. */
  settingsKey: string;
  pointsStore: PointsStore;
  /** Said when there is nothing to race on (no training points). */
  onNothingToRace(): void;
}

/** The race of the optimizers: asked of the worker, revealed epoch by epoch, dropped when its settings or points change. */
export function useRace({ api, settingsKey, pointsStore, onNothingToRace }: RaceInputs): RaceView {
  const [result, setResult] = useState<RaceResult | null>(null);
  const [shownEpochs, setShownEpochs] = useState(0);
  const [isRacing, setRacing] = useState(false);
  const generation = useRef(0);
  const onNothingRef = useRef(onNothingToRace);
  onNothingRef.current = onNothingToRace;

  const clear = useCallback(() => {
    generation.current += 1;
    setResult(null);
    setRacing(false);
  }, []);
  useEffect(clear, [settingsKey, clear]);
  useEffect(() => {
    let version = pointsStore.get().version;
    return pointsStore.subscribe(() => {
      if (pointsStore.get().version === version) return;
      version = pointsStore.get().version;
      clear();
    });
  }, [pointsStore, clear]);

  const start = useCallback(() => {
    if (!api) return;
    const mine = ++generation.current;
    setRacing(true);
    void api
      .race()
      .catch(() => null)
      .then((next) => {
        if (mine !== generation.current) return;
        if (!next) onNothingRef.current();
        setShownEpochs(0);
        setResult(next);
      })
      .finally(() => {
        if (mine === generation.current) setRacing(false);
      });
  }, [api]);

  // Drawn out epoch by epoch, so the learner watches the four paths leave the same start.
  useEffect(() => {
    if (!result) return;
    const begin = performance.now();
    let frame = requestAnimationFrame(function tick(now) {
      const share = Math.min(1, (now - begin) / RACE_REVEAL_MS);
      setShownEpochs(Math.round(share * result.epochs));
      if (share < 1) frame = requestAnimationFrame(tick);
    });
    return () => cancelAnimationFrame(frame);
  }, [result]);

  return useMemo(() => ({ result, shownEpochs, isRacing, start, clear }), [result, shownEpochs, isRacing, start, clear]);
}

/** The race, for views below the playground (the landscape draws its trails). */
export const RaceContext = createContext<RaceView | null>(null);
export const useRaceView = (): RaceView | null => useContext(RaceContext);

/** What a race depends on: the network and every training setting but the optimizer, the stop epoch and the speed. */
export function raceKeyOf(spec: NetworkSpec, config: TrainConfig): string {
  return JSON.stringify([spec, { ...config, optimizer: null, untilEpoch: null, maxEpochsPerSecond: null, maxStepsPerSecond: null }]);
}

/** The kept runs, for views below the playground (the landscape draws their paths). */
export const KeptRunsContext = createContext<readonly KeptRun[]>([]);
export const useKeptRunsView = (): readonly KeptRun[] => useContext(KeptRunsContext);
