/** How far (CSS px) a finger may move between touch down and up for the touch to still count as a tap. */
export const TAP_SLOP_PX = 10;

export interface PendingTap {
  pointerId: number;
  clientX: number;
  clientY: number;
  /** The class the point gets (chosen when the finger went down). */
  label: 0 | 1;
}

/** True while the finger is within the slop of where it went down: the touch may still be a tap. */
export function isStillTap(tap: PendingTap, event: { pointerId: number; clientX: number; clientY: number }, slopPx = TAP_SLOP_PX): boolean {
  return event.pointerId === tap.pointerId && Math.hypot(event.clientX - tap.clientX, event.clientY - tap.clientY) <= slopPx;
}

/**
 * Keeps a touch that starts on a point (an element with data-index inside `plane`) from scrolling the
 * page, so it drags the point. Chromium ignores `touch-action` on elements inside an svg, so a
 * non-passive touchstart listener does it. Returns the function that removes the listener.
 */
export function holdTouchesOnPoints(plane: Element): () => void {
  const onTouchStart = (event: Event) => {
    if ((event.target as Element | null)?.closest?.('[data-index]')) event.preventDefault();
  };
  plane.addEventListener('touchstart', onTouchStart, { passive: false });
  return () => plane.removeEventListener('touchstart', onTouchStart);
}
