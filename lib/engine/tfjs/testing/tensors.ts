/** What tests outside the tfjs engine need of TensorFlow.js itself, so they import no tfjs. */
import * as tf from '@tensorflow/tfjs-core';

/** Runs tfjs on its cpu backend (the one the unit tests use). */
export async function useCpuBackend(): Promise<void> {
  await tf.setBackend('cpu');
}

/** Tensors alive now: a test of "no tensor left behind" compares it before and after. */
export function tensorCount(): number {
  return tf.memory().numTensors;
}
