'use client';

import * as Comlink from 'comlink';
import { useEffect, useRef, useState } from 'react';
import type { BackendName, BackendPreference, TrainingSnapshot } from '@/lib/protocol';
import { checkpointOf } from '@/lib/model/checkpoint';
import type { TrainerApi } from '@/workers/trainer.worker';
import { isSameReadout, type EngineReadout } from '@/components/controls/engine-readout';
import { allowRestart, isTrainingNow, stallState } from './trainer-watchdog';
import { createTrainerControls, type SentState, type TrainerControls, type TrainerRemote } from './trainer-controls';

export type { TrainerControls, TrainerRemote } from './trainer-controls';

/** Something that went wrong and was survived, for the page to say (a new `id` each time). */
export type TrainerRecovery =
  | { id: number; kind: 'restarted' }
  | { id: number; kind: 'backendSwitched'; from: BackendName; to: BackendName };

export interface TrainerState {
  /** Set once the worker has chosen its backend and is listening. */
  api: TrainerControls | null;
  /** The backend training runs on now (it changes when a lost WebGL context moves training elsewhere). */
  backend: BackendName | null;
  /** The engines of the newest snapshot and what `auto` measured to choose them. */
  engines: EngineReadout | null;
  error: string | null;
  recovery: TrainerRecovery | null;
}

const basePath = process.env.NEXT_PUBLIC_BASE_PATH ?? '';
const WATCHDOG_INTERVAL_MS = 1000;
const INITIAL_STATE: TrainerState = { api: null, backend: null, engines: null, error: null, recovery: null };

function createTrainerWorker(): Worker {
  return new Worker(new URL('../../workers/trainer.worker.ts', import.meta.url), { type: 'module' });
}

/** Why each worker failed before the page listened to it (a script that did not load, say). */
const earlyErrors = new WeakMap<Worker, string>();

/**
 * A worker started as soon as this module runs in a browser, before React hydrates the page, so loading
 * and evaluating its script (TensorFlow.js) overlaps hydration instead of following it. The first
 * useTrainer takes it; restarts and later mounts create their own.
 */
let prestartedWorker: Worker | null = null;
if (typeof window !== 'undefined' && typeof Worker !== 'undefined') {
  const worker = createTrainerWorker();
  worker.addEventListener('error', (event) => earlyErrors.set(worker, event.message || 'worker error'), { once: true });
  prestartedWorker = worker;
}

function takeWorker(): Worker {
  const worker = prestartedWorker ?? createTrainerWorker();
  prestartedWorker = null;
  return worker;
}

/**
 * Owns the trainer worker: creates it, wraps it with Comlink, subscribes to its snapshots and
 * terminates it on unmount. When the worker throws an uncaught error, or sends no snapshot for a few
 * seconds while training (trainer-watchdog.ts), it is replaced by a new one that gets the page's
 * network, settings, points and the last good weights and epoch, and trains on if it was training.
 * Nothing else creates workers.
 */
export function useTrainer(
  preference: BackendPreference,
  onSnapshot: (snapshot: TrainingSnapshot) => void,
): TrainerState {
  const [state, setState] = useState<TrainerState>(INITIAL_STATE);
  const onSnapshotRef = useRef(onSnapshot);
  useEffect(() => {
    onSnapshotRef.current = onSnapshot;
  }, [onSnapshot]);

  useEffect(() => {
    const now = () => performance.now();
    let isCurrent = true;
    let worker: Worker | null = null;
    /** Null while a worker starts: calls are only remembered then. */
    let remote: TrainerRemote | null = null;
    let generation = 0;
    let isRestarting = false;
    let restartTimesMs: number[] = [];
    let recoveryId = 0;
    let backend: BackendName | null = null;
    let engines: EngineReadout | null = null;
    const sent: SentState = { spec: null, config: null, points: null, pointsVersion: 0, view: {} };
    let lastSnapshot: { isTraining: boolean; atMs: number } | null = null;
    /** The newest snapshot that had not diverged: its weights are what a restart goes on from. */
    let lastGood: TrainingSnapshot | null = null;
    let lastRequest: { isPlay: boolean; atMs: number } | null = null;
    let lastActivityMs = now();
    let lastCheckMs = now();

    const fail = (message: string) => {
      if (isCurrent) setState((s) => ({ ...s, error: message }));
    };
    const request = (isPlay: boolean) => {
      lastRequest = { isPlay, atMs: now() };
      if (isPlay) lastActivityMs = lastRequest.atMs;
    };

    const receive = (forGeneration: number, snapshot: TrainingSnapshot) => {
      if (!isCurrent || forGeneration !== generation) return;
      lastSnapshot = { isTraining: snapshot.isTraining, atMs: now() };
      lastActivityMs = lastSnapshot.atMs;
      if (!snapshot.hasDiverged) lastGood = snapshot;
      if (snapshot.backend !== backend) {
        backend = snapshot.backend;
        setState((s) => ({ ...s, backend: snapshot.backend }));
      }
      const readout: EngineReadout = { engine: snapshot.engine, gridEngine: snapshot.gridEngine, ...(snapshot.engineMeasurements ? { measurements: snapshot.engineMeasurements } : {}) };
      if (!isSameReadout(engines, readout)) {
        engines = readout;
        setState((s) => ({ ...s, engines: readout }));
      }
      const notice = snapshot.notice;
      if (notice?.kind === 'backendSwitched') {
        recoveryId += 1;
        setState((s) => ({ ...s, recovery: { id: recoveryId, ...notice } }));
      }
      onSnapshotRef.current(snapshot);
    };

    /** Starts a worker; with `resume`, hands it what the page has before it starts publishing. */
    const start = async (resume: boolean) => {
      generation += 1;
      const myGeneration = generation;
      const w = takeWorker();
      const r = Comlink.wrap<TrainerApi>(w);
      worker = w;
      const onError = (message: string) => {
        if (myGeneration === generation) void restart(message);
      };
      w.addEventListener('error', (event) => onError(event.message || 'worker error'));
      const earlyError = earlyErrors.get(w);
      if (earlyError) {
        onError(earlyError);
        return null;
      }
      const wasmBaseUrl = new URL(`${basePath}/tfjs/`, window.location.origin).href;
      const choice = await r.init(preference, { wasmBaseUrl });
      if (resume) {
        const used = { spec: sent.spec, config: sent.config, points: sent.points };
        if (used.spec && used.config) await r.configure(used.spec, used.config);
        if (used.points) await r.setPoints(used.points, sent.pointsVersion);
        await r.setViewOptions(sent.view);
        const checkpoint = lastGood && checkpointOf(lastGood);
        if (checkpoint) await r.restore(checkpoint);
        // Edits made while the worker started.
        if (sent.spec && sent.config && (sent.spec !== used.spec || sent.config !== used.config)) await r.configure(sent.spec, sent.config);
        if (sent.points && sent.points !== used.points) await r.setPoints(sent.points, sent.pointsVersion);
      }
      // The worker publishes its current state to a new subscriber.
      await r.subscribe(Comlink.proxy((snapshot: TrainingSnapshot) => receive(myGeneration, snapshot)));
      if (myGeneration !== generation) return null;
      remote = r;
      backend = choice.backend;
      return choice;
    };

    const stopWorker = () => {
      if (remote) remote[Comlink.releaseProxy]();
      remote = null;
      worker?.terminate();
      worker = null;
    };

    const restart = async (reason: string) => {
      if (!isCurrent || isRestarting) return;
      const allowed = allowRestart(restartTimesMs, now());
      restartTimesMs = allowed.times;
      if (!allowed.isAllowed) {
        stopWorker();
        fail(reason);
        return;
      }
      isRestarting = true;
      const wasTraining = isTrainingNow(lastRequest, lastSnapshot);
      stopWorker();
      try {
        const choice = await start(true);
        if (!choice || !isCurrent) return;
        if (wasTraining) {
          request(true);
          await remote?.play();
        }
        recoveryId += 1;
        const recovery: TrainerRecovery = { id: recoveryId, kind: 'restarted' };
        setState((s) => ({ ...s, api: controls, error: null, backend: choice.backend, recovery }));
      } catch (error) {
        fail(error instanceof Error ? error.message : String(error));
      } finally {
        isRestarting = false;
        lastActivityMs = now();
      }
    };

    const controls = createTrainerControls({ remote: () => remote, sent, request });

    const watchdog = setInterval(() => {
      const nowMs = now();
      const verdict = stallState({
        nowMs,
        lastActivityMs,
        lastCheckMs,
        isPlaying: isTrainingNow(lastRequest, lastSnapshot),
        backend,
      });
      lastCheckMs = nowMs;
      if (verdict === 'suspended') lastActivityMs = nowMs;
      else if (verdict === 'stalled' && remote && !isRestarting) void restart('no response');
    }, WATCHDOG_INTERVAL_MS);

    start(false)
      .then((choice) => {
        if (choice && isCurrent) setState((s) => ({ ...INITIAL_STATE, engines: s.engines, api: controls, backend: choice.backend }));
      })
      .catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)));

    return () => {
      isCurrent = false;
      clearInterval(watchdog);
      stopWorker();
      setState(INITIAL_STATE);
    };
  }, [preference]);

  return state;
}
