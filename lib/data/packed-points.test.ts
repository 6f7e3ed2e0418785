import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LabeledPoint } from '../protocol';
import { PACKED_STRIDE, packPoints, unpackPoints } from './packed-points';

const pointArb: fc.Arbitrary<LabeledPoint> = fc.record({
  x1: fc.double({ noNaN: true, noDefaultInfinity: true }),
  x2: fc.double({ noNaN: true, noDefaultInfinity: true }),
  label: fc.constantFrom(0 as const, 1 as const),
  split: fc.constantFrom('train' as const, 'test' as const),
});

describe('packed points', () => {
  it('unpack(pack(points)) equals the points, exactly', () => {
    fc.assert(fc.property(fc.array(pointArb, { maxLength: 50 }), (points) => {
      const packed = packPoints(points);
      expect(packed.length).toBe(points.length * PACKED_STRIDE);
      expect(unpackPoints(packed)).toEqual(points);
    }));
  });

  it('ignores a trailing partial point', () => {
    const packed = new Float64Array([1, 2, 1, 1, 3, 4]);
    expect(unpackPoints(packed)).toEqual([{ x1: 1, x2: 2, label: 1, split: 'train' }]);
  });
});
