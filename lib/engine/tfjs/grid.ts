import * as tf from '@tensorflow/tfjs-core';
import { featureMatrix } from '../../data/features';
import { gridCoordinates } from '../../data/grid';
import type { Activation, Feature } from '../../protocol';
import { forwardActivations, type ForwardMode, type LayerTensors } from './forward-backward';

/** X (features × gridSize²) for the cell centres of the plane, row 0 at the top. */
export function gridInput(gridSize: number, features: readonly Feature[]): tf.Tensor2D {
  const { xs, ys } = gridCoordinates(gridSize);
  return tf.tensor2d(featureMatrix(xs, ys, features), [features.length, gridSize * gridSize]);
}

/** Tensors of A¹ … Aᴸ over the grid, each (nˡ × gridSize²); call inside tf.tidy. */
export function gridActivationTensors(
  params: readonly LayerTensors[],
  activations: readonly Activation[],
  features: readonly Feature[],
  gridSize: number,
  mode: ForwardMode = 'plain',
): tf.Tensor2D[] {
  return forwardActivations(params, gridInput(gridSize, features), activations, mode);
}

/**
 * One batched forward pass over a gridSize × gridSize sampling of the plane. Returns every layer's
 * activations, hidden layers then the output, each a Float32Array of nˡ × gridSize² values,
 * unit-major (unit u's map is [u·gridSize², (u + 1)·gridSize²), row-major as gridCoordinates).
 */
export async function gridActivations(
  params: readonly LayerTensors[],
  activations: readonly Activation[],
  features: readonly Feature[],
  gridSize: number,
  mode: ForwardMode = 'plain',
): Promise<Float32Array[]> {
  const tensors = tf.tidy(() => gridActivationTensors(params, activations, features, gridSize, mode));
  try {
    return await readAll(tensors);
  } finally {
    tf.dispose(tensors);
  }
}

/**
 * Reads tensors with `await data()` into fresh Float32Arrays. A copy, because the cpu backend hands
 * out its own storage, which must not be transferred (detached) to another thread.
 */
export async function readAll(tensors: readonly tf.Tensor[]): Promise<Float32Array[]> {
  const values = await Promise.all(tensors.map((t) => t.data<'float32'>()));
  return values.map((v) => new Float32Array(v));
}
