import * as Comlink from 'comlink';
import type { TrainingSnapshot } from '../lib/protocol';
import { fallbackBackend, initBackend } from './backend-selection';
import { watchContextLoss } from './context-loss';
import { createTrainerApi } from './trainer-api';

/** A macrotask without setTimeout's clamping: a message to ourselves. */
function createYield(): () => Promise<void> {
  const channel = new MessageChannel();
  const waiting: (() => void)[] = [];
  channel.port1.onmessage = () => waiting.shift()?.();
  return () =>
    new Promise<void>((resolve) => {
      waiting.push(resolve);
      channel.port2.postMessage(null);
    });
}

/** Moves (does not copy) every Float32Array of the snapshot to the page. */
function transferSnapshot(snapshot: TrainingSnapshot): TrainingSnapshot {
  const arrays = [
    ...snapshot.layerGrids,
    ...[...snapshot.params, ...snapshot.gradients].flatMap((p) => [p.W, p.b]),
    ...(snapshot.optimizerState?.slots ?? []),
  ];
  const buffers = new Set(arrays.map((a) => a.buffer as ArrayBuffer));
  return Comlink.transfer(snapshot, [...buffers]);
}

const api = createTrainerApi({
  initBackend,
  now: () => performance.now(),
  yieldToEventLoop: createYield(),
  prepareSnapshot: transferSnapshot,
  watchContextLoss,
  fallbackBackend,
  transfer: (value, buffers) => Comlink.transfer(value, buffers),
});

Comlink.expose(api);

export type TrainerApi = typeof api;
