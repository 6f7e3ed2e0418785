/**
 * A network's health over its training examples, from one forward pass (every layer's Z and A) and one
 * backward pass (every dWˡ): per hidden layer the share of dead and of saturated units and the size of the
 * largest group of identical units, and ‖dWˡ‖ for every layer. These are the failures the course warns
 * of: ReLU units that never fire, saturated sigmoid/tanh units, vanishing gradients, and the symmetry of
 * zero initialisation.
 */
import { ACTIVATION_TABLE, type Activation } from '../math/activations';
import type { LayerBackward, LayerForward } from '../engine/engine';
import type { LayerHealth, LayerParams, NetworkHealth } from '../protocol';

export type { LayerHealth, NetworkHealth } from '../protocol';

/** A unit is saturated on an example where |g′(z)| is below this: σ′ ≤ 0.25 and tanh′ ≤ 1 at best, so 0.01 is a slope 25–100× flatter, |z| beyond ≈ 4.6 for σ and ≈ 3.0 for tanh. */
export const SATURATED_SLOPE = 0.01;
/** …and saturated outright when that holds on at least this share of the examples ("most"): a few saturated examples are normal. */
export const SATURATED_EXAMPLE_SHARE = 0.9;
/** Two units are identical when every incoming weight, the bias and every outgoing weight differ by at most this (relative to the largest magnitude, floored at 1): zero initialisation keeps them equal to float32 rounding. */
export const IDENTICAL_TOLERANCE = 1e-6;

/** Share of the units of Zˡ / Aˡ (nˡ × m, unit-major) that are dead or saturated. */
function failureShares(activation: Activation, layer: LayerForward, units: number, m: number): { deadShare: number; saturatedShare: number } {
  const entry = ACTIVATION_TABLE[activation];
  if (entry.failure === null || m === 0) return { deadShare: 0, saturatedShare: 0 };
  let failing = 0;
  for (let j = 0; j < units; j++) {
    const offset = j * m;
    if (entry.failure === 'dies') {
      let isDead = true;
      for (let i = 0; i < m && isDead; i++) if (layer.A[offset + i]! > 0) isDead = false;
      if (isDead) failing += 1;
    } else {
      let flat = 0;
      for (let i = 0; i < m; i++) if (Math.abs(entry.dg(layer.Z[offset + i]!)) < SATURATED_SLOPE) flat += 1;
      if (flat >= SATURATED_EXAMPLE_SHARE * m) failing += 1;
    }
  }
  const share = failing / units;
  return entry.failure === 'dies' ? { deadShare: share, saturatedShare: 0 } : { deadShare: 0, saturatedShare: share };
}

/** Whether units j and k of layer l (params index l − 1) are the same function: equal incoming weights and bias, and equal outgoing weights. */
function areIdentical(incoming: LayerParams, outgoing: LayerParams, j: number, k: number): boolean {
  const close = (x: number, y: number) => Math.abs(x - y) <= IDENTICAL_TOLERANCE * Math.max(1, Math.abs(x), Math.abs(y));
  for (let c = 0; c < incoming.cols; c++) if (!close(incoming.W[j * incoming.cols + c]!, incoming.W[k * incoming.cols + c]!)) return false;
  if (!close(incoming.b[j]!, incoming.b[k]!)) return false;
  for (let r = 0; r < outgoing.rows; r++) if (!close(outgoing.W[r * outgoing.cols + j]!, outgoing.W[r * outgoing.cols + k]!)) return false;
  return true;
}

/** The size of the largest group of identical units of hidden layer `index + 1`. */
export function largestIdenticalGroup(params: readonly LayerParams[], index: number): number {
  const incoming = params[index]!;
  const outgoing = params[index + 1]!;
  const groupOf = new Int32Array(incoming.rows).fill(-1);
  let largest = incoming.rows > 0 ? 1 : 0;
  for (let j = 0; j < incoming.rows; j++) {
    if (groupOf[j]! >= 0) continue;
    groupOf[j] = j;
    let size = 1;
    for (let k = j + 1; k < incoming.rows; k++) {
      if (groupOf[k]! < 0 && areIdentical(incoming, outgoing, j, k)) {
        groupOf[k] = j;
        size += 1;
      }
    }
    largest = Math.max(largest, size);
  }
  return largest;
}

const frobenius = (values: Float32Array): number => {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i]! * values[i]!;
  return Math.sqrt(sum);
};

/**
 * The health of a network with parameters `params` and activations g¹ … gᴸ, from its forward pass over m
 * examples and the backward pass over the same examples.
 */
export function networkHealth(
  activations: readonly Activation[],
  params: readonly LayerParams[],
  forward: readonly LayerForward[],
  backward: readonly LayerBackward[],
  m: number,
): NetworkHealth {
  const layers: LayerHealth[] = [];
  for (let l = 0; l < params.length - 1; l++) {
    const units = params[l]!.rows;
    const activation = activations[l]!;
    layers.push({ layer: l + 1, units, activation, ...failureShares(activation, forward[l]!, units, m), largestIdenticalGroup: largestIdenticalGroup(params, l) });
  }
  return { examples: m, layers, gradientNorms: backward.map((b) => frobenius(b.dW)) };
}
