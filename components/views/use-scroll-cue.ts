'use client';

import { useEffect, useState, type RefObject } from 'react';
import { scrollCue } from './scroll-cue';

/**
 * The width of a horizontally scrolling box and which ways it can scroll, kept up to date as it
 * scrolls, resizes or its content changes size.
 */
export function useScrollCue(ref: RefObject<HTMLElement | null>) {
  const [state, setState] = useState({ clientWidthPx: 0, canScrollLeft: false, canScrollRight: false });
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => {
      const next = { clientWidthPx: element.clientWidth, ...scrollCue(element.scrollLeft, element.clientWidth, element.scrollWidth) };
      setState((s) => (s.clientWidthPx === next.clientWidthPx && s.canScrollLeft === next.canScrollLeft && s.canScrollRight === next.canScrollRight ? s : next));
    };
    measure();
    element.addEventListener('scroll', measure, { passive: true });
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(measure);
    observer?.observe(element);
    if (element.firstElementChild) observer?.observe(element.firstElementChild);
    return () => {
      element.removeEventListener('scroll', measure);
      observer?.disconnect();
    };
  }, [ref]);
  return state;
}
