/** A matrix shape (rows, cols), as the course writes it: W¹ is (n¹, n⁰). */
export type Shape = readonly [rows: number, cols: number];

/** The shapes of one layer l = 1 … L in the vectorised forward and backward pass over m examples. */
export interface LayerShapes {
  /** l, 1-based; L is the output layer. */
  layer: number;
  /** Wˡ: (nˡ, nˡ⁻¹) */
  W: Shape;
  /** bˡ: (nˡ, 1), broadcast over the m columns. */
  b: Shape;
  /** Zˡ = Wˡ Aˡ⁻¹ + bˡ: (nˡ, m) */
  Z: Shape;
  /** Aˡ = gˡ(Zˡ): (nˡ, m) */
  A: Shape;
  /** dWˡ: same shape as Wˡ. */
  dW: Shape;
  /** dbˡ: same shape as bˡ. */
  db: Shape;
}

export interface NetworkShapes {
  /** A⁰ = X: (n⁰, m) */
  X: Shape;
  /** Y: (1, m) */
  Y: Shape;
  layers: LayerShapes[];
}

/**
 * The course's dimension check for a network with `inputs` features (n⁰), the given hidden-layer
 * sizes and one output unit, over m examples.
 */
export function networkShapes(inputs: number, hidden: readonly number[], m: number): NetworkShapes {
  const sizes = [inputs, ...hidden, 1];
  const layers: LayerShapes[] = [];
  for (let l = 1; l < sizes.length; l++) {
    const n = sizes[l]!;
    const nPrevious = sizes[l - 1]!;
    layers.push({ layer: l, W: [n, nPrevious], b: [n, 1], Z: [n, m], A: [n, m], dW: [n, nPrevious], db: [n, 1] });
  }
  return { X: [inputs, m], Y: [1, m], layers };
}

/** "(4, 2)" */
export function formatShape([rows, cols]: Shape): string {
  return `(${rows}, ${cols})`;
}
