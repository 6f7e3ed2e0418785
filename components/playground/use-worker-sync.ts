'use client';

import { useEffect, useMemo, useRef } from 'react';
import type { PlaygroundConfig } from '@/lib/config/types';
import type { NetworkSpec, TrainConfig } from '@/lib/protocol';
import { networkSpecOf, trainConfigOf } from './config-to-specs';
import type { PointsStore } from './points-store';
import type { TrainerControls } from './use-trainer';

/** The network and the training settings of a configuration, each a new object only when its own fields change. */
export function useSpecs(config: PlaygroundConfig): { spec: NetworkSpec; trainConfig: TrainConfig } {
  const spec = useMemo(
    () => networkSpecOf(config),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only the fields that define the network
    [config.features, config.layers, config.activations, config.init, config.seed],
  );
  const trainConfig = useMemo(
    () => trainConfigOf(config),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only the fields that define training
    [config.learningRate, config.batchSize, config.optimizer, config.regularization, config.lambda, config.until, config.seed, config.speed],
  );
  return { spec, trainConfig };
}

/**
 * The worker follows the page: the network and training settings whenever they change, every edit of
 * the points as it happens (a drag: each pointer move, without waiting for a render), whether gradients
 * are shown, and one Play at the start when the configuration asks for autoplay.
 */
export function useWorkerSync(options: {
  api: TrainerControls | null;
  spec: NetworkSpec;
  trainConfig: TrainConfig;
  pointsStore: PointsStore;
  isAutoplay: boolean;
  areGradientsShown: boolean;
}): void {
  const { api, spec, trainConfig, pointsStore, isAutoplay, areGradientsShown } = options;
  useEffect(() => {
    api?.configure(spec, trainConfig);
  }, [api, spec, trainConfig]);
  useEffect(() => {
    if (!api) return;
    const send = () => {
      const { points, version } = pointsStore.get();
      void api.setPoints(points, version);
    };
    send();
    return pointsStore.subscribe(send);
  }, [api, pointsStore]);
  const hasAutoplayed = useRef(false);
  useEffect(() => {
    if (api && isAutoplay && !hasAutoplayed.current) {
      hasAutoplayed.current = true;
      api.play();
    }
  }, [api, isAutoplay]);
  // Full-batch gradients cost a backward pass over every training point per snapshot: only while shown.
  useEffect(() => {
    void api?.setViewOptions({ withGradients: areGradientsShown });
  }, [api, areGradientsShown]);
}
