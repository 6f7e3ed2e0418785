import type { Activation } from '../protocol';

/** Slope of leaky ReLU for z ≤ 0: g(z) = max(0.01 z, z). */
export const LEAKY_SLOPE = 0.01;

export interface ScalarActivation {
  /** g(z) */
  g(z: number): number;
  /** g′(z), as the course writes it (σ′ = a(1 − a), tanh′ = 1 − a², ReLU′ = 1 for z > 0 else 0). */
  dg(z: number): number;
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/** Each activation and its derivative on plain numbers (no tensors), for plots and hand checks. */
export const ACTIVATION_SCALAR: Record<Activation, ScalarActivation> = {
  sigmoid: {
    g: sigmoid,
    dg: (z) => {
      const a = sigmoid(z);
      return a * (1 - a);
    },
  },
  tanh: {
    g: Math.tanh,
    dg: (z) => {
      const a = Math.tanh(z);
      return 1 - a * a;
    },
  },
  relu: {
    g: (z) => Math.max(0, z),
    dg: (z) => (z > 0 ? 1 : 0),
  },
  leakyRelu: {
    g: (z) => (z > 0 ? z : LEAKY_SLOPE * z),
    dg: (z) => (z > 0 ? 1 : LEAKY_SLOPE),
  },
  linear: {
    g: (z) => z,
    dg: () => 1,
  },
};
