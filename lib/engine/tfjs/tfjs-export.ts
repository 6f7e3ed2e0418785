/**
 * The network as a TensorFlow.js layers model (issue 5), so a learner can load it in their own code with
 * `tf.loadLayersModel`. Its input is the feature vector in the network's feature order (x1, x2, x1², …),
 * not the raw point; its output is ŷ = P(class 1).
 *
 * tfjs Dense layers compute y = g(x · kernel + bias) on row vectors, with kernel (nˡ⁻¹, nˡ): the transpose
 * of the course's Wˡ (nˡ, nˡ⁻¹). Leaky ReLU is not a Dense activation in tfjs, so such a layer is a linear
 * Dense followed by a LeakyReLU layer with the playground's slope.
 *
 * The worker imports this module only when a model is exported: tfjs-layers is large and training never needs it.
 */
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { ACTIVATION_TABLE, LEAKY_SLOPE } from '../../math/activations';
import type { LayerParams, NetworkSpec, TfjsModelArtifacts } from '../../protocol';
import { layerActivations, paramsFitNetwork } from '../../model/network';

/** Wˡ (rows, cols) row-major → its transpose (cols, rows) row-major. */
function transposed(p: LayerParams): Float32Array {
  const out = new Float32Array(p.rows * p.cols);
  for (let i = 0; i < p.rows; i++) {
    for (let k = 0; k < p.cols; k++) out[k * p.rows + i] = p.W[i * p.cols + k]!;
  }
  return out;
}

/** A tf.sequential model with the spec's layers and these parameters; the caller disposes it. */
export function buildTfjsModel(spec: NetworkSpec, params: readonly LayerParams[]): tfl.Sequential {
  if (!paramsFitNetwork(params, spec)) throw new RangeError('the parameters do not fit the network');
  const activations = layerActivations(spec);
  const model = tfl.sequential();
  params.forEach((p, l) => {
    const { kerasName } = ACTIVATION_TABLE[activations[l]!];
    const dense = tfl.layers.dense({
      units: p.rows,
      activation: kerasName === 'leakyReLU' ? 'linear' : kerasName,
      useBias: true,
      ...(l === 0 ? { inputShape: [p.cols] } : {}),
    });
    model.add(dense);
    tf.tidy(() => dense.setWeights([tf.tensor2d(transposed(p), [p.cols, p.rows]), tf.tensor1d(p.b)]));
    if (kerasName === 'leakyReLU') model.add(tfl.layers.leakyReLU({ alpha: LEAKY_SLOPE }));
  });
  return model;
}

/** The save artifacts of buildTfjsModel(spec, params), as plain data with the weights in one buffer. */
export async function exportTfjsModel(spec: NetworkSpec, params: readonly LayerParams[]): Promise<TfjsModelArtifacts> {
  const model = buildTfjsModel(spec, params);
  try {
    let saved: tf.io.ModelArtifacts | null = null;
    await model.save(
      tf.io.withSaveHandler(async (artifacts) => {
        saved = artifacts;
        return { modelArtifactsInfo: tf.io.getModelArtifactsInfoForJSON(artifacts) };
      }),
    );
    const artifacts = saved as tf.io.ModelArtifacts | null;
    if (!artifacts?.modelTopology || !artifacts.weightSpecs || !artifacts.weightData) throw new Error('tf.io returned no model');
    const weightData = artifacts.weightData;
    return {
      modelTopology: artifacts.modelTopology as Record<string, unknown>,
      weightSpecs: artifacts.weightSpecs.map((s) => ({ name: s.name, shape: [...s.shape], dtype: 'float32' as const })),
      weightData: Array.isArray(weightData) ? tf.io.CompositeArrayBuffer.join(weightData) : weightData,
    };
  } finally {
    model.dispose();
  }
}
