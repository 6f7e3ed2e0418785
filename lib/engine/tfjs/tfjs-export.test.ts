import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { beforeAll, describe, expect, it } from 'vitest';
import { featureMatrix } from '../../data/features';
import { ACTIVATIONS, type Activation, type NetworkSpec, type TfjsModelArtifacts } from '../../protocol';
import { predict } from '../../share/network-json';
import { tfjsModelJson } from '../../share/tfjs-model-json';
import { forward } from './forward-backward';
import { initialParams } from '../../model/init';
import { createLayerVariables, disposeLayerVariables } from './layer-variables';
import { layerActivations } from '../../model/network';
import { exportTfjsModel } from './tfjs-export';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

/** Deterministic points spread over the plane. */
function randomPoints(n: number, seed: number): { x1: number[]; x2: number[] } {
  let s = seed;
  const next = () => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return (s / 2 ** 31) * 12 - 6;
  };
  const x1 = Array.from({ length: n }, next);
  const x2 = Array.from({ length: n }, next);
  return { x1, x2 };
}

const cases: { name: string; hidden: NetworkSpec['hidden'] }[] = [
  { name: 'no hidden layer', hidden: [] },
  ...ACTIVATIONS.map((activation: Activation) => ({
    name: `two ${activation} layers`,
    hidden: [
      { units: 5, activation },
      { units: 3, activation },
    ],
  })),
];

describe('exportTfjsModel', () => {
  it.each(cases)('$name: the exported model, loaded back, predicts what the playground does', async ({ hidden }) => {
    const spec: NetworkSpec = { features: ['x1', 'x2', 'x1sq', 'x1x2', 'sinx2'], hidden, init: 'xavier', seed: 7 };
    // Biases and weights away from the initial zeros, so every parameter's place matters.
    const params = initialParams(spec).map((p, l) => ({
      ...p,
      W: p.W.map((w) => w * 2),
      b: p.b.map((_, i) => 0.3 * (i + 1) * (l % 2 ? -1 : 1)),
    }));
    const artifacts = await exportTfjsModel(spec, params);
    expect(artifacts.weightData.byteLength).toBe(4 * params.reduce((n, p) => n + p.W.length + p.b.length, 0));
    const json = JSON.parse(tfjsModelJson(artifacts, spec.features)) as {
      format: string;
      weightsManifest: { paths: string[]; weights: TfjsModelArtifacts['weightSpecs'] }[];
      userDefinedMetadata: { inputFeatures: string[] };
    };
    expect(json.format).toBe('layers-model');
    expect(json.weightsManifest[0]!.paths).toEqual(['model.weights.bin']);
    expect(json.userDefinedMetadata.inputFeatures).toEqual(spec.features);

    const model = await tfl.loadLayersModel(
      tf.io.fromMemory({ modelTopology: artifacts.modelTopology, weightSpecs: json.weightsManifest[0]!.weights, weightData: artifacts.weightData }),
    );
    const { x1, x2 } = randomPoints(50, 11);
    const X = featureMatrix(x1, x2, spec.features);
    const m = x1.length;
    const loaded = tf.tidy(() => model.predict(tf.transpose(tf.tensor2d(X, [spec.features.length, m]))) as tf.Tensor);
    const fromTfjs = await loaded.data();
    const layers = createLayerVariables(params);
    const own = tf.tidy(() => forward(layers, tf.tensor2d(X, [spec.features.length, m]), layerActivations(spec)).AL);
    const fromPlayground = await own.data();
    tf.dispose([loaded, own]);
    disposeLayerVariables(layers);
    model.dispose();

    expect(fromTfjs.length).toBe(m);
    const activations = hidden.map((h) => h.activation);
    for (let i = 0; i < m; i++) {
      expect(fromTfjs[i]).toBeCloseTo(fromPlayground[i]!, 5);
      expect(fromTfjs[i]).toBeCloseTo(predict(params, activations, spec.features, x1[i]!, x2[i]!), 5);
    }
  });

  it('refuses parameters of another network and leaks no tensors', async () => {
    const spec: NetworkSpec = { features: ['x1', 'x2'], hidden: [{ units: 3, activation: 'leakyRelu' }], init: 'xavier', seed: 1 };
    const before = tf.memory().numTensors;
    await exportTfjsModel(spec, initialParams(spec));
    expect(tf.memory().numTensors).toBe(before);
    await expect(exportTfjsModel({ ...spec, hidden: [] }, initialParams(spec))).rejects.toThrow(RangeError);
  });
});

