'use client';

import { useCallback, useEffect, useRef } from 'react';
import type { TrainingSnapshot } from '@/lib/protocol';
import {
  applyConfigPatch,
  errorMessage,
  parseInboundMessage,
  progressMessage,
  readyMessage,
  resizeMessage,
  stateMessage,
  type OutboundMessage,
} from '@/lib/share';
import type { PlaygroundState } from '@/components/playground/playground';

/** Progress messages per second, at most. */
const PROGRESS_PER_SECOND = 4;

/**
 * The embed's postMessage API: commands from the parent window only (validated), and ready,
 * progress, resize and error messages back to it. Does nothing outside an iframe. It reads and edits
 * the playground's `state` as the playground itself does, and sends run commands down its channel;
 * returns the playground's onSnapshot.
 */
export function useEmbedBridge(rootRef: React.RefObject<HTMLElement | null>, state: PlaygroundState) {
  const stateRef = useRef(state);
  useEffect(() => {
    stateRef.current = state;
  });
  const lastProgressMs = useRef(-Infinity);
  const hasSentReady = useRef(false);

  const post = useCallback((message: OutboundMessage) => {
    if (window.parent !== window) window.parent.postMessage(message, '*');
  }, []);

  const onSnapshot = useCallback(
    (snapshot: TrainingSnapshot, hasStopped: boolean) => {
      if (!hasSentReady.current) {
        hasSentReady.current = true;
        post(readyMessage(stateRef.current.getConfig()));
      }
      const now = performance.now();
      // The final state of a run is always sent, whatever the rate limit.
      if (hasStopped || now - lastProgressMs.current >= 1000 / PROGRESS_PER_SECOND) {
        lastProgressMs.current = now;
        post(progressMessage(snapshot));
      }
      if (snapshot.hasDiverged && hasStopped) post(errorMessage('diverged', `The cost diverged at epoch ${snapshot.epoch}.`));
    },
    [post],
  );

  useEffect(() => {
    const onMessage = (event: MessageEvent) => {
      // Only the page that embeds us may drive us; everything else is ignored.
      if (event.source !== window.parent || window.parent === window) return;
      const playground = stateRef.current;
      const parsed = parseInboundMessage(event.data);
      if (!parsed.ok) {
        post(errorMessage('invalidMessage', `Ignored a message: ${parsed.reason}${parsed.detail ? ` (${parsed.detail})` : ''}.`));
        return;
      }
      const message = parsed.message;
      switch (message.type) {
        case 'play':
        case 'pause':
        case 'step':
        case 'reset':
          playground.commands.send(message.type);
          break;
        case 'getState':
          post(stateMessage(playground.getConfig(), playground.pointsStore.get().points, message.requestId));
          break;
        case 'setConfig': {
          const { config, notices } = applyConfigPatch(playground.getConfig(), message.config);
          playground.loadConfig(config);
          for (const n of notices) post(errorMessage('invalidConfig', `Ignored ${n.param}=${n.value}; kept ${n.usedInstead}.`, message.requestId));
          break;
        }
        case 'setPoints':
          playground.editPoints(
            message.points.map((p) => ({ x1: p.x1, x2: p.x2, label: p.label, split: p.split ?? 'train' })),
            { isReplacement: true },
          );
          break;
      }
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [post]);

  // The content height, so the host can size the iframe.
  useEffect(() => {
    const root = rootRef.current;
    if (!root || typeof ResizeObserver === 'undefined') return;
    let lastHeight = -1;
    const observer = new ResizeObserver(() => {
      const height = Math.ceil(root.scrollHeight);
      if (height === lastHeight) return;
      lastHeight = height;
      post(resizeMessage(height));
    });
    observer.observe(root);
    return () => observer.disconnect();
  }, [rootRef, post]);

  return onSnapshot;
}
