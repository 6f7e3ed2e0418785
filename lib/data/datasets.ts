import { DOMAIN_MAX, DOMAIN_MIN, type DatasetName, type Label } from '../protocol';
import { createRng, type Rng } from './random';

export interface DatasetOptions {
  /** Number of points, an integer ≥ 2. */
  n: number;
  /** Extra jitter in percent, 0–50; each dataset says what it scales. */
  noise: number;
  seed: number;
}

export interface DataPoint {
  x1: number;
  x2: number;
  label: Label;
}

/** What a generator gets: sizes per class, noise as a fraction (0–0.5) and two independent streams. */
interface GeneratorInput {
  /** counts[j] points get label j. */
  counts: readonly [number, number];
  /** noise / 100, in [0, 0.5]. */
  noise: number;
  /** Draws the underlying shape: createRng(seed). */
  rng: Rng;
  /**
   * Draws the noise-scaled jitter: createRng(jitterSeed(seed)). A separate stream, so moving the
   * noise slider only scales the jitter and never moves the underlying points.
   */
  jitterRng: Rng;
}

type Generator = (input: GeneratorInput) => DataPoint[];

/** Radius the generated shapes reach, leaving a margin inside [DOMAIN_MIN, DOMAIN_MAX]. */
const RADIUS = 5;

const LABELS = [0, 1] as const;

/**
 * Class sizes: class 0 gets floor(n/2) points and class 1 gets the rest, so for odd n class 1 has
 * one point more. Every generator emits all class-0 points, then all class-1 points.
 */
export function classCounts(n: number): [number, number] {
  const n0 = Math.floor(n / 2);
  return [n0, n - n0];
}

/** The jitter stream's seed; XOR with a constant is a bijection that never maps a seed to itself. */
function jitterSeed(seed: number): number {
  return Math.trunc(seed) ^ 0x5f3759df;
}

function clampToDomain(value: number): number {
  return Math.min(DOMAIN_MAX, Math.max(DOMAIN_MIN, value));
}

/** numpy.linspace(start, stop, count)[k]: count evenly spaced values, both ends included. */
function linspaceAt(start: number, stop: number, count: number, k: number): number {
  return count === 1 ? start : start + ((stop - start) * k) / (count - 1);
}

/** Standard normal truncated to [−limit, limit] by rejection. */
function truncatedNormal(rng: Rng, limit: number): number {
  for (;;) {
    const z = rng.normal();
    if (Math.abs(z) <= limit) return z;
  }
}

/** Calls makePoint(label, k) for k = 0 … counts[label]−1, class 0 first. */
function byClass(
  counts: readonly [number, number],
  makePoint: (label: Label, k: number, count: number) => DataPoint,
): DataPoint[] {
  const points: DataPoint[] = [];
  for (const label of LABELS) {
    const count = counts[label];
    for (let k = 0; k < count; k++) points.push(makePoint(label, k, count));
  }
  return points;
}

/**
 * Class 1 in a disc (r ∈ [0, R/2]), class 0 on a ring (r ∈ [0.7R, R]); then each coordinate moves by
 * uniform(−R, R)·noise, as in TensorFlow Playground.
 */
const circle: Generator = ({ counts, noise, rng, jitterRng }) =>
  byClass(counts, (label) => {
    const r = label === 1 ? rng.uniform(0, 0.5 * RADIUS) : rng.uniform(0.7 * RADIUS, RADIUS);
    const angle = rng.uniform(0, 2 * Math.PI);
    return {
      x1: r * Math.sin(angle) + jitterRng.uniform(-RADIUS, RADIUS) * noise,
      x2: r * Math.cos(angle) + jitterRng.uniform(-RADIUS, RADIUS) * noise,
      label,
    };
  });

/** Distance XOR points keep from the axes before jitter. */
const XOR_PADDING = 0.3;

/**
 * |x1|, |x2| uniform in [0.3, R] with random signs; label 1 when x1·x2 ≥ 0 (quadrants I and III).
 * Labelled before the jitter uniform(−R, R)·noise, as in TensorFlow Playground.
 */
const xor: Generator = ({ counts, noise, rng, jitterRng }) =>
  byClass(counts, (label) => {
    const sign1 = rng.next() < 0.5 ? -1 : 1;
    const sign2 = label === 1 ? sign1 : -sign1;
    return {
      x1: sign1 * rng.uniform(XOR_PADDING, RADIUS) + jitterRng.uniform(-RADIUS, RADIUS) * noise,
      x2: sign2 * rng.uniform(XOR_PADDING, RADIUS) + jitterRng.uniform(-RADIUS, RADIUS) * noise,
      label,
    };
  });

/** Two Gaussian clusters with std 0.5 + 3·noise: label 1 around (2, 2), label 0 around (−2, −2). */
const gauss: Generator = ({ counts, noise, rng }) => {
  const std = 0.5 + 3 * noise;
  return byClass(counts, (label) => {
    const centre = label === 1 ? 2 : -2;
    return { x1: centre + std * rng.normal(), x2: centre + std * rng.normal(), label };
  });
};

/**
 * TensorFlow Playground's spirals: point k of a class has r = R·k/count, θ = 1.75·2π·k/count + Δ
 * (Δ = 0 for label 1, π for label 0), plus jitter uniform(−1, 1)·noise. At noise 0 the spirals are
 * the same for every seed.
 */
const spiral: Generator = ({ counts, noise, jitterRng }) =>
  byClass(counts, (label, k, count) => {
    const r = (RADIUS * k) / count;
    const angle = (1.75 * 2 * Math.PI * k) / count + (label === 1 ? 0 : Math.PI);
    return {
      x1: r * Math.sin(angle) + jitterRng.uniform(-1, 1) * noise,
      x2: r * Math.cos(angle) + jitterRng.uniform(-1, 1) * noise,
      label,
    };
  });

/** Moons span x ∈ [−1, 2], y ∈ [−0.5, 1] in scikit-learn's units; this maps x onto [−5, 5]. */
const MOONS_SCALE = (2 * RADIUS) / 3;

/**
 * scikit-learn's make_moons with θ ~ uniform(0, π): label 0 on (cos θ, sin θ), label 1 on
 * (1 − cos θ, 0.5 − sin θ); Gaussian jitter of std noise (so noise 20 % is make_moons(noise=0.2)),
 * then centred and scaled by 10/3 to fill about [−5, 5] × [−2.5, 2.5].
 */
const moons: Generator = ({ counts, noise, rng, jitterRng }) =>
  byClass(counts, (label) => {
    const angle = rng.uniform(0, Math.PI);
    const x = label === 0 ? Math.cos(angle) : 1 - Math.cos(angle);
    const y = label === 0 ? Math.sin(angle) : 0.5 - Math.sin(angle);
    return {
      x1: (x + noise * jitterRng.normal() - 0.5) * MOONS_SCALE,
      x2: (y + noise * jitterRng.normal() - 0.25) * MOONS_SCALE,
      label,
    };
  });

/** Blob draws are truncated at 3 std, so at noise 0 the classes are always linearly separable. */
const BLOB_TRUNCATION = 3;

/**
 * Logistic-regression data: label 0 around (−2.5, −1.5), label 1 around (2.5, 1.5), std
 * 0.4 + 2.5·noise. Each centre is 2.92 from the line through the origin perpendicular to their
 * difference, and a point within 3 std (1.2 at noise 0) per coordinate is at most
 * 1.2·(5 + 3)/√34 ≈ 1.65 from its centre along that direction, so that line separates them.
 */
const blobs: Generator = ({ counts, noise, rng }) => {
  const std = 0.4 + 2.5 * noise;
  return byClass(counts, (label) => {
    const sign = label === 1 ? 1 : -1;
    return {
      x1: sign * 2.5 + std * truncatedNormal(rng, BLOB_TRUNCATION),
      x2: sign * 1.5 + std * truncatedNormal(rng, BLOB_TRUNCATION),
      label,
    };
  });
};

/** Petal amplitude a of the course's planar data set. */
const FLOWER_AMPLITUDE = 4;

/**
 * The course's planar "flower" data set, exactly: for class j with N points and k = 0 … N−1,
 *   θ = linspace(3.12·j, 3.12·(j+1), N)[k] + 0.2·ε₁,  r = a·sin(4θ) + 0.2·ε₂,  a = 4,
 *   point = (r·sin θ, r·cos θ).
 * Draw order from rng = createRng(seed): class 0 first, then class 1; for each point ε₁ = rng.normal()
 * then ε₂ = rng.normal(), nothing else. The noise option adds δ·noise/100 to x1 then x2, with
 * δ = normal() drawn from the separate jitter stream, so the formula points do not depend on noise.
 */
const flower: Generator = ({ counts, noise, rng, jitterRng }) =>
  byClass(counts, (label, k, count) => {
    const angle = linspaceAt(3.12 * label, 3.12 * (label + 1), count, k) + 0.2 * rng.normal();
    const r = FLOWER_AMPLITUDE * Math.sin(4 * angle) + 0.2 * rng.normal();
    return {
      x1: r * Math.sin(angle) + noise * jitterRng.normal(),
      x2: r * Math.cos(angle) + noise * jitterRng.normal(),
      label,
    };
  });

const GENERATORS: Record<DatasetName, Generator> = {
  circle,
  xor,
  gauss,
  spiral,
  moons,
  blobs,
  flower,
};

/**
 * Exactly n points, class sizes as in classCounts (class-0 points first), every coordinate clamped
 * to [DOMAIN_MIN, DOMAIN_MAX]. Deterministic in (name, n, noise, seed).
 * @throws RangeError when n is not an integer ≥ 2 or noise is outside [0, 50].
 */
export function generateDataset(name: DatasetName, options: DatasetOptions): DataPoint[] {
  const { n, noise, seed } = options;
  if (!Number.isInteger(n) || n < 2) throw new RangeError(`n must be an integer ≥ 2, got ${n}`);
  if (!(noise >= 0 && noise <= 50)) throw new RangeError(`noise must be in [0, 50], got ${noise}`);
  const points = GENERATORS[name]({
    counts: classCounts(n),
    noise: noise / 100,
    rng: createRng(seed),
    jitterRng: createRng(jitterSeed(seed)),
  });
  return points.map((p) => ({ x1: clampToDomain(p.x1), x2: clampToDomain(p.x2), label: p.label }));
}
