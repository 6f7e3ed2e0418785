import type { Activation, LayerParams, NetworkSpec } from '../protocol';

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

/** Whether params (hidden layers then the output layer) have exactly the shapes of the spec's network. */
export function paramsFitNetwork(params: readonly LayerParams[], spec: NetworkSpec): boolean {
  const sizes = layerSizes(spec);
  if (params.length !== sizes.length - 1) return false;
  return params.every((p, l) => {
    const rows = sizes[l + 1]!;
    const cols = sizes[l]!;
    return p.rows === rows && p.cols === cols && p.W.length === rows * cols && p.b.length === rows;
  });
}
