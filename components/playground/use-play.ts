'use client';

import { useCallback, useEffect, useState } from 'react';
import { setUntil, type ConfigEdit } from '@/lib/config/edits';
import { untilAfterPlay } from '@/lib/config/until';
import type { PlaygroundConfig } from '@/lib/config/types';
import type { NetworkSpec } from '@/lib/protocol';
import { trainConfigOf } from './config-to-specs';
import type { PointsStore } from './points-store';
import type { SnapshotStore } from './snapshot-store';
import type { TrainerControls } from './use-trainer';

const hasTrainingPoints = (store: PointsStore) => store.get().points.some((p) => p.split === 'train');

/**
 * Play that is never dead: at or past the stop epoch it moves the stop epoch on (untilAfterPlay, written
 * to the config and so to the URL) and the worker hears of it before it is asked to play; without
 * training points it does not start a clock at epoch 0 but asks for points (isPointsHintShown, cleared
 * once there are some); after the cost diverged (the weights are no longer numbers, so training cannot go
 * on from them) it starts again from fresh weights, as Reset would, with the settings now chosen.
 */
export function usePlay(options: {
  api: TrainerControls | null;
  config: PlaygroundConfig;
  spec: NetworkSpec;
  store: SnapshotStore;
  pointsStore: PointsStore;
  editConfig(edit: ConfigEdit): void;
}): { play(): void; isPointsHintShown: boolean } {
  const { api, config, spec, store, pointsStore, editConfig } = options;
  const [isPointsHintShown, setPointsHintShown] = useState(false);
  useEffect(() => pointsStore.subscribe(() => hasTrainingPoints(pointsStore) && setPointsHintShown(false)), [pointsStore]);
  const play = useCallback(() => {
    if (!api) return;
    if (!hasTrainingPoints(pointsStore)) return setPointsHintShown(true);
    setPointsHintShown(false);
    if (store.get().snapshot?.hasDiverged) return void api.reset().then(() => api.play());
    const until = untilAfterPlay(config.until, store.get().snapshot?.epoch ?? 0);
    if (until === config.until) return void api.play();
    editConfig((c) => setUntil(c, until));
    // Comlink calls can interleave in the worker: play only once it trains to the new stop epoch.
    void api.configure(spec, trainConfigOf({ ...config, until })).then(() => api.play());
  }, [api, config, spec, store, pointsStore, editConfig]);
  return { play, isPointsHintShown };
}
