/**
 * The plain-JavaScript engine: the course's training algorithm as loops over Float32Arrays it holds
 * itself (parameters, optimizer slots, data), with no tfjs at all. Fastest where a tensor library's
 * per-op dispatch would dominate: small networks and minibatches.
 */
import { OPTIMIZER_TABLE, type Optimizer } from '../../math/optimizers';
import type { LayerParams, OptimizerCheckpoint } from '../../protocol';
import { paramsOfSetting, type DataSplit, type Engine, type EngineSpec, type StepSettings } from '../engine';
import { evaluateSplit } from './cost';
import { copyParams, createJsNetwork, type JsParams } from './network';
import { exampleGradients, forwardWithCache, fullBatchGradients, gridActivations } from './queries';
import { trainSteps, type EndMetrics, type JsOptimizerState } from './train-steps';

function freshState(optimizer: Optimizer, params: JsParams): JsOptimizerState {
  const { slotCount } = OPTIMIZER_TABLE[optimizer];
  const slotsOf = (p: Float32Array): Float32Array[] => Array.from({ length: slotCount }, () => new Float32Array(p.length));
  return { optimizer, stepCount: 0, slots: params.W.flatMap((W, l) => [slotsOf(W), slotsOf(params.b[l]!)]) };
}

function checkShapes(sizes: readonly number[], params: readonly LayerParams[]): void {
  if (params.length !== sizes.length - 1) throw new Error(`Expected ${sizes.length - 1} layers, got ${params.length}`);
  params.forEach((p, l) => {
    const rows = sizes[l + 1]!;
    const cols = sizes[l]!;
    if (p.rows !== rows || p.cols !== cols || p.W.length !== rows * cols || p.b.length !== rows) {
      throw new Error(`Layer ${l + 1}: expected W (${rows}, ${cols}), got (${p.rows}, ${p.cols})`);
    }
  });
}

export function createJsEngine(spec: EngineSpec): Engine {
  const sizes = [...spec.sizes];
  const net = createJsNetwork(sizes, spec.activations);
  checkShapes(sizes, spec.params);
  let params = copyParams(spec.params);
  let state = freshState(spec.optimizer, params);
  let train: DataSplit | null = null;
  let test: DataSplit | null = null;
  /** The metrics the last plan ended with, while parameters, data and penalty stay (else null). */
  let known: (EndMetrics & Pick<StepSettings, 'regularization' | 'lambda'>) | null = null;

  const layerParams = (p: JsParams): LayerParams[] =>
    p.W.map((W, l) => ({ rows: sizes[l + 1]!, cols: sizes[l]!, W: W.slice(), b: p.b[l]!.slice() }));

  return {
    kind: 'js',
    setData(nextTrain, nextTest) {
      known = null;
      train = nextTrain;
      test = nextTest;
    },
    async train(plan, settings) {
      known = null;
      if (!train || plan.steps === 0) return new Float32Array(0);
      const { regularization, lambda } = settings;
      return trainSteps(net, params, state, settings, train, test, plan, (end) => (known = { ...end, regularization, lambda }));
    },
    async evaluate(request, settings) {
      const k = known !== null && known.regularization === settings.regularization && known.lambda === settings.lambda ? known : null;
      const trainMetrics = k ? k.train : evaluateSplit(net, params, train, settings.regularization, settings.lambda);
      const testMetrics = k ? k.test : evaluateSplit(net, params, test, 'none', 0);
      const cells = request.gridX ? request.gridX.length / sizes[0]! : 0;
      return {
        trainCost: trainMetrics.cost,
        testCost: testMetrics.cost,
        trainAccuracy: trainMetrics.accuracy,
        testAccuracy: testMetrics.accuracy,
        gradients: train && request.withGradients ? fullBatchGradients(net, params, train, settings) : [],
        layerGrids: request.gridX && cells ? gridActivations(net, params, request.gridX, cells) : [],
      };
    },
    async forward(X, N) {
      return forwardWithCache(net, params, X, N);
    },
    async gradients(X, Y, m, settings) {
      return exampleGradients(net, params, X, Y, m, settings);
    },
    async costAt(settingsFlat, count, settings) {
      const costs = new Float32Array(count);
      for (let i = 0; i < count; i++) {
        const at = paramsOfSetting(sizes, settingsFlat, i);
        const p: JsParams = { W: at.map((l) => l.W), b: at.map((l) => l.b) };
        costs[i] = evaluateSplit(net, p, train, settings.regularization, settings.lambda).cost;
      }
      return costs;
    },
    async getParams() {
      return layerParams(params);
    },
    setParams(next) {
      checkShapes(sizes, next);
      known = null;
      params = copyParams(next);
    },
    resetOptimizer(optimizer) {
      state = freshState(optimizer, params);
    },
    async getOptimizerState(): Promise<OptimizerCheckpoint | null> {
      const slots = state.slots.flat();
      if (slots.length === 0) return null;
      return { optimizer: state.optimizer, t: state.stepCount, slots: slots.map((s) => s.slice()) };
    },
    setOptimizerState(checkpoint) {
      const slots = state.slots.flat();
      const fits =
        checkpoint.optimizer === state.optimizer &&
        checkpoint.slots.length === slots.length &&
        slots.every((s, i) => checkpoint.slots[i]!.length === s.length);
      if (!fits) return false;
      slots.forEach((s, i) => s.set(checkpoint.slots[i]!));
      state.stepCount = checkpoint.t;
      return true;
    },
    stepCount: () => state.stepCount,
    dispose() {
      known = null;
      train = null;
      test = null;
    },
  };
}
