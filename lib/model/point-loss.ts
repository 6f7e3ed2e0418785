/**
 * One point's loss, as the course separates it from the cost (§2.2–2.3): ŷ = a^{[L]} at the point for the
 * current parameters, its loss L(ŷ, y) = −(y log ŷ + (1 − y) log(1 − ŷ)), and the share it adds to the cost
 * J = (1/m) Σ L, namely L/m. Computed on the main thread with the plain-JS engine's forward pass.
 */
import { featureMatrix } from '../data/features';
import { forwardColumns } from '../engine/js/forward-backward';
import { copyParams, createJsNetwork } from '../engine/js/network';
import { COST_EPSILON } from '../math/cost';
import type { Activation, Feature, Label, LayerParams } from '../protocol';

/** ŷ at (x1, x2) for `params`; `activations` are g^{[1]} … g^{[L]} (the output's sigmoid last). */
export function outputAt(params: readonly LayerParams[], activations: readonly Activation[], features: readonly Feature[], x1: number, x2: number): number {
  const sizes = [features.length, ...params.map((p) => p.rows)];
  const net = createJsNetwork(sizes, activations);
  const out = sizes.slice(1).map((n) => new Float32Array(n));
  forwardColumns(net, copyParams(params), featureMatrix([x1], [x2], features), 1, net.apply, out, null);
  return out.at(-1)![0]!;
}

/** L(ŷ, y), with ŷ clipped to [ε, 1 − ε] as the cost clips it, so that it matches J's terms. */
export function lossOf(yHat: number, y: Label): number {
  const a = Math.min(Math.max(yHat, COST_EPSILON), 1 - COST_EPSILON);
  return -(y * Math.log(a) + (1 - y) * Math.log(1 - a));
}

/** Whether `params` is a network over `features` with these activations (a snapshot of the network on screen). */
export function paramsFit(params: readonly LayerParams[], activations: readonly Activation[], features: readonly Feature[]): boolean {
  return params.length === activations.length && params.length > 0 && params[0]!.cols === features.length && params.every((p, l) => l === 0 || p.cols === params[l - 1]!.rows);
}
