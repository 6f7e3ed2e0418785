import { rgb } from 'd3-color';

/** WCAG 2 relative luminance of a CSS colour (its alpha ignored): 0 for black, 1 for white. */
export function relativeLuminance(color: string): number {
  const { r, g, b } = rgb(color);
  const linear = (channel: number) => {
    const s = channel / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/**
 * WCAG 2 contrast ratio of two opaque CSS colours, from 1 (equal) to 21 (black on white); symmetric.
 * Text needs 4.5, graphics (lines, marks, outlines) 3.
 */
export function contrastRatio(foreground: string, background: string): number {
  const a = relativeLuminance(foreground);
  const b = relativeLuminance(background);
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}

/** `color` drawn at `alpha` over an opaque `background`, as a hex colour (sRGB blending, as browsers do). */
export function composite(color: string, alpha: number, background: string): string {
  const top = rgb(color);
  const bottom = rgb(background);
  const mix = (t: number, u: number) => Math.round(t * alpha + u * (1 - alpha));
  return rgb(mix(top.r, bottom.r), mix(top.g, bottom.g), mix(top.b, bottom.b)).formatHex();
}
