/**
 * The benchmark's `scaling` section (issue 16): which workloads it measures, how many multiply-adds a
 * step and a grid take, and how a measured time compares with the machine's limit. Pure: the timing is
 * scripts/bench/scaling-probe.ts's.
 */

export const SCALING_WIDTHS = [8, 16, 32, 64] as const;
export const SCALING_DEPTHS = [1, 3, 6] as const;
/** The two data settings: G's (400 points, half for training, batch 10) and H's (5,000, all, full batch). */
export const SCALING_DATA = [
  { points: 400, trainPoints: 200, batch: 10 },
  { points: 5000, trainPoints: 5000, batch: 'full' },
] as const;
/** Inputs x₁, x₂ (the spiral's default features), as in the scenarios. */
export const SCALING_INPUTS = 2;
/** The grid evaluated for the boundary and every neuron's map: gridSize × gridSize points. */
export const SCALING_GRID_SIZE = 60;
/** Below this many multiply-adds per step a workload is "small": its fixed cost per step is reported. */
export const SMALL_STEP_MULTIPLY_ADDS = 1e6;

export interface ScalingWorkload {
  id: string;
  width: number;
  depth: number;
  points: number;
  trainPoints: number;
  batch: number | 'full';
  /** Examples per gradient step: the batch, or every training point. */
  examplesPerStep: number;
  /** n⁰ … nᴸ */
  sizes: number[];
}

export function scalingWorkloads(): ScalingWorkload[] {
  return SCALING_DATA.flatMap((data) =>
    SCALING_DEPTHS.flatMap((depth) =>
      SCALING_WIDTHS.map((width) => ({
        id: `${depth}x${width}-${data.points}-${data.batch}`,
        width,
        depth,
        ...data,
        examplesPerStep: data.batch === 'full' ? data.trainPoints : data.batch,
        sizes: [SCALING_INPUTS, ...Array.from({ length: depth }, () => width), 1],
      })),
    ),
  );
}

/** Σ nˡ nˡ⁻¹ over the layers: the multiply-adds of one example's forward pass through the weights. */
export function forwardMultiplyAdds(sizes: readonly number[]): number {
  let total = 0;
  for (let l = 1; l < sizes.length; l++) total += sizes[l]! * sizes[l - 1]!;
  return total;
}

/**
 * Multiply-adds of one gradient step on m examples: Zˡ = Wˡ Aˡ⁻¹ and dWˡ = dZˡ Aˡ⁻¹ᵀ for every layer,
 * and dAˡ⁻¹ = Wˡᵀ dZˡ for every layer but the first (nothing flows back into the inputs).
 */
export function stepMultiplyAdds(sizes: readonly number[], m: number): number {
  const perLayer = forwardMultiplyAdds(sizes);
  return m * (3 * perLayer - sizes[1]! * sizes[0]!);
}

export interface Achieved {
  /** G multiply-adds per second. */
  gigaMultiplyAddsPerSecond: number;
  /** Of the limit at the same shapes. */
  percentOfLimit: number;
  /**
   * For a small step: the time per step beyond what its multiply-adds take at the limit, in µs
   * (the fixed cost of a step: calls, allocation, elementwise passes). null for larger steps.
   */
  fixedCostUs: number | null;
}

/** What `multiplyAdds` done in `ms` achieves against a limit of `limitGigaPerSecond`. */
export function achieved(multiplyAdds: number, ms: number, limitGigaPerSecond: number): Achieved {
  const giga = ms > 0 ? multiplyAdds / ms / 1e6 : 0;
  const atLimitUs = limitGigaPerSecond > 0 ? multiplyAdds / limitGigaPerSecond / 1e3 : 0;
  return {
    gigaMultiplyAddsPerSecond: giga,
    percentOfLimit: limitGigaPerSecond > 0 ? (100 * giga) / limitGigaPerSecond : 0,
    fixedCostUs: multiplyAdds < SMALL_STEP_MULTIPLY_ADDS ? Math.max(0, ms * 1e3 - atLimitUs) : null,
  };
}

/** The machine's limit at a shape: the faster of the plain-JS loop and tfjs-wasm's matMul (G/s). */
export function limitOf(jsLoopGiga: number, wasmMatMulGiga: number): number {
  return Math.max(jsLoopGiga, wasmMatMulGiga);
}
