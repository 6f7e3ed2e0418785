/**
 * The fused training kernel: K gradient steps of the whole network as one tfjs kernel, 'NnpTrainSteps',
 * registered for the cpu and wasm backends. Its body is fused-core.ts (plain loops in JavaScript), so
 * one kernel dispatch replaces the ≈ 40 op dispatches per step of the tfjs-ops path, which set its
 * speed for small networks. The weights and the optimizer's slots stay tf.Variables owned by the
 * trainer: the kernel reads them with backend.readSync and returns their new values as new tensors.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { Activation, Optimizer, Regularization } from '../protocol';
import {
  createWorkspace,
  fitsWorkspace,
  OPTIMIZER_CODES,
  REGULARIZATION_CODES,
  SLOT_COUNTS,
  trainSteps,
  type CoreData,
  type CoreParams,
  type CoreWorkspace,
  type StepPlan,
} from './fused-core';

export const TRAIN_STEPS_KERNEL = 'NnpTrainSteps';
/** Backends with the fused kernel; on webgl reading the weights back each call would cost more than it saves. */
export const FUSED_BACKENDS: readonly string[] = ['cpu', 'wasm'];

export function hasFusedKernel(backend: string): boolean {
  return FUSED_BACKENDS.includes(backend);
}

interface TrainStepsAttrs {
  sizes: number[];
  activations: Activation[];
  optimizer: Optimizer;
  learningRate: number;
  regularization: Regularization;
  lambda: number;
  /** Optimizer steps taken before this call. */
  t: number;
  isFullBatch: boolean;
  hasTest: boolean;
}

/** The workspace of the network last trained (one network trains at a time). */
let cachedWorkspace: CoreWorkspace | null = null;

function workspaceFor(sizes: readonly number[], activations: readonly Activation[]): CoreWorkspace {
  if (!cachedWorkspace || !fitsWorkspace(cachedWorkspace, sizes, activations)) {
    cachedWorkspace = createWorkspace(sizes, activations);
  }
  return cachedWorkspace;
}

function input(inputs: tf.NamedTensorInfoMap, name: string): tf.TensorInfo {
  const info = inputs[name];
  if (!info) throw new Error(`${TRAIN_STEPS_KERNEL}: missing input ${name}`);
  return info;
}

const slotName = (p: number, k: number): string => `slot${p}_${k}`;

/**
 * Inputs: W{l}, b{l} (l = 0 … L − 1), slot{p}_{k} (optimizer slot k of parameter p in W, b order), X, Y,
 * Xtest, Ytest (when hasTest), indices, batchEnds, epochEnds (int32, the StepPlan).
 * Outputs: the new W{l}, b{l}, then the new slots, then [train J, test J] of every completed epoch.
 */
const trainStepsKernel: tf.KernelFunc = ({ inputs, backend: anyBackend, attrs }) => {
  const backend = anyBackend as tf.KernelBackend;
  const a = attrs as unknown as TrainStepsAttrs;
  const L = a.sizes.length - 1;
  const slotCount = SLOT_COUNTS[OPTIMIZER_CODES[a.optimizer]]!;
  const read = (name: string): tf.backend_util.BackendValues => backend.readSync(input(inputs, name).dataId);
  // Copies: the kernel must not change its inputs (on cpu, readSync returns the tensor's own storage).
  const readCopy = (name: string): Float32Array => Float32Array.from(read(name) as Float32Array);
  const params: CoreParams = { W: [], b: [], slots: [] };
  for (let l = 0; l < L; l++) {
    params.W.push(readCopy(`W${l}`));
    params.b.push(readCopy(`b${l}`));
  }
  for (let p = 0; p < 2 * L; p++) {
    params.slots.push(Array.from({ length: slotCount }, (_, k) => readCopy(slotName(p, k))));
  }
  const data = (xName: string, yName: string): CoreData => {
    const Y = read(yName) as Float32Array;
    return { X: read(xName) as Float32Array, Y, m: Y.length };
  };
  const epochEnds = read('epochEnds') as Int32Array;
  const plan: StepPlan = {
    steps: epochEnds.length,
    indices: a.isFullBatch ? null : (read('indices') as Int32Array),
    batchEnds: read('batchEnds') as Int32Array,
    epochEnds,
  };
  let epochs = 0;
  for (let k = 0; k < plan.steps; k++) if (epochEnds[k]) epochs += 1;
  const costs = new Float32Array(2 * epochs);
  trainSteps(
    workspaceFor(a.sizes, a.activations),
    params,
    {
      optimizer: OPTIMIZER_CODES[a.optimizer],
      learningRate: a.learningRate,
      regularization: REGULARIZATION_CODES[a.regularization],
      lambda: a.lambda,
      t: a.t,
    },
    data('X', 'Y'),
    a.hasTest ? data('Xtest', 'Ytest') : null,
    plan,
    costs,
  );
  const out = (values: Float32Array, shape: number[]): tf.TensorInfo => ({
    dataId: backend.write(values, shape, 'float32'),
    shape,
    dtype: 'float32',
  });
  const outputs: tf.TensorInfo[] = [];
  for (let l = 0; l < L; l++) {
    outputs.push(out(params.W[l]!, [a.sizes[l + 1]!, a.sizes[l]!]));
    outputs.push(out(params.b[l]!, [a.sizes[l + 1]!, 1]));
  }
  params.slots.forEach((slots, p) =>
    slots.forEach((values) => outputs.push(out(values, input(inputs, slotName(p, 0)).shape))),
  );
  outputs.push(out(costs, [2 * epochs]));
  return outputs;
};

/** Registers the kernel for every fused backend, once. */
export function registerFusedKernels(): void {
  for (const backendName of FUSED_BACKENDS) {
    if (!tf.getKernel(TRAIN_STEPS_KERNEL, backendName)) {
      tf.registerKernel({ kernelName: TRAIN_STEPS_KERNEL, backendName, kernelFunc: trainStepsKernel });
    }
  }
}

export interface FusedStepsInput {
  /** W¹, b¹, W², b², … */
  params: readonly tf.Tensor[];
  /** Optimizer slots per parameter, in the same order. */
  slots: readonly (readonly tf.Tensor[])[];
  train: { X: tf.Tensor2D; Y: tf.Tensor2D };
  test: { X: tf.Tensor2D; Y: tf.Tensor2D } | null;
  plan: StepPlan;
  sizes: readonly number[];
  activations: readonly Activation[];
  optimizer: Optimizer;
  learningRate: number;
  regularization: Regularization;
  lambda: number;
  t: number;
}

/**
 * Runs plan.steps steps through the kernel on the current backend; call inside tf.tidy.
 * Returns the new parameters and slots (assign them to the variables) and the costs of completed epochs.
 */
export function runFusedSteps(input: FusedStepsInput): { params: tf.Tensor[]; slots: tf.Tensor[][]; costs: tf.Tensor1D } {
  registerFusedKernels();
  const inputs: tf.NamedTensorMap = {};
  input.params.forEach((p, i) => {
    inputs[`${i % 2 === 0 ? 'W' : 'b'}${Math.floor(i / 2)}`] = p;
  });
  input.slots.forEach((slots, p) =>
    slots.forEach((s, k) => {
      inputs[slotName(p, k)] = s;
    }),
  );
  inputs.X = input.train.X;
  inputs.Y = input.train.Y;
  if (input.test) {
    inputs.Xtest = input.test.X;
    inputs.Ytest = input.test.Y;
  }
  const { plan } = input;
  inputs.indices = tf.tensor1d(plan.indices ?? new Int32Array(0), 'int32');
  inputs.batchEnds = tf.tensor1d(plan.batchEnds, 'int32');
  inputs.epochEnds = tf.tensor1d(plan.epochEnds, 'int32');
  const attrs: TrainStepsAttrs = {
    sizes: [...input.sizes],
    activations: [...input.activations],
    optimizer: input.optimizer,
    learningRate: input.learningRate,
    regularization: input.regularization,
    lambda: input.lambda,
    t: input.t,
    isFullBatch: plan.indices === null,
    hasTest: input.test !== null,
  };
  const outputs = tf.engine().runKernel(TRAIN_STEPS_KERNEL, inputs, attrs as unknown as tf.NamedAttrMap) as tf.Tensor[];
  const paramCount = input.params.length;
  let next = paramCount;
  const slots = input.slots.map((s) => s.map(() => outputs[next++]!));
  return { params: outputs.slice(0, paramCount), slots, costs: outputs[next] as tf.Tensor1D };
}
