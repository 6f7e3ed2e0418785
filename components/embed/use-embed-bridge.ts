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
import type { PlaygroundHandle } from '@/components/playground/playground';

/** Progress messages per second, at most. */
const PROGRESS_PER_SECOND = 4;

/**
 * The embed's postMessage API: commands from the parent window only (validated), and ready,
 * progress, resize and error messages back to it. Does nothing outside an iframe.
 */
export function useEmbedBridge(rootRef: React.RefObject<HTMLElement | null>) {
  const handleRef = useRef<PlaygroundHandle | null>(null);
  const lastProgressMs = useRef(-Infinity);
  const wasTraining = useRef(false);
  const hasSentReady = useRef(false);

  const post = useCallback((message: OutboundMessage) => {
    if (window.parent !== window) window.parent.postMessage(message, '*');
  }, []);

  const onHandle = useCallback((handle: PlaygroundHandle) => {
    handleRef.current = handle;
  }, []);

  const onSnapshot = useCallback(
    (snapshot: TrainingSnapshot) => {
      const handle = handleRef.current;
      if (!hasSentReady.current && handle) {
        hasSentReady.current = true;
        post(readyMessage(handle.getState().config));
      }
      const now = performance.now();
      const hasStopped = wasTraining.current && !snapshot.isTraining;
      wasTraining.current = snapshot.isTraining;
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
      const handle = handleRef.current;
      const parsed = parseInboundMessage(event.data);
      if (!parsed.ok) {
        post(errorMessage('invalidMessage', `Ignored a message: ${parsed.reason}${parsed.detail ? ` (${parsed.detail})` : ''}.`));
        return;
      }
      if (!handle) {
        post(errorMessage('internal', 'The playground is still loading; send the message after "ready".', parsed.message.requestId));
        return;
      }
      const message = parsed.message;
      switch (message.type) {
        case 'play':
        case 'pause':
        case 'step':
        case 'reset':
          handle[message.type]();
          break;
        case 'getState': {
          const { config, points } = handle.getState();
          post(stateMessage(config, points, message.requestId));
          break;
        }
        case 'setConfig': {
          const { config, notices } = applyConfigPatch(handle.getState().config, message.config);
          handle.setConfig(config);
          for (const n of notices) post(errorMessage('invalidConfig', `Ignored ${n.param}=${n.value}; kept ${n.usedInstead}.`, message.requestId));
          break;
        }
        case 'setPoints':
          handle.setPoints(message.points.map((p) => ({ x1: p.x1, x2: p.x2, label: p.label, split: p.split ?? 'train' })));
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

  return { onHandle, onSnapshot };
}
