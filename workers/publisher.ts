/**
 * The publisher: builds snapshots one at a time, in call order, and hands each to every listener.
 * The snapshot itself is built by the trainer (lib/model/trainer.ts); this adds what only the worker
 * knows (playing, rates, the points version, a notice) and keeps the newest checkpoint.
 */
import { checkpointOf } from '../lib/model/checkpoint';
import type { SnapshotListener, TrainingSnapshot } from '../lib/protocol';
import type { EngineSession } from './engine-session';
import type { RunLoop } from './run-loop';
import { gridSizeOf } from './view-options';
import type { ViewOptions } from '../lib/protocol';

export interface PublisherHost {
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
    const status = { isTraining: loop.isPlaying(), ...loop.rates(), pointsVersion, ...(notice ? { notice } : {}), ...(measurements ? { engineMeasurements: measurements } : {}) };
    const snapshot = await trainer.snapshot(gridSizeOf(view), status, view.withGradients);
    // The trainer was replaced (another backend) while this one was read: its figures are stale.
    if (trainer !== session.trainer()) return null;
    if (snapshot.hasDiverged && loop.isPlaying()) loop.stop();
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
