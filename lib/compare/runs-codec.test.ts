import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../config';
import type { PlaygroundConfig } from '../config/types';
import { decodeRuns, encodeRuns, MAX_RUNS_PARAM_LENGTH, RUN_LINK_POINTS } from './runs-codec';
import { keepRun, MAX_KEPT_RUNS, type KeptRun } from './runs';

const history = (n: number, scale = 1) => Array.from({ length: n }, (_, e) => ({ epoch: e, trainCost: (0.7 * scale) / (1 + e), testCost: 0.8 / (1 + e) }));
const run = (config: Partial<PlaygroundConfig>, n = 100): Omit<KeptRun, 'id' | 'isShown'> => ({
  config: { ...DEFAULT_CONFIG, ...config },
  history: history(n),
  final: { epoch: n - 1, trainCost: 0.7 / n, testCost: NaN, trainAccuracy: 0.95, testAccuracy: NaN },
});

describe('kept runs in a link', () => {
  it('round-trips configurations, thinned curves and final figures (missing figures stay missing)', () => {
    let runs: KeptRun[] = [];
    runs = keepRun(runs, run({ learningRate: 0.3, optimizer: 'adam' }));
    runs = keepRun(runs, run({ batchSize: 'full', layers: [4, 2], activations: ['tanh', 'relu'] }, 7));
    const text = encodeRuns(runs)!;
    expect(text).toMatch(/^[A-Za-z0-9_-]+$/);
    const back = decodeRuns(text)!;
    expect(back.map((r) => r.config)).toEqual(runs.map((r) => r.config));
    expect(back[0]!.history).toHaveLength(RUN_LINK_POINTS);
    expect(back[0]!.history[0]).toEqual({ epoch: 0, trainCost: 0.7, testCost: NaN });
    expect(back[0]!.history.at(-1)!.epoch).toBe(99);
    expect(back[1]!.history).toHaveLength(7);
    expect(back[0]!.final.trainAccuracy).toBe(0.95);
    expect(back[0]!.final.testCost).toBeNaN();
    expect(back.every((r) => r.isShown)).toBe(true);
  });

  it('leaves out no run silently: a set too long for a link encodes to null', () => {
    let runs: KeptRun[] = [];
    // Long configurations: every field away from its default.
    for (let i = 0; i < MAX_KEPT_RUNS; i++) runs = keepRun(runs, run({ learningRate: 0.001 * (i + 1), layers: [8, 8, 8, 8, 8, 8], activations: ['tanh', 'relu', 'sigmoid', 'linear', 'tanh', 'relu'], features: ['x1', 'x2', 'x1sq', 'x2sq', 'x1x2', 'sinx1', 'sinx2'], noise: 33, n: 1234 }, 400));
    // About 950 characters a run: one fits, six do not.
    expect(encodeRuns(runs)).toBeNull();
    expect(encodeRuns(runs.slice(0, 1))!.length).toBeLessThanOrEqual(MAX_RUNS_PARAM_LENGTH);
    expect(encodeRuns([])).toBeNull();
  });

  it('refuses what it did not write', () => {
    expect(decodeRuns('not base64 !!')).toBeNull();
    expect(decodeRuns(btoa('{"v":2,"runs":[]}'))).toBeNull();
    expect(decodeRuns(btoa(JSON.stringify({ v: 1, runs: [{ q: '', h: [[0, 'x']], f: [1, 0, 0, 0, 0] }] })))).toBeNull();
    expect(decodeRuns('A'.repeat(MAX_RUNS_PARAM_LENGTH + 1))).toBeNull();
  });
});
