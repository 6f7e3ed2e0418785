import type { Activation, NetworkSpec } from '../protocol';

/** The output layer L is one sigmoid unit. */
export const OUTPUT_ACTIVATION: Activation = 'sigmoid';

/** Layer sizes n⁰ … nᴸ: the inputs, every hidden layer, then the single output unit. */
export function layerSizes(spec: NetworkSpec): number[] {
  return [spec.features.length, ...spec.hidden.map((layer) => layer.units), 1];
}

/** g¹ … gᴸ: the hidden layers' activations, then the output's sigmoid. */
export function layerActivations(spec: NetworkSpec): Activation[] {
  return [...spec.hidden.map((layer) => layer.activation), OUTPUT_ACTIVATION];
}
