import type { LayerParams, TrainingSnapshot } from '@/lib/protocol';

/**
 * Whether the snapshot's parameters belong to the architecture on screen (n⁰ inputs, the given
 * hidden sizes, one output). Right after an edit the newest snapshot can still be the old network's.
 */
export function matchesArchitecture(params: readonly LayerParams[], inputs: number, layers: readonly number[]): boolean {
  const sizes = [...layers, 1];
  if (params.length !== sizes.length) return false;
  let previous = inputs;
  for (let l = 0; l < sizes.length; l++) {
    const p = params[l]!;
    if (p.rows !== sizes[l] || p.cols !== previous || p.W.length !== p.rows * p.cols || p.b.length !== p.rows) return false;
    previous = p.rows;
  }
  return true;
}

/** The snapshot's parameters, when they belong to the architecture on screen. */
export function matchingParams(snapshot: TrainingSnapshot | null, inputs: number, layers: readonly number[]): LayerParams[] | null {
  return snapshot && matchesArchitecture(snapshot.params, inputs, layers) ? snapshot.params : null;
}

/** The snapshot's gradients dW, db, when there are some and they belong to the architecture on screen. */
export function matchingGradients(snapshot: TrainingSnapshot | null, inputs: number, layers: readonly number[]): LayerParams[] | null {
  return snapshot && matchesArchitecture(snapshot.gradients, inputs, layers) ? snapshot.gradients : null;
}
