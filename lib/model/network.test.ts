import { describe, expect, it } from 'vitest';
import type { NetworkSpec } from '../protocol';
import { initialParams } from './init';
import { paramsFitNetwork } from './network';

const spec: NetworkSpec = { features: ['x1', 'x2', 'x1sq'], hidden: [{ units: 4, activation: 'tanh' }], init: 'xavier', seed: 1 };

describe('paramsFitNetwork', () => {
  it('accepts the params of the same network and refuses any other shape', () => {
    const params = initialParams(spec);
    expect(paramsFitNetwork(params, spec)).toBe(true);
    expect(paramsFitNetwork(params, { ...spec, seed: 9, init: 'he' })).toBe(true);
    expect(paramsFitNetwork(params, { ...spec, features: ['x1', 'x2'] })).toBe(false);
    expect(paramsFitNetwork(params, { ...spec, hidden: [{ units: 5, activation: 'tanh' }] })).toBe(false);
    expect(paramsFitNetwork(params, { ...spec, hidden: [] })).toBe(false);
    expect(paramsFitNetwork([{ ...params[0]!, b: new Float32Array(3) }, params[1]!], spec)).toBe(false);
  });
});
