import { describe, expect, it } from 'vitest';
import { parseConfig } from '../config';
import { distinguishingFields, keepRun, MAX_KEPT_RUNS, type KeptRun } from './runs';

const configOf = (query: string) => parseConfig(new URLSearchParams(query)).config;
const final = { epoch: 10, trainCost: 0.2, testCost: 0.3, trainAccuracy: 0.9, testAccuracy: 0.8 };

describe('distinguishingFields', () => {
  it('names what sets a run apart from the others, in a fixed order', () => {
    const a = configOf('opt=adam&lr=0.01');
    const b = configOf('opt=gd&lr=0.3');
    const c = configOf('opt=gd&lr=0.3&batch=full&init=zeros');
    expect(distinguishingFields(a, [b])).toEqual(['optimizer', 'learningRate']);
    expect(distinguishingFields(c, [b])).toEqual(['batchSize', 'init']);
    expect(distinguishingFields(configOf('reg=l2&lambda=0.1'), [configOf('reg=l2&lambda=0.3')])).toEqual(['regularization']);
    expect(distinguishingFields(b, [])).toEqual(['optimizer', 'learningRate']);
    expect(distinguishingFields(configOf('layers=4,2'), [configOf('layers=4')])).toEqual(['layers']);
    expect(distinguishingFields(configOf('layers=4&act=relu'), [configOf('layers=4')])).toEqual(['activations']);
  });
});

describe('keepRun', () => {
  it('numbers kept runs, shows the new one, and keeps at most MAX_KEPT_RUNS, dropping the oldest', () => {
    let runs: KeptRun[] = [];
    for (let k = 0; k < MAX_KEPT_RUNS + 2; k++) runs = keepRun(runs, { config: configOf(`lr=${0.01 * (k + 1)}`), history: [], final });
    expect(runs).toHaveLength(MAX_KEPT_RUNS);
    expect(runs.map((r) => r.id)).toEqual([3, 4, 5, 6, 7, 8]);
    expect(runs.every((r) => r.isShown)).toBe(true);
  });
});
