import { preferredForwardMode, type ForwardMode } from '../lib/engine/tfjs/forward-backward';
import { unpackPoints } from '../lib/data/packed-points';
import { isSameNetwork, paramsFitNetwork } from '../lib/model/network';
import { createTrainer, preferredEngine, type Trainer } from '../lib/model/trainer';
import { restAfter } from '../lib/pacing/frame-pacing';
import type { BackendChoice, BackendOptions } from './backend-selection';
import type {
  BackendCalibration,
  BackendName,
  BackendPreference,
  LabeledPoint,
  LayerParams,
  NetworkSpec,
  OptimizerCheckpoint,
  SnapshotListener,
  TfjsModelArtifacts,
  TrainConfig,
  TrainerNotice,
  TrainingProgress,
  TrainingSnapshot,
} from '../lib/protocol';
import { createPacer } from './epoch-throttle';
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
  /**
   * Calls onLost when the current backend's WebGL context is lost (webgl only); returns a function that
   * stops listening. Without it, a lost context goes unnoticed.
   */
  watchContextLoss?(onLost: () => void): () => void;
  /** Starts the next backend after `from` that works (webgl → wasm → cpu); null when none does. */
  fallbackBackend?(from: BackendName, options: BackendOptions): Promise<BackendName | null>;
  /** Marks buffers of a result to be moved, not copied, to the page (the worker uses Comlink.transfer). */
  transfer?<T>(value: T, buffers: ArrayBuffer[]): T;
}

/** A copy of the newest published weights and where they were, to go on from after a backend switch. */
interface SavedState {
  params: LayerParams[];
  progress: TrainingProgress;
  optimizerState?: OptimizerCheckpoint;
}

const copyParams = (params: readonly LayerParams[]): LayerParams[] =>
  params.map((p) => ({ rows: p.rows, cols: p.cols, W: p.W.slice(), b: p.b.slice() }));

/** Training time per slice before yielding. */
export const SLICE_MS = 10;
/** While a point is dragged (setDragging), slices are shorter: an edit waits less. */
export const DRAG_SLICE_MS = 4;
/** At most one snapshot per display frame; while waiting on the speed limit, an unchanged one every two seconds (a sign of life for the watchdog). */
export const PUBLISH_INTERVAL_MS = 16;
export const IDLE_PUBLISH_INTERVAL_MS = 2000;
/**
 * Largest share of the time building snapshots may take while training: with steps as cheap as the fused
 * kernel makes them, a 100 × 100 grid of a deep network (≈ 20 ms) every 16 ms would leave no time to
 * train, so a slow snapshot stretches the interval to snapshotMs / MAX_PUBLISH_SHARE.
 */
export const MAX_PUBLISH_SHARE = 1 / 3;
/** Boundary and neuron maps are gridSize × gridSize… */
export const DEFAULT_GRID_SIZE = 100;
/** …coarser while a point is dragged (setDragging). */
export const DRAG_GRID_SIZE = 50;
/**
 * While a point is dragged, the loop trains at most this share of the time: what matters then is how soon
 * the boundary follows the pointer, and the page needs the CPU to draw it. Each edit wakes the loop at once.
 */
export const DRAG_TRAINING_SHARE = 0.5;
/** Longest single wait while throttled, so speed changes take effect soon. */
const MAX_WAIT_MS = 50;

const defaultSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export function createTrainerApi(deps: TrainerDeps) {
  const sleep = deps.sleep ?? defaultSleep;
  const listeners: SnapshotListener[] = [];
  const meter = createRateMeter();
  const pacer = createPacer(MAX_WAIT_MS);
  let backendReady: Promise<{ backend: BackendName; calibration: BackendCalibration; forwardMode: ForwardMode }> | null =
    null;
  let trainer: Trainer | null = null;
  let points: readonly LabeledPoint[] = [];
  let pointsVersion = 0;
  /** pointsVersion of the newest snapshot built. */
  let publishedPointsVersion = 0;
  let trainConfig: TrainConfig | null = null;
  let spec: NetworkSpec | null = null;
  let gridSize = DEFAULT_GRID_SIZE;
  let isDragging = false;
  /** Whether snapshots carry full-batch gradients (a backward pass over every training point each time). */
  let withGradients = true;
  /** Share of the time the loop trains; it rests for the rest (lib/pacing: the page keeps its frame rate). */
  let trainingShare = 1;
  /** Ends the loop's current rest early (an edit of the points while training). */
  let wakeLoop: (() => void) | null = null;
  let isPlaying = false;
  /** Bumped by play, pause, step and reset: a loop whose id is stale stops. */
  let loopId = 0;
  let totalSteps = 0;
  let totalEpochs = 0;
  let publishing: Promise<unknown> = Promise.resolve();
  let backendOptions: BackendOptions = {};
  let stopWatchingContext: (() => void) | null = null;
  let saved: SavedState | null = null;
  /** Said by the next snapshot, then cleared. */
  let pendingNotice: TrainerNotice | null = null;

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
      const t = trainer;
      if (!t) return null;
      const rates = isPlaying ? meter.rates() : { stepsPerSecond: 0, epochsPerSecond: 0 };
      // The points this snapshot reflects: setPoints may replace them while it is being read.
      const reflectedPointsVersion = pointsVersion;
      publishedPointsVersion = reflectedPointsVersion;
      const notice = pendingNotice ?? undefined;
      const snapshot = await t.snapshot(gridSize, { isTraining: isPlaying, ...rates, pointsVersion: reflectedPointsVersion, ...(notice ? { notice } : {}) }, withGradients);
      // The trainer was replaced (another backend) while this one was read: its figures are stale.
      if (t !== trainer) return null;
      if (snapshot.hasDiverged && isPlaying) stopPlaying();
      if (notice && pendingNotice === notice) pendingNotice = null;
      if (!snapshot.hasDiverged) {
        saved = {
          params: copyParams(snapshot.params),
          progress: { epoch: snapshot.epoch, step: snapshot.step, runId: snapshot.runId },
          ...(snapshot.optimizerState ? { optimizerState: { ...snapshot.optimizerState, slots: snapshot.optimizerState.slots.map((s) => s.slice()) } } : {}),
        };
      }
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

  /**
   * One time slice of training: how long to wait before the next (0: just yield), and whether its one step
   * must be published at once (a steps/s setting draws every step).
   */
  function trainSlice(t: Trainer, config: TrainConfig): { waitMs: number; mustPublish: boolean } {
    const startMs = deps.now();
    const progress = t.progress();
    if (progress.stepsPerEpoch === 0) return { waitMs: PUBLISH_INTERVAL_MS, mustPublish: false };
    const plan = pacer.plan(startMs, progress, config);
    if (plan.kind === 'wait') return { waitMs: plan.ms, mustPublish: false };
    const sliceMs = isDragging ? DRAG_SLICE_MS : SLICE_MS;
    const result = t.train({ maxSteps: plan.maxSteps, deadlineMs: startMs + sliceMs, now: deps.now, stopAtEpoch: plan.stopAtEpoch });
    recordProgress(result);
    return { waitMs: 0, mustPublish: plan.isStepwise && result.steps > 0 };
  }

  /** Sleeps `ms`, or less if wakeLoop is called meanwhile. */
  function rest(ms: number): Promise<void> {
    let wake: () => void = () => undefined;
    return new Promise<void>((resolve) => {
      wake = resolve;
      wakeLoop = wake;
      void sleep(ms).then(resolve);
    }).finally(() => {
      // A newer loop (play after pause) may be resting by now: leave its wake alone.
      if (wakeLoop === wake) wakeLoop = null;
    });
  }

  async function runLoop(id: number): Promise<void> {
    let lastPublishMs = -Infinity;
    let publishIntervalMs = PUBLISH_INTERVAL_MS;
    let publishedStep = -1;
    while (isPlaying && id === loopId && trainer && trainConfig) {
      const busySinceMs = deps.now();
      // An edit of the points (a drag) is shown at once, before the next slice of training.
      if (pointsVersion !== publishedPointsVersion) {
        lastPublishMs = deps.now();
        await publish();
        if (!isPlaying || id !== loopId) return;
      }
      let slice: { waitMs: number; mustPublish: boolean };
      try {
        slice = trainSlice(trainer, trainConfig);
      } catch (error) {
        // A lost WebGL context fails ops until the switch to another backend (which bumps loopId) runs.
        if (id !== loopId || isSwitching) return;
        throw error;
      }
      if (hasReachedUntil(trainer, trainConfig)) {
        stopPlaying();
        await publish();
        return;
      }
      const sinceMs = deps.now() - lastPublishMs;
      const hasNews = trainer.progress().step !== publishedStep;
      if (slice.mustPublish || (sinceMs >= publishIntervalMs && (hasNews || sinceMs >= IDLE_PUBLISH_INTERVAL_MS))) {
        lastPublishMs = deps.now();
        publishedStep = trainer.progress().step;
        await publish();
        publishIntervalMs = Math.max(PUBLISH_INTERVAL_MS, (deps.now() - lastPublishMs) / MAX_PUBLISH_SHARE);
      }
      const share = isDragging ? Math.min(trainingShare, DRAG_TRAINING_SHARE) : trainingShare;
      const restMs = slice.waitMs > 0 ? slice.waitMs : restAfter(deps.now() - busySinceMs, share);
      await (restMs > 0 ? rest(restMs) : deps.yieldToEventLoop());
    }
  }

  function createTrainerOn(backend: BackendName, forwardMode: ForwardMode, nextSpec: NetworkSpec, nextConfig: TrainConfig): Trainer {
    return createTrainer({ spec: nextSpec, trainConfig: nextConfig, points, forwardMode, backend, engine: preferredEngine(backend) });
  }

  /** Sets the trainer's weights and progress when they fit its network; returns whether they did. */
  function restoreInto(t: Trainer, params: readonly LayerParams[], progress: TrainingProgress, optimizerState?: OptimizerCheckpoint): boolean {
    if (!spec || !paramsFitNetwork(params, spec)) return false;
    t.setParams(params, optimizerState);
    t.restoreProgress(progress);
    return true;
  }

  let isSwitching = false;

  /**
   * The WebGL context is gone, and with it every tensor on the GPU: start the next backend, rebuild the
   * trainer there from the newest published weights and epoch, and carry on as before (playing or not).
   */
  async function switchBackendAfterContextLoss(): Promise<void> {
    if (isSwitching || !backendReady) return;
    isSwitching = true;
    const wasPlaying = isPlaying;
    stopPlaying();
    stopWatchingContext?.();
    stopWatchingContext = null;
    // A read from the lost context may never settle: later snapshots must not wait for it.
    publishing = Promise.resolve();
    try {
      const { backend: from, calibration } = await backendReady;
      const to = (await deps.fallbackBackend?.(from, backendOptions)) ?? null;
      if (!to) return;
      const forwardMode = await preferredForwardMode(to);
      backendReady = Promise.resolve({ backend: to, calibration, forwardMode });
      const old = trainer;
      trainer = null;
      try {
        old?.dispose();
      } catch {
        // Its textures went with the context.
      }
      if (spec && trainConfig) {
        trainer = createTrainerOn(to, forwardMode, spec, trainConfig);
        if (saved) restoreInto(trainer, saved.params, saved.progress, saved.optimizerState);
        pacer.start(deps.now(), trainer.progress(), trainConfig);
      }
      pendingNotice = { kind: 'backendSwitched', from, to };
    } finally {
      isSwitching = false;
    }
    if (wasPlaying) await api.play();
    else await publish();
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
      if (!backendReady) {
        backendOptions = options;
        backendReady = deps.initBackend(preference, options).then(async (choice) => {
          if (choice.backend === 'webgl' && deps.watchContextLoss) {
            stopWatchingContext = deps.watchContextLoss(() => void switchBackendAfterContextLoss());
          }
          return { ...choice, forwardMode: await preferredForwardMode(choice.backend) };
        });
      }
      const { backend, calibration } = await backendReady;
      return { backend, calibration };
    },

    /** Adds a listener; once the trainer exists and is idle, the listener gets the current state at once. */
    async subscribe(listener: SnapshotListener): Promise<void> {
      listeners.push(listener);
      if (trainer && !isPlaying) await publish();
    },

    /** A spec that differs from the current one re-initialises the weights; otherwise they are kept. */
    async configure(nextSpec: NetworkSpec, nextConfig: TrainConfig): Promise<void> {
      await requireTrainer();
      const { backend, forwardMode } = await backendReady!;
      if (!trainer) {
        trainer = createTrainerOn(backend, forwardMode, nextSpec, nextConfig);
      } else if (!spec || !isSameNetwork(spec, nextSpec)) {
        trainer.setNetwork(nextSpec);
      }
      trainer.setTrainConfig(nextConfig);
      spec = nextSpec;
      trainConfig = nextConfig;
      pacer.start(deps.now(), trainer.progress(), trainConfig);
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
      else wakeLoop?.();
    },

    /** setPoints with the points packed (lib/data/packed-points.ts): the page moves, not copies, them. */
    async setPackedPoints(packed: Float64Array, version = 0): Promise<void> {
      await api.setPoints(unpackPoints(packed), version);
    },

    /**
     * The share of the time the training loop may use (the rest it sleeps), from 1 down to
     * MIN_TRAINING_SHARE: the page lowers it while its frames drop (lib/pacing/frame-pacing.ts).
     */
    async setTrainingShare(share: number): Promise<void> {
      trainingShare = Number.isFinite(share) ? share : 1;
    },

    /** Snapshots carry gradients only while the page shows them (the gradient view, the neuron inspector). */
    async setGradientsShown(isShown: boolean): Promise<void> {
      const isChanged = withGradients !== isShown;
      withGradients = isShown;
      if (isChanged && (await requireTrainer()) && !isPlaying) await publish();
    },

    /** A point is being dragged (or no longer): coarser maps, shorter slices, more time left to the page. */
    async setDragging(next: boolean): Promise<void> {
      isDragging = next;
      await api.setGridSize(next ? DRAG_GRID_SIZE : DEFAULT_GRID_SIZE);
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
      pacer.start(deps.now(), t.progress(), trainConfig);
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

    /**
     * Puts back weights, progress and the optimizer's state from an earlier worker (the page restarts a
     * crashed one): call after configure and setPoints. Weights that do not fit the current network are
     * ignored (returns false); an optimizer state that does not fit is, and the optimizer starts afresh.
     */
    async restore(params: LayerParams[], progress: TrainingProgress, optimizerState?: OptimizerCheckpoint): Promise<boolean> {
      const t = await requireTrainer();
      if (!t) return false;
      const isRestored = restoreInto(t, params, progress, optimizerState);
      if (isRestored) pacer.start(deps.now(), t.progress(), trainConfig);
      if (!isPlaying) await publish();
      return isRestored;
    },

    /**
     * The current network as a TensorFlow.js layers model (tf.io save artifacts; weightData is moved to
     * the caller). Its input is the feature vector in the network's feature order.
     */
    async exportModel(): Promise<TfjsModelArtifacts> {
      const t = await requireTrainer();
      if (!t || !spec) throw new Error('No network to export yet');
      // tfjs-layers is loaded only now: training never needs it.
      const { exportTfjsModel } = await import('../lib/engine/tfjs/tfjs-export');
      const artifacts = await exportTfjsModel(spec, await t.getParams());
      return deps.transfer ? deps.transfer(artifacts, [artifacts.weightData]) : artifacts;
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
