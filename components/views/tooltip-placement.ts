export interface Rect {
  leftPx: number;
  topPx: number;
  widthPx: number;
  heightPx: number;
}

export interface Size {
  widthPx: number;
  heightPx: number;
}

/**
 * Where a tooltip of `tip` size goes, in viewport pixels, for an anchor (a pointer is a rect of size
 * 0): below and to the right of it, `offsetPx` away; flipped to the left or above when it would cross
 * the viewport's edge there, then shifted so it stays `marginPx` inside the viewport. A tip larger
 * than the viewport keeps its top-left corner inside.
 */
export function placeTooltip(anchor: Rect, tip: Size, viewport: Size, offsetPx = 12, marginPx = 4): { leftPx: number; topPx: number } {
  const place = (start: number, length: number, size: number, room: number) => {
    const after = start + length + offsetPx;
    const before = start - offsetPx - size;
    const preferred = after + size <= room - marginPx || before < marginPx ? after : before;
    return Math.max(marginPx, Math.min(preferred, room - marginPx - size));
  };
  return {
    leftPx: place(anchor.leftPx, anchor.widthPx, tip.widthPx, viewport.widthPx),
    topPx: place(anchor.topPx, anchor.heightPx, tip.heightPx, viewport.heightPx),
  };
}
