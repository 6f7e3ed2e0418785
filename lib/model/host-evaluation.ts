import { pointsToMatrices } from '../data/features';
import { gridCoordinates } from '../data/grid';
import { featureMatrix } from '../data/features';
import type { Feature, LabeledPoint, LayerParams, NetworkSpec, Split, TrainConfig } from '../protocol';
import {
  createWorkspace,
  evaluateSet,
  forwardAll,
  fullBatchGradients,
  REGULARIZATION_CODES,
  type CoreData,
  type CoreParams,
  type CoreWorkspace,
} from './fused-core';
import { layerActivations, layerSizes } from './network';

/** One network's data as plain arrays, with the fused core's scratch space and the grid's inputs. */
export interface HostEvaluator {
  features: readonly Feature[];
  workspace: CoreWorkspace;
  train: CoreData | null;
  test: CoreData | null;
  /** X of the last grid evaluated, by gridSize. */
  gridInput: { gridSize: number; X: Float32Array } | null;
}

function splitData(points: readonly LabeledPoint[], features: readonly Feature[], split: Split): CoreData | null {
  const chosen = points.filter((p) => p.split === split);
  return chosen.length ? pointsToMatrices(chosen, features) : null;
}

export function createHostEvaluator(spec: NetworkSpec, points: readonly LabeledPoint[]): HostEvaluator {
  return {
    features: spec.features,
    workspace: createWorkspace(layerSizes(spec), layerActivations(spec)),
    train: splitData(points, spec.features, 'train'),
    test: splitData(points, spec.features, 'test'),
    gridInput: null,
  };
}

function gridInputOf(host: HostEvaluator, gridSize: number): Float32Array {
  if (host.gridInput?.gridSize !== gridSize) {
    const { xs, ys } = gridCoordinates(gridSize);
    host.gridInput = { gridSize, X: featureMatrix(xs, ys, host.features) };
  }
  return host.gridInput.X;
}

export interface HostEvaluation {
  trainCost: number;
  testCost: number;
  trainAccuracy: number;
  testAccuracy: number;
  gradients: LayerParams[];
  layerGrids: Float32Array[];
}

/**
 * A snapshot's figures at `params`, computed by the fused core: J and accuracy of both splits (the penalty
 * only in the train J), the full-batch gradients on the training set (empty without training points),
 * and every layer's activations over a gridSize × gridSize grid (as gridActivations lays them out; none
 * when gridSize is 0).
 */
export function evaluateWithCore(
  host: HostEvaluator,
  params: readonly LayerParams[],
  gridSize: number,
  config: Pick<TrainConfig, 'regularization' | 'lambda'>,
  withGradients = true,
): HostEvaluation {
  const ws = host.workspace;
  const core: CoreParams = { W: params.map((p) => p.W), b: params.map((p) => p.b), slots: [] };
  const reg = REGULARIZATION_CODES[config.regularization];
  const train = evaluateSet(ws, core, host.train, reg, config.lambda);
  const test = evaluateSet(ws, core, host.test, REGULARIZATION_CODES.none, 0);
  let gradients: LayerParams[] = [];
  if (host.train && withGradients) {
    gradients = params.map((p) => ({ rows: p.rows, cols: p.cols, W: new Float32Array(p.W.length), b: new Float32Array(p.b.length) }));
    fullBatchGradients(ws, core, host.train, reg, config.lambda, {
      W: gradients.map((g) => g.W),
      b: gradients.map((g) => g.b),
    });
  }
  const cells = gridSize * gridSize;
  const layerGrids = cells ? params.map((p) => new Float32Array(p.rows * cells)) : [];
  if (cells) forwardAll(ws, core, gridInputOf(host, gridSize), cells, layerGrids);
  return {
    trainCost: train.cost,
    testCost: test.cost,
    trainAccuracy: train.accuracy,
    testAccuracy: test.accuracy,
    gradients,
    layerGrids,
  };
}
