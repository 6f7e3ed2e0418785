'use client';

import { useLayoutEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { placeTooltip, type Size } from './tooltip-placement';

export interface TooltipAnchor {
  text: string;
  /** The pointer, in viewport pixels. */
  clientXPx: number;
  clientYPx: number;
}

/**
 * The diagram's hover text, drawn on the page's top layer (so no scrolling panel clips it) and placed
 * by `placeTooltip` to stay inside the viewport. It is measured whenever its text changes (its width is
 * its text's, wherever it sits), then placed.
 */
export function DiagramTooltip({ anchor }: { anchor: TooltipAnchor | null }) {
  const ref = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState<Size | null>(null);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const box = element.getBoundingClientRect();
    if (!size || box.width !== size.widthPx || box.height !== size.heightPx) setSize({ widthPx: box.width, heightPx: box.height });
  }, [anchor?.text, size]);
  if (!anchor || typeof document === 'undefined') return null;
  const viewport = { widthPx: document.documentElement.clientWidth, heightPx: document.documentElement.clientHeight };
  const placed = placeTooltip({ leftPx: anchor.clientXPx, topPx: anchor.clientYPx, widthPx: 0, heightPx: 0 }, size ?? { widthPx: 0, heightPx: 0 }, viewport);
  // Placed in viewport px; a CSS zoom on the body (presenter mode) scales the fixed box's left and top.
  const bodyZoom = Number(getComputedStyle(document.body).zoom) || 1;
  return createPortal(
    <div
      ref={ref}
      data-testid="tooltip"
      role="tooltip"
      className="pointer-events-none fixed z-50 w-max max-w-[min(24rem,calc(100vw-8px))] rounded bg-slate-900 px-2 py-1 text-xs text-white shadow"
      style={{ left: placed.leftPx / bodyZoom, top: placed.topPx / bodyZoom, visibility: size ? 'visible' : 'hidden' }}
    >
      {anchor.text}
    </div>,
    document.body,
  );
}
