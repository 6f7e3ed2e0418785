/**
 * The measurements of the benchmark's `scaling` section, run in Node (bundled by scaling.mjs): per
 * workload, the time of a training step and of a grid evaluation on both engines (tfjs on wasm), and
 * a plain-JS matrix loop and tfjs-wasm's matMul at the same shapes. What the figures mean: README.md,
 * "Scaling".
 */
import { achieved, forwardMultiplyAdds, limitOf, scalingWorkloads, stepMultiplyAdds, SCALING_GRID_SIZE, type ScalingWorkload } from '../../lib/bench/scaling';
import { scalingChartSvg, type ChartRow } from '../../lib/bench/scaling-chart';
import { createRng } from '../../lib/data/random';
import { createEngine } from '../../lib/engine/create-engine';
import type { Engine, StepPlan } from '../../lib/engine/engine';
import { timeMatMuls, useWasmBackend } from '../../lib/engine/tfjs/matmul-probe';
import { gridFeatures } from '../../lib/model/session-data';
import type { EngineKind } from '../../lib/protocol';

export interface ScalingOptions {
  wasmDir: string;
  /** Measuring time per engine and figure, after a warm-up. */
  budgetMs: number;
  /** Only workloads whose id matches (all when null). */
  only: RegExp | null;
  log: (message: string) => void;
}

const now = (): number => performance.now();
const SETTINGS = { learningRate: 0.03, regularization: 'none', lambda: 0 } as const;
type Shape = readonly [number, number, number];

function engineOf(kind: EngineKind, w: ScalingWorkload, seed: number): Engine {
  const rng = createRng(seed);
  const params = w.sizes.slice(1).map((rows, l) => {
    const cols = w.sizes[l]!;
    const scale = Math.sqrt(2 / cols);
    return { rows, cols, W: Float32Array.from({ length: rows * cols }, () => rng.normal() * scale), b: new Float32Array(rows) };
  });
  const activations = w.sizes.slice(1).map((_, l) => (l === w.depth ? 'sigmoid' : 'relu'));
  return createEngine(kind, { sizes: w.sizes, activations, params, optimizer: 'gd' });
}

function trainingData(w: ScalingWorkload, seed: number) {
  const rng = createRng(seed);
  const m = w.trainPoints;
  const X = Float32Array.from({ length: 2 * m }, () => rng.uniform(-6, 6));
  return { X, Y: Float32Array.from({ length: m }, (_, j) => (X[j]! * X[m + j]! > 0 ? 1 : 0)), m };
}

/** `steps` steps through the shuffled training set without epoch ends: training work only. */
function planOf(w: ScalingWorkload, steps: number, rng: ReturnType<typeof createRng>): StepPlan {
  if (w.batch === 'full') return { steps, indices: null, batchEnds: new Int32Array(steps), epochEnds: new Int32Array(steps) };
  const indices = Int32Array.from({ length: steps * w.batch }, () => rng.int(w.trainPoints));
  return { steps, indices, batchEnds: Int32Array.from({ length: steps }, (_, k) => (k + 1) * (w.batch as number)), epochEnds: new Int32Array(steps) };
}

/** The median time of `run` over about budgetMs, in ms, after one warm-up run. */
async function timeOf(run: () => Promise<unknown>, budgetMs: number): Promise<number> {
  await run();
  const times: number[] = [];
  const stopAt = now() + budgetMs;
  while (times.length < 2 || (now() < stopAt && times.length < 500)) {
    const start = now();
    await run();
    times.push(now() - start);
  }
  times.sort((a, b) => a - b);
  return times[times.length >> 1]!;
}

/** ms per training step and per grid evaluation of one engine. */
async function measureEngine(kind: EngineKind, w: ScalingWorkload, gridX: Float32Array, budgetMs: number) {
  const engine = engineOf(kind, w, 1);
  try {
    engine.setData(trainingData(w, 2), null);
    // Steps per timed plan: about 20 ms of work at 1 G multiply-adds per second.
    const steps = Math.max(1, Math.min(200, Math.round(2e7 / stepMultiplyAdds(w.sizes, w.examplesPerStep))));
    const plan = planOf(w, steps, createRng(3));
    const planMs = await timeOf(() => engine.train(plan, SETTINGS), budgetMs);
    engine.setData(null, null);
    const gridMs = await timeOf(() => engine.evaluate({ gridX, withGradients: false }, SETTINGS), budgetMs / 2);
    return { msPerStep: planMs / steps, gridMs };
  } finally {
    engine.dispose();
  }
}

/** Z = W A for every shape, i-k-j with the inner loop along a row of A: a plain-JS dense loop. */
function jsLoopRound(shapes: readonly Shape[]): () => void {
  const operands = shapes.map(([rows, inner, cols]) => ({
    rows,
    inner,
    cols,
    W: Float32Array.from({ length: rows * inner }, () => Math.random()),
    A: Float32Array.from({ length: inner * cols }, () => Math.random()),
    Z: new Float32Array(rows * cols),
  }));
  return () => {
    for (const { rows, inner, cols, W, A, Z } of operands) {
      Z.fill(0);
      for (let i = 0; i < rows; i++) {
        for (let k = 0; k < inner; k++) {
          const w = W[i * inner + k]!;
          for (let j = 0, at = k * cols, out = i * cols; j < cols; j++) Z[out + j] = Z[out + j]! + w * A[at + j]!;
        }
      }
    }
  };
}

/** G multiply-adds per second of the JS loop and of wasm matMul over the shapes. */
async function limitsAt(shapes: readonly Shape[], budgetMs: number) {
  const multiplyAdds = shapes.reduce((sum, [rows, inner, cols]) => sum + rows * inner * cols, 0);
  const round = jsLoopRound(shapes);
  const jsMs = await timeOf(async () => round(), budgetMs);
  const wasmMs = timeMatMuls(shapes, budgetMs, now);
  const jsLoop = multiplyAdds / jsMs / 1e6;
  const wasmMatMul = multiplyAdds / wasmMs / 1e6;
  return { jsLoop, wasmMatMul, limit: limitOf(jsLoop, wasmMatMul) };
}

const layerShapes = (sizes: readonly number[], m: number): Shape[] => sizes.slice(1).map((n, l) => [n, sizes[l]!, m] as const);

export async function measureScaling(options: ScalingOptions) {
  const backend = await useWasmBackend(options.wasmDir);
  const gridX = gridFeatures(SCALING_GRID_SIZE, ['x1', 'x2']);
  const cells = SCALING_GRID_SIZE * SCALING_GRID_SIZE;
  const workloads = [];
  const chartRows: ChartRow[] = [];
  for (const w of scalingWorkloads().filter((x) => !options.only || options.only.test(x.id))) {
    const stepWork = stepMultiplyAdds(w.sizes, w.examplesPerStep);
    const gridWork = forwardMultiplyAdds(w.sizes) * cells;
    const js = await measureEngine('js', w, gridX, options.budgetMs);
    const tfjs = await measureEngine('tfjs', w, gridX, options.budgetMs);
    const stepLimit = await limitsAt(layerShapes(w.sizes, w.examplesPerStep), options.budgetMs / 2);
    const gridLimit = await limitsAt(layerShapes(w.sizes, cells), options.budgetMs / 2);
    const chosen: EngineKind = js.msPerStep <= tfjs.msPerStep ? 'js' : 'tfjs';
    const train = {
      js: { msPerStep: js.msPerStep, ...achieved(stepWork, js.msPerStep, stepLimit.limit) },
      tfjs: { msPerStep: tfjs.msPerStep, ...achieved(stepWork, tfjs.msPerStep, stepLimit.limit) },
    };
    const grid = {
      js: { ms: js.gridMs, ...achieved(gridWork, js.gridMs, gridLimit.limit) },
      tfjs: { ms: tfjs.gridMs, ...achieved(gridWork, tfjs.gridMs, gridLimit.limit) },
    };
    workloads.push({ ...w, multiplyAddsPerStep: stepWork, chosen, train, stepLimit, gridMultiplyAdds: gridWork, grid, gridLimit });
    const giga = (e: { gigaMultiplyAddsPerSecond: number }) => e.gigaMultiplyAddsPerSecond;
    chartRows.push({ id: w.id, kind: 'train', multiplyAdds: stepWork, js: giga(train.js), tfjs: giga(train.tfjs), limit: stepLimit.limit });
    chartRows.push({ id: w.id, kind: 'grid', multiplyAdds: gridWork, js: giga(grid.js), tfjs: giga(grid.tfjs), limit: gridLimit.limit });
    const best = train[chosen];
    options.log(
      `scaling ${w.id}: ${chosen} ${best.msPerStep.toFixed(3)} ms/step, ${best.gigaMultiplyAddsPerSecond.toFixed(2)} G/s = ` +
        `${best.percentOfLimit.toFixed(0)} % of ${stepLimit.limit.toFixed(2)}` + (best.fixedCostUs === null ? '' : `, fixed ${best.fixedCostUs.toFixed(1)} µs`),
    );
  }
  const title = `Multiply-adds per second against work per step (Node ${process.version}, tfjs ${backend})`;
  return { scaling: { where: `Node ${process.version}, tfjs backend ${backend}`, gridSize: SCALING_GRID_SIZE, budgetMs: options.budgetMs, workloads }, svg: scalingChartSvg(chartRows, title) };
}
