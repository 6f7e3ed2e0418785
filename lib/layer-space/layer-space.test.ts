import { describe, expect, it } from 'vitest';
import { createRng } from '../data/random';
import { refForward, toRefLayers, type Matrix } from '../model/testing/reference-network';
import { DOMAIN_MAX, DOMAIN_MIN, type Activation, type LayerParams } from '../protocol';
import { decisionLineIn, lineInBox, MAX_LAYER_SPACE_POINTS, extentOf, GRID_LINE_SAMPLES, GRID_LINES, gridLinePoints, LAYER_SPACE_BUDGET, layerSpaceOf, positionOf, sampleSizes } from './layer-space';

function randomParams(sizes: number[], seed: number): LayerParams[] {
  const rng = createRng(seed);
  return sizes.slice(1).map((rows, l) => ({
    rows,
    cols: sizes[l]!,
    W: Float32Array.from({ length: rows * sizes[l]! }, () => rng.uniform(-1.5, 1.5)),
    b: Float32Array.from({ length: rows }, () => rng.uniform(-0.5, 0.5)),
  }));
}

const rng = createRng(3);
const points = Float32Array.from({ length: 2 * 30 }, () => rng.uniform(-5, 5));
const activations: Activation[] = ['tanh', 'relu', 'sigmoid'];
const params = randomParams([2, 4, 2, 1], 8);

describe('layerSpaceOf', () => {
  const space = layerSpaceOf({ params, activations, features: ['x1', 'x2'], points });

  it('layer 0 is the plane itself, and the points come first', () => {
    expect(space.pointCount).toBe(30);
    for (let j = 0; j < 30; j++) expect(positionOf(space, 0, [0, 1], j)).toEqual([points[2 * j], points[2 * j + 1]]);
  });

  it('every layer’s activations are the float64 reference network’s', () => {
    const N = space.activations[0]!.length / 2;
    const X: Matrix = { rows: 2, cols: N, data: Array.from(space.activations[0]!) };
    const { A } = refForward(toRefLayers(params), X, activations);
    A.forEach((a, i) => {
      const ours = space.activations[i + 1]!;
      a.data.forEach((v, k) => expect(Math.abs(ours[k]! - v)).toBeLessThan(1e-5));
    });
    // The output is a strip: x = ŷ.
    expect(positionOf(space, 3, [0, 0], 4)[0]).toBeCloseTo(A[2]!.data[4]!, 5);
  });

  it('the output’s line in the last hidden layer’s space separates exactly the points it classifies as 1', () => {
    const line = decisionLineIn(params, ['x1', 'x2'], 2)!;
    expect(line).not.toBeNull();
    for (let j = 0; j < space.pointCount; j++) {
      const [a1, a2] = positionOf(space, 2, [0, 1], j);
      const yHat = positionOf(space, 3, [0, 0], j)[0];
      expect(line[0] * a1 + line[1] * a2 + line[2] > 0).toBe(yHat > 0.5);
    }
    expect(decisionLineIn(params, ['x1', 'x2'], 1)).toBeNull();
    expect(decisionLineIn(randomParams([3, 1], 1), ['x1', 'x2', 'x1sq'], 0)).toBeNull();
    expect(decisionLineIn(randomParams([2, 1], 1), ['x1', 'x2'], 0)).not.toBeNull();
  });

  it('the extent holds every input', () => {
    const box = extentOf(space, 1, [1, 3]);
    const N = space.activations[0]!.length / 2;
    for (let j = 0; j < N; j++) {
      const [x, y] = positionOf(space, 1, [1, 3], j);
      expect(x).toBeGreaterThan(box.x0);
      expect(x).toBeLessThan(box.x1);
      expect(y).toBeGreaterThan(box.y0);
      expect(y).toBeLessThan(box.y1);
    }
  });
});

describe('grid lines and the budget', () => {
  it('samples vertical then horizontal lines across the whole plane', () => {
    const lines = gridLinePoints(3, 5);
    expect(lines).toHaveLength(2 * 2 * 3 * 5);
    expect([lines[0], lines[1]]).toEqual([DOMAIN_MIN, DOMAIN_MIN]);
    expect([lines[8], lines[9]]).toEqual([DOMAIN_MIN, DOMAIN_MAX]);
    // The first horizontal line: x₂ = DOMAIN_MIN, x₁ running.
    expect([lines[30], lines[31], lines[38], lines[39]]).toEqual([DOMAIN_MIN, DOMAIN_MIN, DOMAIN_MAX, DOMAIN_MIN]);
  });

  it('keeps everything for small networks and stays near the budget for wide ones', () => {
    expect(sampleSizes(400, 50)).toEqual({ points: 400, lines: GRID_LINES, perLine: GRID_LINE_SAMPLES });
    const wide = sampleSizes(5000, 21_000);
    expect(wide.points).toBeLessThan(5000);
    expect((wide.points + 2 * wide.lines * wide.perLine) * 21_000).toBeLessThan(2 * LAYER_SPACE_BUDGET);
  });
});

describe('lineInBox', () => {
  const box = { x0: -1, x1: 1, y0: -1, y1: 1 };
  it('clips a line to the box, and misses a line outside it', () => {
    expect(lineInBox([1, -1, 0], box)).toEqual([[-1, -1], [1, 1]]);
    expect(lineInBox([0, 1, -0.5], box)).toEqual([[-1, 0.5], [1, 0.5]]);
    expect(lineInBox([1, 0, 0.25], box)).toEqual([[-0.25, -1], [-0.25, 1]]);
    expect(lineInBox([1, 1, -5], box)).toBeNull();
  });

  it('never draws more than MAX_LAYER_SPACE_POINTS points', () => {
    expect(sampleSizes(5000, 10).points).toBe(MAX_LAYER_SPACE_POINTS);
  });
});
