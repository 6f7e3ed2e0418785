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

/** Whether two specs describe the same network and initial weights (a change re-initialises). */
export function isSameNetwork(a: NetworkSpec, b: NetworkSpec): boolean {
  return (
    a.init === b.init &&
    a.seed === b.seed &&
    a.features.length === b.features.length &&
    a.features.every((f, i) => f === b.features[i]) &&
    a.hidden.length === b.hidden.length &&
    a.hidden.every((layer, i) => layer.units === b.hidden[i]?.units && layer.activation === b.hidden[i]?.activation)
  );
}
