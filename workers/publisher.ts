/**
 * The publisher: builds snapshots one at a time, in call order, and hands each to every listener.
 * The snapshot itself is built by the trainer (lib/model/trainer.ts); this adds what only the worker
 * knows (playing, rates, the points version, a notice, the engines' measurements), the network's health
 * figures at their own pace and the diagnoses they lead to, and keeps the newest checkpoint.
 */
import { createDiagnosticsTracker } from '../lib/diagnostics/detect';
import { parameterCount } from '../lib/engine/engine';
import { checkpointOf } from '../lib/model/checkpoint';
import { layerSizes } from '../lib/model/network';
import type { Trainer } from '../lib/model/trainer';
import type { NetworkHealth, SnapshotListener, TrainingSnapshot, ViewOptions } from '../lib/protocol';
import type { EngineSession } from './engine-session';
import type { RunLoop } from './run-loop';
import { gridSizeOf } from './view-options';

/** While training or dragging, health figures are refreshed at most this often: a diagnostic needs seconds, not frames. */
export const HEALTH_INTERVAL_MS = 250;
/** …and they take at most this share of the time: a wide network's passes stretch the interval instead. */
export const HEALTH_TIME_SHARE = 0.1;
/** …over at most this many training points, evenly sampled: enough to tell a dead or saturated unit, and a bounded cost on 5,000 points. */
export const HEALTH_EXAMPLES = 500;

export interface PublisherHost {
  now(): number;
  session: EngineSession;
  loop: RunLoop;
  view(): ViewOptions;
  /** The version of the newest points (setPoints'). */
  pointsVersion(): number;
  /** Last touch before listeners see a snapshot (the worker marks its buffers for transfer). */
  prepareSnapshot?(snapshot: TrainingSnapshot): TrainingSnapshot;
}

export interface Publisher {
  addListener(listener: SnapshotListener): void;
  /** Builds and emits a snapshot of the current state; null when there is no trainer, or it was replaced meanwhile. */
  publish(): Promise<TrainingSnapshot | null>;
  /** Whether the points changed since the newest snapshot was started. */
  hasUnpublishedPoints(): boolean;
  /** Forgets a snapshot being built (a read from a lost WebGL context may never settle). */
  abandon(): void;
}

export function createPublisher(host: PublisherHost): Publisher {
  const listeners: SnapshotListener[] = [];
  let publishing: Promise<unknown> = Promise.resolve();
  let publishedPointsVersion = 0;
  const tracker = createDiagnosticsTracker();
  let health: { figures: NetworkHealth | null; dueMs: number; runId: number } | null = null;

  /** The health figures to send: refreshed when idle, after a reset, and otherwise once they are due. */
  async function healthOf(trainer: Trainer): Promise<NetworkHealth | null> {
    const startMs = host.now();
    const { runId } = trainer.progress();
    const isBusy = host.loop.isPlaying() || host.view().isDragging;
    if (!health || health.runId !== runId || !isBusy || startMs >= health.dueMs) {
      const figures = await trainer.health(HEALTH_EXAMPLES);
      const tookMs = host.now() - startMs;
      health = { figures, dueMs: startMs + Math.max(HEALTH_INTERVAL_MS, tookMs / HEALTH_TIME_SHARE), runId };
    }
    return health.figures;
  }

  function emit(snapshot: TrainingSnapshot): void {
    const prepared = host.prepareSnapshot ? host.prepareSnapshot(snapshot) : snapshot;
    for (const listener of listeners) {
      // A Comlink proxy returns a promise that rejects once the page has gone; nothing to do then.
      const result: unknown = listener(prepared);
      if (result instanceof Promise) result.catch(() => undefined);
    }
  }

  async function build(): Promise<TrainingSnapshot | null> {
    const { session, loop } = host;
    const trainer = session.trainer();
    if (!trainer) return null;
    // The points this snapshot reflects: setPoints may replace them while it is being read.
    const pointsVersion = host.pointsVersion();
    publishedPointsVersion = pointsVersion;
    const notice = session.notice();
    const view = host.view();
    const measurements = session.measurements();
    const figures = await healthOf(trainer);
    const status = {
      isTraining: loop.isPlaying(),
      ...loop.rates(),
      pointsVersion,
      ...(notice ? { notice } : {}),
      ...(measurements ? { engineMeasurements: measurements } : {}),
      ...(figures ? { health: figures } : {}),
    };
    const current = session.spec();
    const snapshot = await trainer.snapshot(gridSizeOf(view, current ? parameterCount(layerSizes(current)) : 0), status, view.withGradients);
    // The trainer was replaced (another backend) while this one was read: its figures are stale.
    if (trainer !== session.trainer()) return null;
    if (snapshot.hasDiverged && loop.isPlaying()) loop.stop();
    const spec = session.spec();
    const config = session.trainConfig();
    if (spec && config) {
      const diagnostics = tracker.observe({ ...snapshot, hiddenActivations: spec.hidden.map((l) => l.activation), learningRate: config.learningRate });
      if (diagnostics.length) snapshot.diagnostics = diagnostics;
    }
    if (notice) session.clearNotice(notice);
    const checkpoint = checkpointOf(snapshot);
    if (checkpoint) session.keep(checkpoint);
    emit(snapshot);
    // After the page has it: a workload that changed class is measured, and may move to other engines.
    if (checkpoint) await session.routeEngines(checkpoint);
    return snapshot;
  }

  return {
    addListener: (listener) => void listeners.push(listener),
    publish() {
      const next = publishing.then(build);
      publishing = next.catch(() => undefined);
      return next;
    },
    hasUnpublishedPoints: () => host.pointsVersion() !== publishedPointsVersion,
    abandon() {
      publishing = Promise.resolve();
    },
  };
}
