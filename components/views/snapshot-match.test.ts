import { describe, expect, it } from 'vitest';
import type { LayerParams } from '@/lib/protocol';
import { matchesArchitecture } from './snapshot-match';

const layer = (rows: number, cols: number): LayerParams => ({ rows, cols, W: new Float32Array(rows * cols), b: new Float32Array(rows) });

describe('matchesArchitecture', () => {
  it('accepts parameters of the shown network', () => {
    expect(matchesArchitecture([layer(4, 2), layer(1, 4)], 2, [4])).toBe(true);
    expect(matchesArchitecture([layer(1, 3)], 3, [])).toBe(true);
  });
  it('rejects another network’s parameters, or none', () => {
    expect(matchesArchitecture([layer(4, 2), layer(1, 4)], 2, [5])).toBe(false);
    expect(matchesArchitecture([layer(4, 2), layer(1, 4)], 3, [4])).toBe(false);
    expect(matchesArchitecture([], 2, [])).toBe(false);
  });
});
