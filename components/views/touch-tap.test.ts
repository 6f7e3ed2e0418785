import { describe, expect, it } from 'vitest';
import { TAP_SLOP_PX, isStillTap, type PendingTap } from './touch-tap';

const tap: PendingTap = { pointerId: 3, clientX: 100, clientY: 200, label: 1 };

describe('isStillTap', () => {
  it('is a tap while the finger stays within the slop', () => {
    expect(isStillTap(tap, { pointerId: 3, clientX: 100, clientY: 200 })).toBe(true);
    expect(isStillTap(tap, { pointerId: 3, clientX: 100 + TAP_SLOP_PX, clientY: 200 })).toBe(true);
    expect(isStillTap(tap, { pointerId: 3, clientX: 106, clientY: 206 })).toBe(true);
  });
  it('is a swipe once it moves farther, in any direction', () => {
    expect(isStillTap(tap, { pointerId: 3, clientX: 100, clientY: 200 - TAP_SLOP_PX - 1 })).toBe(false);
    expect(isStillTap(tap, { pointerId: 3, clientX: 108, clientY: 208 })).toBe(false);
    expect(isStillTap(tap, { pointerId: 3, clientX: 100, clientY: 230 }, 40)).toBe(true);
  });
  it('belongs to its own finger only', () => {
    expect(isStillTap(tap, { pointerId: 4, clientX: 100, clientY: 200 })).toBe(false);
  });
});
