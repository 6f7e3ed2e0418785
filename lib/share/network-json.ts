/**
 * The trained network as a JSON file in the course's orientation, and a plain-number forward pass
 * over such parameters.
 *
 *   { "format": "nn-playground-network", "version": 1,
 *     "features": ["x1", "x2"],
 *     "layers": [ { "units": nˡ, "activation": "tanh", "W": [[…nˡ⁻¹ numbers], …nˡ rows], "b": […nˡ] },
 *                 …, { "units": 1, "activation": "sigmoid", "W": [[…]], "b": [b] } ],
 *     "output": "sigmoid" }
 *
 * Layers run from the first hidden layer to the output layer (always last, one sigmoid unit);
 * n⁰ is the number of features. A = g(W A_prev + b). Numbers are written with the fewest digits
 * that read back as the same float32, so export → parse gives bit-identical parameters.
 */
import * as z from 'zod/mini';

import { LIMITS } from '../config/schema';
import { FEATURE_FUNCTIONS } from '../data/features';
import { ACTIVATION_TABLE } from '../math/activations';
import { ACTIVATIONS, FEATURES, type Activation, type Feature, type LayerParams, type LayerSpec, type NetworkSpec } from '../protocol';

export const NETWORK_FILE_FORMAT = 'nn-playground-network';
export const NETWORK_FILE_VERSION = 1;
/** Network files longer than this many UTF-16 units are refused unread (the largest network is ~0.5 MB). */
export const MAX_NETWORK_JSON_BYTES = 4_000_000;

export interface NetworkJsonLayer {
  units: number;
  activation: Activation;
  /** nˡ rows of nˡ⁻¹ numbers. */
  W: number[][];
  b: number[];
}

export interface NetworkJson {
  format: typeof NETWORK_FILE_FORMAT;
  version: typeof NETWORK_FILE_VERSION;
  features: Feature[];
  layers: NetworkJsonLayer[];
  output: 'sigmoid';
}

export type NetworkJsonErrorReason =
  /** Longer than MAX_NETWORK_JSON_BYTES; detail: the length. */
  | 'tooLarge'
  /** Not valid JSON; detail: the parser's message. */
  | 'json'
  /** Wrong format, version or field types; detail: the path. */
  | 'schema'
  /** A W or b whose size does not match the layer sizes; detail: the path. */
  | 'shape';

export interface NetworkJsonError {
  reason: NetworkJsonErrorReason;
  detail?: string;
}

export type ParseNetworkResult =
  | { ok: true; features: Feature[]; hidden: LayerSpec[]; params: LayerParams[] }
  | { ok: false; error: NetworkJsonError };

/** The shortest decimal that reads back as the same float32 (at most 9 significant digits). */
function float32Number(value: number): number {
  if (!Number.isFinite(value) || value === 0) return value === 0 ? 0 : value;
  const target = Math.fround(value);
  for (let digits = 1; digits < 9; digits++) {
    const candidate = Number(target.toPrecision(digits));
    if (Math.fround(candidate) === target) return candidate;
  }
  return Number(target.toPrecision(9));
}

/**
 * The network file for a spec and its parameters (hidden layers then the output layer).
 * Throws RangeError when the parameters do not fit the spec — a programming error, not user input.
 */
export function networkToJson(spec: NetworkSpec, params: readonly LayerParams[]): string {
  const specs: LayerSpec[] = [...spec.hidden, { units: 1, activation: 'sigmoid' }];
  if (params.length !== specs.length) throw new RangeError(`expected ${specs.length} layers of parameters, got ${params.length}`);
  let previous = spec.features.length;
  const layers = specs.map((layerSpec, l): NetworkJsonLayer => {
    const p = params[l]!;
    if (p.rows !== layerSpec.units || p.cols !== previous || p.W.length !== p.rows * p.cols || p.b.length !== p.rows) {
      throw new RangeError(`layer ${l + 1} parameters do not match its size`);
    }
    previous = p.rows;
    const W = Array.from({ length: p.rows }, (_, i) => Array.from(p.W.subarray(i * p.cols, (i + 1) * p.cols), float32Number));
    return { units: layerSpec.units, activation: layerSpec.activation, W, b: Array.from(p.b, float32Number) };
  });
  const file: NetworkJson = {
    format: NETWORK_FILE_FORMAT,
    version: NETWORK_FILE_VERSION,
    features: [...spec.features],
    layers,
    output: 'sigmoid',
  };
  // Pretty-printed, but each list of numbers (a row of W, or b) stays on one line.
  return `${JSON.stringify(file, null, 2).replace(/\[\s+([-+0-9.eE,\s]+?)\s+\]/g, (_match, numbers: string) => `[${numbers.split(/,\s*/).join(', ')}]`)}\n`;
}

/** Finite and within float32 range, so it survives Float32Array. */
const FLOAT32_MAX = 3.4028234663852886e38;
const finite = z.number().check(z.minimum(-FLOAT32_MAX), z.maximum(FLOAT32_MAX));

const networkFileSchema = z.object({
  format: z.literal(NETWORK_FILE_FORMAT),
  version: z.literal(NETWORK_FILE_VERSION),
  features: z
    .array(z.enum(FEATURES))
    .check(
      z.minLength(1),
      z.refine((features) => new Set(features).size === features.length, 'duplicate feature'),
    ),
  layers: z
    .array(
      z.object({
        units: z.int().check(z.minimum(LIMITS.units.min), z.maximum(LIMITS.units.max)),
        activation: z.enum(ACTIVATIONS),
        W: z.array(z.array(finite).check(z.maxLength(LIMITS.units.max))).check(z.maxLength(LIMITS.units.max)),
        b: z.array(finite).check(z.maxLength(LIMITS.units.max)),
      }),
    )
    .check(z.minLength(1), z.maxLength(LIMITS.hiddenLayers.max + 1)),
  output: z.literal('sigmoid'),
});

/**
 * Reads a network file written by networkToJson (or by hand). Checks the format, the limits of
 * the playground (LIMITS.units, LIMITS.hiddenLayers), that the last layer is one sigmoid unit, and
 * every shape: W has `units` rows of (previous layer size) numbers, b has `units` numbers.
 * Never throws.
 */
export function parseNetworkJson(text: string): ParseNetworkResult {
  if (typeof text !== 'string') return { ok: false, error: { reason: 'json' } };
  if (text.length > MAX_NETWORK_JSON_BYTES) return { ok: false, error: { reason: 'tooLarge', detail: String(text.length) } };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: { reason: 'json', detail: (error instanceof Error ? error.message : '').slice(0, 80) } };
  }
  const parsed = networkFileSchema.safeParse(data);
  if (!parsed.success) {
    const path = parsed.error.issues[0]?.path.map(String).join('.');
    return { ok: false, error: { reason: 'schema', detail: path || '$' } };
  }
  const file = parsed.data;
  const output = file.layers[file.layers.length - 1]!;
  if (output.units !== 1 || output.activation !== 'sigmoid') {
    return { ok: false, error: { reason: 'schema', detail: `layers.${file.layers.length - 1}` } };
  }
  const params: LayerParams[] = [];
  let previous = file.features.length;
  for (const [l, layer] of file.layers.entries()) {
    if (layer.W.length !== layer.units) return { ok: false, error: { reason: 'shape', detail: `layers.${l}.W` } };
    const rowIndex = layer.W.findIndex((row) => row.length !== previous);
    if (rowIndex >= 0) return { ok: false, error: { reason: 'shape', detail: `layers.${l}.W.${rowIndex}` } };
    if (layer.b.length !== layer.units) return { ok: false, error: { reason: 'shape', detail: `layers.${l}.b` } };
    params.push({ rows: layer.units, cols: previous, W: Float32Array.from(layer.W.flat()), b: Float32Array.from(layer.b) });
    previous = layer.units;
  }
  const hidden = file.layers.slice(0, -1).map(({ units, activation }) => ({ units, activation }));
  return { ok: true, features: file.features, hidden, params };
}

/**
 * The network's output ŷ = σ(Wᴸ … g¹(W¹ x + b¹) … + bᴸ) for one point (x1, x2), in float64.
 * `activations` holds one activation per hidden layer (params.length − 1); the output layer is
 * always the sigmoid. Throws RangeError when the activations or features do not fit the params.
 */
export function predict(
  params: readonly LayerParams[],
  activations: readonly Activation[],
  features: readonly Feature[],
  x1: number,
  x2: number,
): number {
  if (activations.length !== params.length - 1) {
    throw new RangeError(`expected ${params.length - 1} hidden activations, got ${activations.length}`);
  }
  let a = features.map((feature) => FEATURE_FUNCTIONS[feature](x1, x2));
  params.forEach((p, l) => {
    if (p.cols !== a.length) throw new RangeError(`layer ${l + 1} expects ${p.cols} inputs, got ${a.length}`);
    const g = ACTIVATION_TABLE[activations[l] ?? 'sigmoid'].g;
    const next = new Array<number>(p.rows);
    for (let i = 0; i < p.rows; i++) {
      let z = p.b[i]!;
      for (let k = 0; k < p.cols; k++) z += p.W[i * p.cols + k]! * a[k]!;
      next[i] = g(z);
    }
    a = next;
  });
  return a[0]!;
}

/**
 * A network file's parameters with W¹'s columns in the canonical FEATURES order (the playground keeps its
 * features in that order; a file written by hand may list them otherwise).
 */
export function inCanonicalOrder(features: readonly Feature[], params: readonly LayerParams[]): { features: Feature[]; params: LayerParams[] } {
  const canonical = FEATURES.filter((f) => features.includes(f));
  const first = params[0];
  if (!first) return { features: canonical, params: [...params] };
  const source = canonical.map((f) => features.indexOf(f));
  const W = new Float32Array(first.W.length);
  for (let r = 0; r < first.rows; r++) source.forEach((from, c) => (W[r * first.cols + c] = first.W[r * first.cols + from]!));
  return { features: canonical, params: [{ ...first, W }, ...params.slice(1)] };
}
