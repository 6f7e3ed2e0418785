import { preferredForwardMode, type ForwardMode } from '../lib/model/forward-backward';
import { isSameNetwork } from '../lib/model/network';
import { createTrainer, preferredTrainingPath, type Trainer } from '../lib/model/trainer';
import type { BackendChoice, BackendOptions } from './backend-selection';
import type {
  BackendCalibration,
  BackendName,
  BackendPreference,
  LabeledPoint,
  NetworkSpec,
  SnapshotListener,
  TrainConfig,
  TrainingSnapshot,
} from '../lib/protocol';
import { createEpochThrottle } from './epoch-throttle';
import { createRateMeter } from './rate-meter';

export interface TrainerDeps {
  initBackend(preference: BackendPreference, options: BackendOptions): Promise<BackendChoice>;
  now(): number;
  /** Lets queued messages (pause, configure, setPoints) run; should not be clamped like setTimeout. */
  yieldToEventLoop(): Promise<void>;
  /** Last touch before listeners see a snapshot (the worker marks its buffers for transfer). */
  prepareSnapshot?(snapshot: TrainingSnapshot): TrainingSnapshot;
  /** Waits while throttled or idle; defaults to setTimeout. */
  sleep?(ms: number): Promise<void>;
}

/** Training time per slice before yielding. */
export const SLICE_MS = 10;
/** At most one snapshot per display frame. */
export const PUBLISH_INTERVAL_MS = 16;
/**
 * Largest share of the time building snapshots may take while training: with steps as cheap as the fused
 * kernel makes them, a 100 × 100 grid of a deep network (≈ 20 ms) every 16 ms would leave no time to
 * train, so a slow snapshot stretches the interval to snapshotMs / MAX_PUBLISH_SHARE.
 */
export const MAX_PUBLISH_SHARE = 1 / 3;
/** Boundary and neuron maps are gridSize × gridSize; the page lowers it while a point is dragged. */
export const DEFAULT_GRID_SIZE = 100;
/** Longest single wait while throttled, so speed changes take effect soon. */
const MAX_WAIT_MS = 50;

const defaultSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export function createTrainerApi(deps: TrainerDeps) {
  const sleep = deps.sleep ?? defaultSleep;
  const listeners: SnapshotListener[] = [];
  const meter = createRateMeter();
  const throttle = createEpochThrottle();
  let backendReady: Promise<{ backend: BackendName; calibration: BackendCalibration; forwardMode: ForwardMode }> | null =
    null;
  let trainer: Trainer | null = null;
  let points: readonly LabeledPoint[] = [];
  let pointsVersion = 0;
  let trainConfig: TrainConfig | null = null;
  let spec: NetworkSpec | null = null;
  let gridSize = DEFAULT_GRID_SIZE;
  let isPlaying = false;
  /** Bumped by play, pause, step and reset: a loop whose id is stale stops. */
  let loopId = 0;
  let totalSteps = 0;
  let totalEpochs = 0;
  let publishing: Promise<unknown> = Promise.resolve();

  function emit(snapshot: TrainingSnapshot): void {
    const prepared = deps.prepareSnapshot ? deps.prepareSnapshot(snapshot) : snapshot;
    for (const listener of listeners) {
      // A Comlink proxy returns a promise that rejects once the page has gone; nothing to do then.
      const result: unknown = listener(prepared);
      if (result instanceof Promise) result.catch(() => undefined);
    }
  }

  /** Builds and emits a snapshot; snapshots are built one at a time, in call order. */
  function publish(): Promise<TrainingSnapshot | null> {
    const next = publishing.then(async () => {
      if (!trainer) return null;
      const rates = isPlaying ? meter.rates() : { stepsPerSecond: 0, epochsPerSecond: 0 };
      const snapshot = await trainer.snapshot(gridSize, { isTraining: isPlaying, ...rates });
      if (snapshot.hasDiverged && isPlaying) stopPlaying();
      snapshot.isTraining = isPlaying;
      snapshot.pointsVersion = pointsVersion;
      emit(snapshot);
      return snapshot;
    });
    publishing = next.catch(() => undefined);
    return next;
  }

  function stopPlaying(): void {
    isPlaying = false;
    loopId += 1;
  }

  function recordProgress(result: { steps: number; epochsCompleted: number }): void {
    totalSteps += result.steps;
    totalEpochs += result.epochsCompleted;
    meter.record(deps.now(), totalSteps, totalEpochs);
  }

  function hasReachedUntil(t: Trainer, config: TrainConfig): boolean {
    return config.untilEpoch !== null && t.progress().epoch >= config.untilEpoch;
  }

  /** One time slice of training; returns how long to wait before the next (0: just yield). */
  function trainSlice(t: Trainer, config: TrainConfig): number {
    const startMs = deps.now();
    const { epoch, stepsPerEpoch } = t.progress();
    if (stepsPerEpoch === 0) return PUBLISH_INTERVAL_MS;
    let stopAtEpoch = config.untilEpoch ?? Infinity;
    const rate = config.maxEpochsPerSecond;
    if (rate !== null && rate > 0) {
      const allowed = throttle.allowedEpoch(startMs, rate);
      if (epoch >= allowed) return Math.min(MAX_WAIT_MS, Math.max(1, throttle.msUntilNext(startMs, epoch, rate)));
      stopAtEpoch = Math.min(stopAtEpoch, allowed);
    }
    recordProgress(t.train({ maxSteps: Infinity, deadlineMs: startMs + SLICE_MS, now: deps.now, stopAtEpoch }));
    return 0;
  }

  async function runLoop(id: number): Promise<void> {
    let lastPublishMs = -Infinity;
    let publishIntervalMs = PUBLISH_INTERVAL_MS;
    while (isPlaying && id === loopId && trainer && trainConfig) {
      const waitMs = trainSlice(trainer, trainConfig);
      if (hasReachedUntil(trainer, trainConfig)) {
        stopPlaying();
        await publish();
        return;
      }
      if (deps.now() - lastPublishMs >= publishIntervalMs) {
        lastPublishMs = deps.now();
        await publish();
        publishIntervalMs = Math.max(PUBLISH_INTERVAL_MS, (deps.now() - lastPublishMs) / MAX_PUBLISH_SHARE);
      }
      await (waitMs > 0 ? sleep(waitMs) : deps.yieldToEventLoop());
    }
  }

  async function requireTrainer(): Promise<Trainer | null> {
    if (!backendReady) throw new Error('Call init() before using the trainer');
    await backendReady;
    return trainer;
  }

  const api = {
    /**
     * Starts the backend; call once, first. 'auto' calibrates: `calibration` holds the steps/s measured on
     * each candidate (options.network and options.trainConfig pick the network measured).
     */
    async init(
      preference: BackendPreference,
      options: BackendOptions = {},
    ): Promise<{ backend: BackendName; calibration: BackendCalibration }> {
      backendReady ??= deps.initBackend(preference, options).then(async (choice) => ({
        ...choice,
        forwardMode: await preferredForwardMode(choice.backend),
      }));
      const { backend, calibration } = await backendReady;
      return { backend, calibration };
    },

    async subscribe(listener: SnapshotListener): Promise<void> {
      listeners.push(listener);
    },

    /** A spec that differs from the current one re-initialises the weights; otherwise they are kept. */
    async configure(nextSpec: NetworkSpec, nextConfig: TrainConfig): Promise<void> {
      await requireTrainer();
      const { backend, forwardMode } = await backendReady!;
      if (!trainer) {
        trainer = createTrainer({
          spec: nextSpec,
          trainConfig: nextConfig,
          points,
          forwardMode,
          backend,
          path: preferredTrainingPath(backend),
        });
      } else if (!spec || !isSameNetwork(spec, nextSpec)) {
        trainer.setNetwork(nextSpec);
      }
      trainer.setTrainConfig(nextConfig);
      spec = nextSpec;
      trainConfig = nextConfig;
      throttle.start(deps.now(), trainer.progress().epoch);
      if (!isPlaying) await publish();
    },

    /** Weights are kept; while training, the next snapshot reflects the new points. */
    /** `version` is echoed in later snapshots, so the page can tell when an edit is reflected. */
    async setPoints(nextPoints: LabeledPoint[], version = 0): Promise<void> {
      points = nextPoints;
      pointsVersion = version;
      const t = await requireTrainer();
      if (!t) return;
      t.setPoints(nextPoints);
      if (!isPlaying) await publish();
    },

    async setGridSize(size: number): Promise<void> {
      gridSize = Math.max(1, Math.floor(size));
      if ((await requireTrainer()) && !isPlaying) await publish();
    },

    /** Starts the training loop and returns at once. */
    async play(): Promise<void> {
      const t = await requireTrainer();
      if (!t || !trainConfig || isPlaying) return;
      if (hasReachedUntil(t, trainConfig)) {
        await publish();
        return;
      }
      isPlaying = true;
      loopId += 1;
      meter.reset();
      meter.record(deps.now(), totalSteps, totalEpochs);
      throttle.start(deps.now(), t.progress().epoch);
      void runLoop(loopId);
    },

    async pause(): Promise<void> {
      const wasPlaying = isPlaying;
      stopPlaying();
      if (wasPlaying) await publish();
    },

    /** Pauses, trains exactly one more epoch, then publishes a snapshot. */
    async step(): Promise<void> {
      const t = await requireTrainer();
      if (!t) return;
      stopPlaying();
      const id = loopId;
      const target = t.progress().epoch + 1;
      while (id === loopId && t.progress().stepsPerEpoch > 0 && t.progress().epoch < target) {
        recordProgress(t.train({ maxSteps: Infinity, deadlineMs: deps.now() + SLICE_MS, now: deps.now, stopAtEpoch: target }));
        if (t.progress().epoch < target) await deps.yieldToEventLoop();
      }
      await publish();
    },

    /** Back to the initial weights of the seed, epoch 0; paused. The same run replays exactly. */
    async reset(): Promise<void> {
      const t = await requireTrainer();
      if (!t) return;
      stopPlaying();
      t.reset();
      await publish();
    },
  };
  return api;
}
