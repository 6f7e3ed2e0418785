/**
 * The trainer worker's API, as plain functions (tested in Node by calling them). It composes the engine
 * session (backend, trainer, checkpoint, lost contexts), the run loop and the publisher; the page calls
 * it through Comlink (trainer.worker.ts).
 */
import { unpackPoints } from '../lib/data/packed-points';
import { isStepChoice } from '../lib/model/step-trace';
import { raceEpochs, runRace, type RaceResult } from '../lib/race/race';
import { landscapeOf, type LandscapeRequest, type LandscapeSurface } from '../lib/landscape/compute';
import type {
  BackendName,
  BackendPreference,
  Checkpoint,
  LabeledPoint,
  LayerParams,
  NetworkSpec,
  Optimizer,
  ParamEdit,
  StepChoice,
  StepTrace,
  StepUpdate,
  SnapshotListener,
  TfjsModelArtifacts,
  TrainConfig,
  TrainingSnapshot,
  ViewOptions,
} from '../lib/protocol';
import type { BackendOptions } from './backend-selection';
import { createEngineSession, type SessionDeps } from './engine-session';
import { createPublisher } from './publisher';
import { createRunLoop, hasReachedUntil } from './run-loop';
import { changesSnapshot, DEFAULT_VIEW_OPTIONS, mergeViewOptions } from './view-options';

export interface TrainerDeps extends SessionDeps {
  now(): number;
  /** Lets queued messages (pause, configure, setPoints) run; should not be clamped like setTimeout. */
  yieldToEventLoop(): Promise<void>;
  /** Last touch before listeners see a snapshot (the worker marks its buffers for transfer). */
  prepareSnapshot?(snapshot: TrainingSnapshot): TrainingSnapshot;
  /** Waits while throttled or idle; defaults to setTimeout. */
  sleep?(ms: number): Promise<void>;
  /** Marks buffers of a result to be moved, not copied, to the page (the worker uses Comlink.transfer). */
  transfer?<T>(value: T, buffers: ArrayBuffer[]): T;
}

const defaultSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export function createTrainerApi(deps: TrainerDeps) {
  let view: ViewOptions = DEFAULT_VIEW_OPTIONS;
  let pointsVersion = 0;
  const session = createEngineSession(deps, {
    beforeSwitch() {
      const wasPlaying = loop.isPlaying();
      loop.stop();
      publisher.abandon();
      return wasPlaying;
    },
    async afterSwitch(wasPlaying) {
      loop.restartPacing();
      if (wasPlaying) await api.play();
      else await publisher.publish();
    },
  });
  const loop = createRunLoop(
    { now: deps.now, yieldToEventLoop: deps.yieldToEventLoop, sleep: deps.sleep ?? defaultSleep },
    {
      trainer: session.trainer,
      trainConfig: session.trainConfig,
      view: () => view,
      hasUnpublishedPoints: () => publisher.hasUnpublishedPoints(),
      publish: () => publisher.publish(),
      isSwitching: session.isSwitching,
    },
  );
  const publisher = createPublisher({ now: deps.now, session, loop, view: () => view, pointsVersion: () => pointsVersion, prepareSnapshot: deps.prepareSnapshot });
  /** A snapshot of the current state when training is paused (while playing, the loop publishes). */
  const publishIfIdle = async (): Promise<void> => {
    if (!loop.isPlaying()) await publisher.publish();
  };

  const api = {
    /** Starts the backend; call once, first. With 'auto', each workload's engines are then chosen by measuring them. */
    async init(preference: BackendPreference, options: BackendOptions = {}): Promise<{ backend: BackendName }> {
      return session.init(preference, options);
    },

    /** Adds a listener; once the trainer exists and is idle, the listener gets the current state at once. */
    async subscribe(listener: SnapshotListener): Promise<void> {
      publisher.addListener(listener);
      if (session.trainer()) await publishIfIdle();
    },

    /** A spec that differs from the current one re-initialises the weights; otherwise they are kept. */
    async configure(spec: NetworkSpec, config: TrainConfig): Promise<void> {
      await session.configure(spec, config);
      loop.restartPacing();
      await publishIfIdle();
    },

    /** Weights are kept; `version` is echoed in later snapshots, so the page can tell when an edit is reflected. */
    async setPoints(points: LabeledPoint[], version = 0): Promise<void> {
      pointsVersion = version;
      session.setPoints(points);
      if (!(await session.ready())) return;
      if (loop.isPlaying()) loop.wake();
      else await publisher.publish();
    },

    /** setPoints with the points packed (lib/data/packed-points.ts): the page moves, not copies, them. */
    async setPackedPoints(packed: Float64Array, version = 0): Promise<void> {
      await api.setPoints(unpackPoints(packed), version);
    },

    /**
     * What the views need drawn (lib/protocol's ViewOptions), as a partial update: the grid size, a drag in
     * progress (coarser maps, shorter slices), whether snapshots carry gradients, and the share of the time
     * the loop may train (the page lowers it while its frames drop). Invalid fields are ignored.
     */
    async setViewOptions(update: Partial<ViewOptions>): Promise<void> {
      const next = mergeViewOptions(view, update);
      const isSnapshotChanged = changesSnapshot(view, next);
      view = next;
      if (isSnapshotChanged && (await session.ready())) await publishIfIdle();
    },

    /** Starts the training loop and returns at once; at the stop epoch it only publishes. */
    async play(): Promise<void> {
      const trainer = await session.ready();
      const config = session.trainConfig();
      if (!trainer || !config || loop.isPlaying()) return;
      if (hasReachedUntil(trainer, config)) await publisher.publish();
      else loop.play();
    },

    async pause(): Promise<void> {
      const wasPlaying = loop.isPlaying();
      loop.stop();
      if (wasPlaying) await publisher.publish();
    },

    /** Pauses, trains exactly one more epoch, then publishes a snapshot. */
    async step(): Promise<void> {
      if (!(await session.ready())) return;
      await loop.stepEpoch();
      await publisher.publish();
    },

    /**
     * Goes on from a checkpoint of an earlier worker (the page restarts a crashed one): call after configure
     * and setPoints. A checkpoint whose weights do not fit the current network is ignored (returns false).
     */
    async restore(checkpoint: Checkpoint): Promise<boolean> {
      const trainer = await session.ready();
      if (!trainer) return false;
      const isRestored = trainer.restore(checkpoint);
      if (isRestored) loop.restartPacing();
      await publishIfIdle();
      return isRestored;
    },

    /** The current network as a TensorFlow.js layers model (weightData is moved to the caller); its input is the feature vector. */
    async exportModel(): Promise<TfjsModelArtifacts> {
      const trainer = await session.ready();
      const spec = session.spec();
      if (!trainer || !spec) throw new Error('No network to export yet');
      // tfjs-layers is loaded only now: training never needs it.
      const { exportTfjsModel } = await import('../lib/engine/tfjs/tfjs-export');
      const artifacts = await exportTfjsModel(spec, await trainer.getParams());
      return deps.transfer ? deps.transfer(artifacts, [artifacts.weightData]) : artifacts;
    },

    /** Pauses, and returns the forward and backward pass of one step on `choice`, not yet taken (null without such examples). */
    async traceStep(choice: StepChoice): Promise<StepTrace | null> {
      const trainer = await session.ready();
      if (!trainer || !isStepChoice(choice)) return null;
      await api.pause();
      return trainer.traceStep(choice);
    },

    /** Pauses, takes one step on `choice` (for 'batch', training's own next step), publishes, and returns the parameters before and after. */
    async applyStep(choice: StepChoice): Promise<StepUpdate | null> {
      const trainer = await session.ready();
      if (!trainer || !isStepChoice(choice)) return null;
      await api.pause();
      const before = await trainer.getParams();
      if (!trainer.stepOn(choice)) return null;
      const [after, optimizerState] = await Promise.all([trainer.getParams(), trainer.optimizerState()]);
      await publisher.publish();
      return { before, after, optimizerState };
    },

    /** Sets one weight or bias by hand, playing or paused (the optimizer state is kept); false when it does not exist. */
    async setParam(edit: ParamEdit): Promise<boolean> {
      const trainer = await session.ready();
      if (!trainer || typeof edit !== 'object' || edit === null) return false;
      const isSet = await trainer.setParam(edit);
      if (isSet) await publishIfIdle();
      return isSet;
    },

    /** Replaces every weight and bias (a point dragged on the landscape), keeping the optimizer state and the progress; false when they do not fit. */
    async replaceParams(params: LayerParams[]): Promise<boolean> {
      const trainer = await session.ready();
      if (!trainer || !Array.isArray(params)) return false;
      const isReplaced = trainer.replaceParams(params);
      if (isReplaced) await publishIfIdle();
      return isReplaced;
    },

    /** J over a grid of a plane of parameter space (lib/landscape); null for a request that does not fit the network. */
    async landscape(request: LandscapeRequest): Promise<LandscapeSurface | null> {
      const trainer = await session.ready();
      if (!trainer || typeof request !== 'object' || request === null || !Array.isArray(request.axes)) return null;
      const surface = await landscapeOf(trainer, request);
      return surface && deps.transfer ? deps.transfer(surface, [surface.costs.buffer as ArrayBuffer]) : surface;
    },

    /**
     * Pauses, and races gradient descent, momentum, RMSprop and Adam from the initial weights Reset starts from, on the
     * same points, batches and α (lib/race), each in a trainer of its own; the run is not touched. Null
     * without training points.
     */
    async race(): Promise<RaceResult | null> {
      const trainer = await session.ready();
      const config = session.trainConfig();
      if (!trainer || !config || session.trainCount() === 0) return null;
      await api.pause();
      const first = await session.spawn(config);
      if (!first) return null;
      let start: LayerParams[];
      try {
        start = await first.getParams();
      } finally {
        first.dispose();
      }
      const size = start.reduce((n, p) => n + p.W.length + p.b.length, 0);
      const epochs = raceEpochs(session.trainCount(), size, config.untilEpoch ?? trainer.progress().epoch);
      const makeTrainer = async (optimizer: Optimizer) => (await session.spawn({ ...config, optimizer, untilEpoch: null }))!;
      const result = await runRace({ makeTrainer, yieldToEventLoop: deps.yieldToEventLoop }, start, epochs);
      const buffers = result.lanes.flatMap((lane) => [lane.costs.buffer as ArrayBuffer, ...lane.trail.map((p) => p.buffer as ArrayBuffer)]);
      return deps.transfer ? deps.transfer(result, buffers) : result;
    },

    /**
     * Switches to an imported network: `spec` and `config` as configure, then its weights (a fresh optimizer,
     * epoch 0). False, changing nothing but the network, when the weights do not fit the spec.
     */
    async loadNetwork(spec: NetworkSpec, config: TrainConfig, params: LayerParams[]): Promise<boolean> {
      await session.configure(spec, config);
      const trainer = await session.ready();
      if (!trainer) return false;
      loop.stop();
      trainer.reset();
      const isLoaded = trainer.restore({ params, progress: trainer.progress() });
      loop.restartPacing();
      await publisher.publish();
      return isLoaded;
    },

    /** Back to the initial weights of the seed, epoch 0; paused. The same run replays exactly. */
    async reset(): Promise<void> {
      const trainer = await session.ready();
      if (!trainer) return;
      loop.stop();
      trainer.reset();
      await publisher.publish();
    },
  };
  return api;
}
