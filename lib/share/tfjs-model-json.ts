/**
 * model.json for a TensorFlow.js layers model exported by the worker (lib/model/tfjs-export.ts), in the
 * format `tf.loadLayersModel('…/model.json')` reads, with the weights in a sibling file. Plain data: no
 * tfjs here, so the page can import it.
 */
import type { Feature, TfjsModelArtifacts } from '../protocol';

export const TFJS_WEIGHTS_FILE = 'model.weights.bin';

/** How each input feature is computed from a point (x1, x2), for the model's metadata. */
const FEATURE_FORMULAS: Record<Feature, string> = {
  x1: 'x1',
  x2: 'x2',
  x1sq: 'x1 * x1',
  x2sq: 'x2 * x2',
  x1x2: 'x1 * x2',
  sinx1: 'sin(x1)',
  sinx2: 'sin(x2)',
};

/** The model.json text; `features` is the network's input order. */
export function tfjsModelJson(artifacts: Omit<TfjsModelArtifacts, 'weightData'>, features: readonly Feature[]): string {
  const file = {
    format: 'layers-model',
    generatedBy: 'NN Playground',
    convertedBy: null,
    modelTopology: artifacts.modelTopology,
    weightsManifest: [{ paths: [TFJS_WEIGHTS_FILE], weights: artifacts.weightSpecs }],
    userDefinedMetadata: {
      inputFeatures: [...features],
      inputFormulas: features.map((f) => FEATURE_FORMULAS[f]),
      note:
        'The input is one row per point: the features above, in this order, computed from the point (x1, x2) ' +
        'of the plane ([-6, 6] on both axes). The output is the probability of class 1 (sigmoid).',
    },
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}
