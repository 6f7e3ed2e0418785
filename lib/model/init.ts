import { createRng, type Rng } from '../data/random';
import type { Init, LayerParams, NetworkSpec } from '../protocol';
import { layerSizes } from './network';

/** Scale of W's N(0, 1) draws for a layer with nPrev inputs; null means W = 0. */
const WEIGHT_SCALE: Record<Init, (nPrev: number) => number | null> = {
  zeros: () => null,
  /** The course's first recipe: W = np.random.randn(…) * 0.01. */
  small: () => 0.01,
  /** The same draws without the · 0.01 (the course's question: why 0.01?): large z saturates tanh and sigmoid. */
  large: () => 1,
  xavier: (nPrev) => Math.sqrt(1 / nPrev),
  he: (nPrev) => Math.sqrt(2 / nPrev),
};

function layerParams(rows: number, cols: number, scale: number | null, rng: Rng): LayerParams {
  const W = new Float32Array(rows * cols);
  if (scale !== null) for (let i = 0; i < W.length; i++) W[i] = rng.normal() * scale;
  return { rows, cols, W, b: new Float32Array(rows) };
}

/**
 * Initial parameters for every layer after the input (hidden layers, then the output unit).
 * Wˡ is (nˡ, nˡ⁻¹) row-major and bˡ = 0; the draws come from createRng(spec.seed), so the same
 * spec always gives the same parameters.
 */
export function initialParams(spec: NetworkSpec): LayerParams[] {
  const rng = createRng(spec.seed);
  const sizes = layerSizes(spec);
  const scaleFor = WEIGHT_SCALE[spec.init];
  const params: LayerParams[] = [];
  for (let l = 1; l < sizes.length; l++) {
    const nPrev = sizes[l - 1]!;
    params.push(layerParams(sizes[l]!, nPrev, scaleFor(Math.max(nPrev, 1)), rng));
  }
  return params;
}
