'use client';

import { useEffect } from 'react';
import type { PlaygroundConfig } from '@/lib/config/types';
import type { PointsStore } from './points-store';

const URL_UPDATE_DELAY_MS = 300;

/**
 * Keeps the address bar describing the current configuration (and custom points that fit), so a copied
 * link reproduces it. Debounced: browsers refuse more than ~100 history updates per 10 s.
 */
export function useUrlSync(config: PlaygroundConfig, pointsStore: PointsStore, isEnabled: boolean): void {
  useEffect(() => {
    if (!isEnabled) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let isCurrent = true;
    const schedule = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        // The writer (zod codecs, point codec) loads on first use: the first paint does not need it.
        // If it cannot be loaded, the address bar simply keeps its previous query.
        import('./url-query')
          .then(({ playgroundQuery }) => {
            if (!isCurrent) return;
            const { points, isCustom } = pointsStore.get();
            const query = playgroundQuery(config, points, isCustom, window.location.search);
            window.history.replaceState(null, '', `${window.location.pathname}${query ? `?${query}` : ''}`);
          })
          .catch(() => undefined);
      }, URL_UPDATE_DELAY_MS);
    };
    schedule();
    const unsubscribe = pointsStore.subscribe(schedule);
    return () => {
      isCurrent = false;
      unsubscribe();
      clearTimeout(timer);
    };
  }, [config, pointsStore, isEnabled]);
}
