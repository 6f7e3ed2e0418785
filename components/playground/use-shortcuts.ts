'use client';

import { useEffect, useRef } from 'react';
import { isTypingTarget, shortcutFor, type ShortcutAction } from './shortcuts';

/**
 * Runs `handlers[action]` for the documented keys anywhere on the page, except while the visitor
 * types in a field (Ctrl+Z there is the field's own undo). Space is taken from focused buttons too, so it always means play/pause.
 */
export function useShortcuts(handlers: Partial<Record<ShortcutAction, () => void>>, isEnabled = true): void {
  const handlersRef = useRef(handlers);
  useEffect(() => {
    handlersRef.current = handlers;
  });

  useEffect(() => {
    if (!isEnabled) return;
    let isSpaceTaken = false;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || isTypingTarget(event.target as HTMLElement | null)) return;
      const action = shortcutFor(event);
      const handler = action ? handlersRef.current[action] : undefined;
      if (!handler) return;
      // Keys that a focused control handles itself (arrows on sliders, Delete in the plane's own
      // keyboard mode) stay with that control.
      if ((action === 'step' || action === 'stepBack') && (event.target as HTMLElement | null)?.closest?.('input,[role="slider"],[data-keyboard-plane]')) return;
      event.preventDefault();
      if (event.key === ' ') isSpaceTaken = true;
      // Holding Ctrl+Z walks back step by step; the other keys act once per press.
      if (!event.repeat || action === 'undo' || action === 'redo') handler();
    };
    // A focused button would otherwise also "click" on Space's keyup.
    const onKeyUp = (event: KeyboardEvent) => {
      if (event.key === ' ' && isSpaceTaken) {
        isSpaceTaken = false;
        event.preventDefault();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    window.addEventListener('keyup', onKeyUp);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      window.removeEventListener('keyup', onKeyUp);
    };
  }, [isEnabled]);
}
