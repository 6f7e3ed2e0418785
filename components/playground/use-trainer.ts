'use client';

import * as Comlink from 'comlink';
import { useEffect, useRef, useState } from 'react';
import type { BackendCalibration, BackendName, BackendPreference, NetworkSpec, TrainConfig, TrainingSnapshot } from '@/lib/protocol';
import type { TrainerApi } from '@/workers/trainer.worker';

export type TrainerRemote = Comlink.Remote<TrainerApi>;

export interface TrainerState {
  /** Set once the worker has chosen its backend and is listening. */
  api: TrainerRemote | null;
  backend: BackendName | null;
  /** Steps/s measured on each backend when `auto` chose (empty when a backend was forced). */
  calibration: BackendCalibration;
  error: string | null;
}

const basePath = process.env.NEXT_PUBLIC_BASE_PATH ?? '';

/**
 * Owns the trainer worker: creates it, wraps it with Comlink, subscribes to its snapshots and
 * terminates it on unmount. Nothing else creates workers.
 */
export function useTrainer(
  preference: BackendPreference,
  onSnapshot: (snapshot: TrainingSnapshot) => void,
  /** The network `auto` calibrates on: the one the page starts with. */
  initial: { network: NetworkSpec; trainConfig: TrainConfig },
): TrainerState {
  const [state, setState] = useState<TrainerState>({ api: null, backend: null, calibration: {}, error: null });
  const initialRef = useRef(initial);
  const onSnapshotRef = useRef(onSnapshot);
  useEffect(() => {
    onSnapshotRef.current = onSnapshot;
  }, [onSnapshot]);

  useEffect(() => {
    const worker = new Worker(new URL('../../workers/trainer.worker.ts', import.meta.url), {
      type: 'module',
    });
    const api = Comlink.wrap<TrainerApi>(worker);
    let isCurrent = true;
    const fail = (message: string) => {
      if (isCurrent) setState((s) => ({ ...s, error: message }));
    };
    worker.addEventListener('error', (event) => fail(event.message || 'worker error'));

    (async () => {
      const wasmBaseUrl = new URL(`${basePath}/tfjs/`, window.location.origin).href;
      const { backend, calibration } = await api.init(preference, { wasmBaseUrl, ...initialRef.current });
      await api.subscribe(
        Comlink.proxy((snapshot: TrainingSnapshot) => onSnapshotRef.current(snapshot)),
      );
      if (isCurrent) setState({ api, backend, calibration, error: null });
    })().catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)));

    return () => {
      isCurrent = false;
      api[Comlink.releaseProxy]();
      worker.terminate();
      setState({ api: null, backend: null, calibration: {}, error: null });
    };
  }, [preference]);

  return state;
}
