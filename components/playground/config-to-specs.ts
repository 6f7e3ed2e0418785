import type { PlaygroundConfig } from '@/lib/config/types';
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

/** How the worker trains for a configuration; `maxEpochsPerSecond` is the speed control (not in the URL). */
export function trainConfigOf(config: PlaygroundConfig, maxEpochsPerSecond: number | null): TrainConfig {
  return {
    learningRate: config.learningRate,
    batchSize: config.batchSize,
    optimizer: config.optimizer,
    regularization: config.regularization,
    lambda: config.lambda,
    untilEpoch: config.until,
    seed: config.seed,
    maxEpochsPerSecond,
  };
}
