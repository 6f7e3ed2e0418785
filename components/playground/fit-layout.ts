/**
 * Geometry of the playground's layouts, as plain numbers: how large presenter mode draws, when a
 * fitted view (presenter mode, an embed) fills its screen or stacks, where the output's readouts go,
 * and how large the plane and the network diagram are drawn in the boxes they are given.
 */

export interface Size {
  widthPx: number;
  heightPx: number;
}

/** How the page lays out: a scrolling page, presenter mode (fills the screen), an embed (fills its frame). */
export type LayoutMode = 'page' | 'presenter' | 'embed';

/** The screen presenter mode is designed at: scale 1. */
export const PRESENTER_BASE: Size = { widthPx: 1280, heightPx: 720 };
const MIN_SCALE = 0.75;
const MAX_SCALE = 3;

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

/**
 * Presenter mode's scale factor (type, maps and lines grow by it): 1 at 1280×720, 1.5 at 1920×1080,
 * 3 at 3840×2160, set by the tighter of the two dimensions, within [0.75, 3].
 */
export function presenterScale({ widthPx, heightPx }: Size): number {
  if (!(widthPx > 0 && heightPx > 0)) return 1;
  return clamp(Math.min(widthPx / PRESENTER_BASE.widthPx, heightPx / PRESENTER_BASE.heightPx), MIN_SCALE, MAX_SCALE);
}

/**
 * Whether a fitted view gives up filling the screen and stacks its panels in a column that grows
 * (and scrolls): on phones, portrait screens and frames too short to show a readable plane.
 */
export function isStackedFit({ widthPx, heightPx }: Size): boolean {
  return widthPx < 720 || heightPx < 400 || heightPx > widthPx * 1.1;
}

/**
 * Where the readouts and the cost chart go: beside the plane (`side`) or under it (`below`),
 * whichever leaves the larger square for the plane in a box of `box`; never beside a plane narrower than
 * `minSidePx`, which would overlap the readouts (under it, a box too small is cut at its foot instead).
 */
export function outputArrangement(box: Size, sideWidthPx: number, belowHeightPx: number, minSidePx = 0): 'side' | 'below' {
  const side = Math.min(box.widthPx - sideWidthPx, box.heightPx);
  if (side < minSidePx) return 'below';
  const below = Math.min(box.widthPx, box.heightPx - belowHeightPx);
  return side > below ? 'side' : 'below';
}

/** The plane's margins around its square (axes and tick labels), as drawn by DataPlane. */
export const PLANE_MARGIN_PX = { horizontal: 34, vertical: 28 } as const;

/** The side of the plane's square that fits a box (margins included in the box), within [minPx, maxPx]. */
export function planeSizeIn(box: Size, minPx: number, maxPx: number): number {
  const fit = Math.min(box.widthPx - PLANE_MARGIN_PX.horizontal, box.heightPx - PLANE_MARGIN_PX.vertical);
  return Math.floor(clamp(fit, minPx, maxPx));
}

/**
 * The zoom of the network diagram (drawn at `natural` size at zoom 1) so that it fits `box` and takes at
 * most `maxWidthShare` of its width, never above `maxZoom` and never below 0.4.
 */
export function networkZoom(box: Size, natural: Size, maxZoom: number, maxWidthShare = 1): number {
  if (!(natural.widthPx > 0 && natural.heightPx > 0)) return 1;
  const fit = Math.min((box.widthPx * maxWidthShare) / natural.widthPx, box.heightPx / natural.heightPx, maxZoom);
  return Math.round(clamp(fit, 0.4, MAX_SCALE) * 1000) / 1000;
}
