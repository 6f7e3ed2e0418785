'use client';

import { useEffect, useRef } from 'react';
import type { PlaygroundConfig } from '@/lib/config/types';
import type { LabeledPoint } from '@/lib/protocol';

/** What a host (the embed page, a lesson) can do with a playground. */
export interface PlaygroundHandle {
  play(): void;
  pause(): void;
  step(): void;
  reset(): void;
  setConfig(config: PlaygroundConfig): void;
  setPoints(points: LabeledPoint[]): void;
  getState(): { config: PlaygroundConfig; points: LabeledPoint[] };
}

/**
 * Gives the host one stable handle (once per `onHandle`) whose calls always reach the newest `current`
 * closures, so the host never holds stale state.
 */
export function useHostHandle(onHandle: ((handle: PlaygroundHandle) => void) | undefined, current: PlaygroundHandle): void {
  const handleRef = useRef(current);
  handleRef.current = current;
  useEffect(() => {
    onHandle?.({
      play: () => handleRef.current.play(),
      pause: () => handleRef.current.pause(),
      step: () => handleRef.current.step(),
      reset: () => handleRef.current.reset(),
      setConfig: (c) => handleRef.current.setConfig(c),
      setPoints: (p) => handleRef.current.setPoints(p),
      getState: () => handleRef.current.getState(),
    });
  }, [onHandle]);
}
