'use client';

import { useEffect, useRef } from 'react';
import { FRAMES_PER_WINDOW, nextTrainingShare } from '@/lib/pacing/frame-pacing';
import type { TrainerControls } from './use-trainer';

/**
 * While training runs, watches the page's frame intervals and lowers the share of time the worker trains
 * when frames drop, raising it again while they hold (lib/pacing/frame-pacing.ts). The share outlives a
 * pause: it describes the machine, not the run.
 */
export function useFramePacing(api: TrainerControls | null, isTraining: boolean): void {
  const shareRef = useRef(1);
  useEffect(() => {
    if (!api || !isTraining) return;
    let last: number | null = null;
    const intervals: number[] = [];
    let frame = 0;
    const tick = (time: number) => {
      if (last !== null) intervals.push(time - last);
      last = time;
      if (intervals.length >= FRAMES_PER_WINDOW) {
        const next = nextTrainingShare(shareRef.current, intervals);
        intervals.length = 0;
        if (next !== shareRef.current) {
          shareRef.current = next;
          void api.setViewOptions({ trainingShare: next });
        }
      }
      frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(frame);
  }, [api, isTraining]);
}
