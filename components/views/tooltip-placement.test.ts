import { describe, expect, it } from 'vitest';
import { placeTooltip } from './tooltip-placement';

const viewport = { widthPx: 1280, heightPx: 720 };
const tip = { widthPx: 200, heightPx: 24 };
const pointer = (x: number, y: number) => ({ leftPx: x, topPx: y, widthPx: 0, heightPx: 0 });
const isInside = ({ leftPx, topPx }: { leftPx: number; topPx: number }, size = tip, room = viewport) =>
  leftPx >= 0 && topPx >= 0 && leftPx + size.widthPx <= room.widthPx && topPx + size.heightPx <= room.heightPx;

describe('placeTooltip', () => {
  it('goes below and to the right of the pointer when there is room', () => {
    expect(placeTooltip(pointer(100, 100), tip, viewport)).toEqual({ leftPx: 112, topPx: 112 });
  });
  it('flips to the left near the right edge and above near the bottom', () => {
    expect(placeTooltip(pointer(1250, 100), tip, viewport)).toEqual({ leftPx: 1250 - 12 - 200, topPx: 112 });
    expect(placeTooltip(pointer(100, 710), tip, viewport)).toEqual({ leftPx: 112, topPx: 710 - 12 - 24 });
  });
  it('flips around an anchor box, not into it', () => {
    const anchor = { leftPx: 1200, topPx: 300, widthPx: 36, heightPx: 36 };
    expect(placeTooltip(anchor, tip, viewport).leftPx).toBe(1200 - 12 - 200);
  });
  it('shifts inside when neither side has room', () => {
    const wide = { widthPx: 300, heightPx: 24 };
    const phone = { widthPx: 390, heightPx: 844 };
    const placed = placeTooltip(pointer(200, 400), wide, phone);
    expect(isInside(placed, wide, phone)).toBe(true);
    expect(placed.leftPx).toBe(390 - 4 - 300);
  });
  it('keeps the tip inside the viewport for pointers anywhere on it', () => {
    for (let x = 0; x <= viewport.widthPx; x += 40) {
      for (let y = 0; y <= viewport.heightPx; y += 40) expect(isInside(placeTooltip(pointer(x, y), tip, viewport))).toBe(true);
    }
  });
  it('keeps the top-left corner inside when the tip is larger than the viewport', () => {
    expect(placeTooltip(pointer(10, 10), { widthPx: 500, heightPx: 30 }, { widthPx: 300, heightPx: 600 }).leftPx).toBe(4);
  });
});
