'use client';

import { useEffect, useState } from 'react';
import type { Size } from './fit-layout';

/**
 * The content box of an element, following resizes (ResizeObserver), in the element's own CSS px
 * (unaffected by a CSS zoom on it). Zero until measured; `key` re-attaches when the element changes.
 */
export function useBoxSize(ref: React.RefObject<HTMLElement | null>, key: unknown = null): Size {
  const [size, setSize] = useState<Size>({ widthPx: 0, heightPx: 0 });
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      if (!entry) return;
      const widthPx = Math.floor(entry.contentRect.width);
      const heightPx = Math.floor(entry.contentRect.height);
      setSize((s) => (s.widthPx === widthPx && s.heightPx === heightPx ? s : { widthPx, heightPx }));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, key]);
  return size;
}

/** The viewport's size while `isActive`, following resizes. */
export function useViewportSize(isActive: boolean): Size {
  const [size, setSize] = useState<Size>({ widthPx: 0, heightPx: 0 });
  useEffect(() => {
    if (!isActive) return;
    const measure = () => setSize({ widthPx: window.innerWidth, heightPx: window.innerHeight });
    measure();
    window.addEventListener('resize', measure);
    return () => window.removeEventListener('resize', measure);
  }, [isActive]);
  return size;
}
