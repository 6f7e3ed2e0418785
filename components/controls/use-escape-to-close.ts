'use client';

import { useEffect, type RefObject } from 'react';

/**
 * While `isOpen`, Escape anywhere on the page calls `close` and gives the focus back to the
 * control that opened the popup (`returnFocus`), as a disclosure should.
 */
export function useEscapeToClose(isOpen: boolean, close: () => void, returnFocus: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    if (!isOpen) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      close();
      returnFocus.current?.focus();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [isOpen, close, returnFocus]);
}
