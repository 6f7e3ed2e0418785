import { scaleLog } from 'd3-scale';
import type { NetworkHealth } from '@/lib/protocol';
import { ACTIVATION_TABLE } from '@/lib/math/activations';

/** ‖dWˡ‖ is drawn on a log scale over this range, so vanishing or exploding gradients across depth show at a glance. */
export const NORM_DOMAIN = [1e-6, 10] as const;

/** One layer's column of the health strip. */
export interface HealthBar {
  /** 1 … L; L is the output layer (gradient norm only). */
  layer: number;
  isOutput: boolean;
  /** What can go wrong with its units: 'dies' (ReLU), 'saturates' (sigmoid, tanh), or null. */
  failure: 'dies' | 'saturates' | null;
  /** Dead or saturated share, 0 … 1 (0 when failure is null). */
  failingShare: number;
  /** Units in the largest identical group, when more than one and all of them (symmetric); else 0. */
  identicalUnits: number;
  gradientNorm: number;
  /** ‖dWˡ‖ on the log scale, 0 … 1 (clamped). */
  normFraction: number;
}

const normScale = scaleLog().domain(NORM_DOMAIN).range([0, 1]).clamp(true);

/** The strip's columns: every hidden layer, then the output layer. */
export function healthBars(health: NetworkHealth): HealthBar[] {
  const fraction = (norm: number) => (norm > 0 && Number.isFinite(norm) ? normScale(norm) : 0);
  const hidden = health.layers.map((l): HealthBar => {
    const failure = ACTIVATION_TABLE[l.activation].failure;
    const gradientNorm = health.gradientNorms[l.layer - 1] ?? 0;
    return {
      layer: l.layer,
      isOutput: false,
      failure,
      failingShare: failure === 'dies' ? l.deadShare : failure === 'saturates' ? l.saturatedShare : 0,
      identicalUnits: l.units > 1 && l.largestIdenticalGroup === l.units ? l.units : 0,
      gradientNorm,
      normFraction: fraction(gradientNorm),
    };
  });
  const outputNorm = health.gradientNorms[health.gradientNorms.length - 1] ?? 0;
  return [...hidden, { layer: health.gradientNorms.length, isOutput: true, failure: null, failingShare: 0, identicalUnits: 0, gradientNorm: outputNorm, normFraction: fraction(outputNorm) }];
}

/** A gradient norm as the strip writes it: 3 significant digits, powers of ten below 0.001. */
export function formatNorm(norm: number): string {
  if (!Number.isFinite(norm)) return '∞';
  if (norm === 0) return '0';
  return norm < 1e-3 ? norm.toExponential(1) : norm.toPrecision(3);
}
