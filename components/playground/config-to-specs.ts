import type { PlaygroundConfig } from '@/lib/config/types';
import { speedLimitOf } from '@/lib/config/speed';
import type { NetworkSpec, TrainConfig } from '@/lib/protocol';

/** The network the worker builds for a configuration. */
export function networkSpecOf(config: PlaygroundConfig): NetworkSpec {
  return {
    features: config.features,
    hidden: config.layers.map((units, i) => ({
      units,
      activation: config.activations[i] ?? config.activations[config.activations.length - 1] ?? 'tanh',
    })),
    init: config.init,
    seed: config.seed,
  };
}

/** How the worker trains for a configuration, at the speed the config sets. */
export function trainConfigOf(config: PlaygroundConfig): TrainConfig {
  return {
    learningRate: config.learningRate,
    batchSize: config.batchSize,
    optimizer: config.optimizer,
    regularization: config.regularization,
    lambda: config.lambda,
    untilEpoch: config.until,
    seed: config.seed,
    ...speedLimitOf(config.speed),
  };
}
