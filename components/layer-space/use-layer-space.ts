'use client';

import { useEffect, useMemo, useRef, useState } from 'react';
import type { Activation, Feature, LabeledPoint, LayerParams } from '@/lib/protocol';
import { layerSpaceOf, type LayerSpace } from '@/lib/layer-space/layer-space';

/** While training, the layer space is carried through the network at most this often. */
const REFRESH_MS = 150;
/** One layer to the next, then a pause before the next. */
export const LAYER_STEP_MS = 1100;
const LAYER_PAUSE_MS = 350;

export interface LayerSpaceData {
  space: LayerSpace;
  /** Labels of the points used, in the space's order. */
  labels: Uint8Array;
  /** Training points in all (the space may carry fewer). */
  trainCount: number;
}

/** The layer space of the current parameters and training points, recomputed at most every REFRESH_MS. */
export function useLayerSpaceData(params: readonly LayerParams[] | null, activations: readonly Activation[], features: readonly Feature[], points: readonly LabeledPoint[]): LayerSpaceData | null {
  const training = useMemo(() => points.filter((p) => p.split === 'train'), [points]);
  const [shown, setShown] = useState(params);
  const lastRef = useRef(0);
  useEffect(() => {
    const wait = lastRef.current + REFRESH_MS - performance.now();
    if (wait <= 0) {
      lastRef.current = performance.now();
      setShown(params);
      return;
    }
    const timer = setTimeout(() => {
      lastRef.current = performance.now();
      setShown(params);
    }, wait);
    return () => clearTimeout(timer);
  }, [params]);
  return useMemo(() => {
    if (!shown || shown.length !== activations.length || shown[0]!.cols !== features.length) return null;
    const xy = new Float32Array(2 * training.length);
    training.forEach((p, i) => {
      xy[2 * i] = p.x1;
      xy[2 * i + 1] = p.x2;
    });
    const space = layerSpaceOf({ params: shown, activations, features, points: xy });
    return { space, labels: Uint8Array.from(space.pointIndices, (i) => training[i]!.label), trainCount: training.length };
  }, [shown, activations, features, training]);
}

/**
 * "Through the layers": a position p running from 0 to L, one layer per LAYER_STEP_MS with a pause at each;
 * p is a whole number while paused (or when not playing: null).
 */
export function useLayerTour(L: number) {
  const [position, setPosition] = useState<number | null>(null);
  const [isPlaying, setPlaying] = useState(false);
  useEffect(() => {
    if (!isPlaying) return;
    const begin = performance.now();
    const per = LAYER_STEP_MS + LAYER_PAUSE_MS;
    let frame = requestAnimationFrame(function tick(now) {
      const elapsed = now - begin;
      const k = Math.floor(elapsed / per);
      const within = Math.min(1, (elapsed - k * per) / LAYER_STEP_MS);
      const p = Math.min(L, k + within);
      setPosition(p);
      if (p >= L) setPlaying(false);
      else frame = requestAnimationFrame(tick);
    });
    return () => cancelAnimationFrame(frame);
  }, [isPlaying, L]);
  return {
    position,
    isPlaying,
    play: () => {
      setPosition(0);
      setPlaying(true);
    },
    stop: () => {
      setPlaying(false);
      setPosition(null);
    },
  };
}
