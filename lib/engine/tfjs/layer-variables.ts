import * as tf from '@tensorflow/tfjs-core';
import type { LayerParams } from '../../protocol';
import type { LayerTensors } from './forward-backward';

/** Wˡ and bˡ as tf.Variables (the trainer's parameters). */
export interface LayerVariables extends LayerTensors {
  W: tf.Variable<tf.Rank.R2>;
  b: tf.Variable<tf.Rank.R2>;
}

export function createLayerVariables(params: readonly LayerParams[]): LayerVariables[] {
  return tf.tidy(() =>
    params.map((p) => ({
      W: tf.variable(tf.tensor2d(p.W, [p.rows, p.cols]), false),
      b: tf.variable(tf.tensor2d(p.b, [p.rows, 1]), false),
    })),
  );
}

/** W¹, b¹, W², b², … in the order the optimizer state uses. */
export function flattenVariables(layers: readonly LayerVariables[]): tf.Variable[] {
  return layers.flatMap((layer) => [layer.W, layer.b]);
}

/** Overwrites the variables with params of the same shapes; throws on a shape mismatch. */
export function assignLayerParams(layers: readonly LayerVariables[], params: readonly LayerParams[]): void {
  if (params.length !== layers.length) throw new Error(`Expected ${layers.length} layers, got ${params.length}`);
  layers.forEach((layer, l) => {
    const p = params[l]!;
    const [rows, cols] = layer.W.shape;
    if (p.rows !== rows || p.cols !== cols || p.W.length !== rows * cols || p.b.length !== rows) {
      throw new Error(`Layer ${l + 1}: expected W (${rows}, ${cols}), got (${p.rows}, ${p.cols})`);
    }
    tf.tidy(() => {
      layer.W.assign(tf.tensor2d(p.W, [rows, cols]));
      layer.b.assign(tf.tensor2d(p.b, [rows, 1]));
    });
  });
}

/** Copies of the variables' values (tf.clone, so later assigns do not change them); call inside tf.tidy. */
export function cloneLayerTensors(layers: readonly LayerVariables[]): tf.Tensor[] {
  return layers.flatMap((layer) => [tf.clone(layer.W), tf.clone(layer.b)]);
}

/** Builds LayerParams from values read in cloneLayerTensors order. */
export function toLayerParams(layers: readonly LayerVariables[], values: readonly Float32Array[]): LayerParams[] {
  return layers.map((layer, l) => {
    const [rows, cols] = layer.W.shape;
    return { rows, cols, W: values[2 * l]!, b: values[2 * l + 1]! };
  });
}

export function disposeLayerVariables(layers: readonly LayerVariables[]): void {
  for (const layer of layers) {
    layer.W.dispose();
    layer.b.dispose();
  }
}
