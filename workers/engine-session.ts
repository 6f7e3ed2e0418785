/**
 * The engine session: starts the TensorFlow.js backend, owns the trainer (and so the engine) with the
 * network, settings and points it trains on, keeps the newest checkpoint, and moves training to another
 * backend when the WebGL context is lost.
 */
import { preferredForwardMode, type ForwardMode } from '../lib/engine/tfjs/forward-backward';
import { measureEngine } from '../lib/model/calibrate';
import { isSameNetwork } from '../lib/model/network';
import { createTrainer, preferredEngine, type EngineKinds, type Trainer } from '../lib/model/trainer';
import type {
  BackendName,
  BackendPreference,
  Checkpoint,
  EngineMeasurements,
  LabeledPoint,
  NetworkSpec,
  TrainConfig,
  TrainerNotice,
} from '../lib/protocol';
import type { BackendChoice, BackendOptions } from './backend-selection';
import { createEngineRouter, type EngineRouter, type MeasureEngine } from './engine-routing';

export interface SessionDeps {
  initBackend(preference: BackendPreference, options: BackendOptions): Promise<BackendChoice>;
  /**
   * Calls onLost when the current backend's WebGL context is lost (webgl only); returns a function that
   * stops listening. Without it, a lost context goes unnoticed.
   */
  watchContextLoss?(onLost: () => void): () => void;
  /** Starts the next backend after `from` that works (webgl → wasm → cpu); null when none does. */
  fallbackBackend?(from: BackendName, options: BackendOptions): Promise<BackendName | null>;
  /** Measures an engine on a workload (backend `auto`); defaults to lib/model/calibrate's measureEngine. */
  measureEngine?: MeasureEngine;
}

/** What the session asks of the run loop around a backend switch. */
export interface SwitchHooks {
  /** Stops training; returns whether it was playing. */
  beforeSwitch(): boolean;
  /** Training may go on (play again if it was playing, else publish). */
  afterSwitch(wasPlaying: boolean): Promise<void>;
}

interface BackendState {
  backend: BackendName;
  forwardMode: ForwardMode;
}

export interface EngineSession {
  init(preference: BackendPreference, options: BackendOptions): Promise<{ backend: BackendName }>;
  /** Waits for the backend; the trainer, or null before the first configure. Throws before init. */
  ready(): Promise<Trainer | null>;
  trainer(): Trainer | null;
  spec(): NetworkSpec | null;
  trainConfig(): TrainConfig | null;
  /** A spec that differs from the current one re-initialises the weights; otherwise they are kept. */
  configure(spec: NetworkSpec, config: TrainConfig): Promise<Trainer>;
  setPoints(points: readonly LabeledPoint[]): void;
  /** Training examples in the points. */
  trainCount(): number;
  /**
   * A trainer of its own for the current network and points with `config`, on the current training engine,
   * from the run's initial weights (a race lane); the caller disposes it. Null before the first configure.
   */
  spawn(config: TrainConfig): Promise<Trainer | null>;
  /** The newest checkpoint (a snapshot that had not diverged): what a switch goes on from. */
  keep(checkpoint: Checkpoint): void;
  /**
   * After a snapshot whose checkpoint is `checkpoint`: measures the workload when it changed class (backend
   * `auto`) and moves the trainer to the faster engines, going on from that checkpoint.
   */
  routeEngines(checkpoint: Checkpoint): Promise<void>;
  /** What `auto` measured last (absent before, and for a forced backend). */
  measurements(): EngineMeasurements | undefined;
  /** Said by the next snapshot (takeNotice clears it once that snapshot is out). */
  notice(): TrainerNotice | null;
  clearNotice(notice: TrainerNotice): void;
  isSwitching(): boolean;
}

export function createEngineSession(deps: SessionDeps, hooks: SwitchHooks): EngineSession {
  let backendReady: Promise<BackendState> | null = null;
  let backendOptions: BackendOptions = {};
  let stopWatchingContext: (() => void) | null = null;
  let trainer: Trainer | null = null;
  let spec: NetworkSpec | null = null;
  let trainConfig: TrainConfig | null = null;
  let points: readonly LabeledPoint[] = [];
  let saved: Checkpoint | null = null;
  let pendingNotice: TrainerNotice | null = null;
  let isSwitching = false;
  let isAuto = false;
  let router: EngineRouter | null = null;
  /** Engines chosen while training went on meanwhile: moved to after the next snapshot. */
  let pendingEngines: { kinds: EngineKinds; spec: NetworkSpec } | null = null;
  const newRouter = (): EngineRouter => createEngineRouter(isAuto, deps.measureEngine ?? measureEngine);

  const createOn = (state: BackendState, nextSpec: NetworkSpec, nextConfig: TrainConfig): Trainer =>
    createTrainer({ spec: nextSpec, trainConfig: nextConfig, points, forwardMode: state.forwardMode, backend: state.backend, engine: preferredEngine(state.backend) });

  /**
   * The WebGL context is gone, and with it every tensor on the GPU: start the next backend, rebuild the
   * trainer there from the newest checkpoint, and carry on as before (playing or not).
   */
  async function switchAfterContextLoss(): Promise<void> {
    if (isSwitching || !backendReady) return;
    isSwitching = true;
    const wasPlaying = hooks.beforeSwitch();
    stopWatchingContext?.();
    stopWatchingContext = null;
    try {
      const { backend: from } = await backendReady;
      const to = (await deps.fallbackBackend?.(from, backendOptions)) ?? null;
      if (!to) return;
      const state: BackendState = { backend: to, forwardMode: await preferredForwardMode(to) };
      backendReady = Promise.resolve(state);
      // Measured on the lost backend: measure again on the new one.
      router = newRouter();
      pendingEngines = null;
      const old = trainer;
      trainer = null;
      try {
        old?.dispose();
      } catch {
        // Its textures went with the context.
      }
      if (spec && trainConfig) {
        trainer = createOn(state, spec, trainConfig);
        if (saved) trainer.restore(saved);
      }
      pendingNotice = { kind: 'backendSwitched', from, to };
    } finally {
      isSwitching = false;
    }
    await hooks.afterSwitch(wasPlaying);
  }

  async function ready(): Promise<Trainer | null> {
    if (!backendReady) throw new Error('Call init() before using the trainer');
    await backendReady;
    return trainer;
  }

  return {
    async init(preference, options) {
      if (!backendReady) {
        backendOptions = options;
        isAuto = preference === 'auto';
        router = newRouter();
        backendReady = deps.initBackend(preference, options).then(async (choice) => {
          if (choice.backend === 'webgl' && deps.watchContextLoss) {
            stopWatchingContext = deps.watchContextLoss(() => void switchAfterContextLoss());
          }
          return { ...choice, forwardMode: await preferredForwardMode(choice.backend) };
        });
      }
      const { backend } = await backendReady;
      return { backend };
    },
    ready,
    trainer: () => trainer,
    spec: () => spec,
    trainConfig: () => trainConfig,
    async configure(nextSpec, nextConfig) {
      await ready();
      const state = await backendReady!;
      if (!trainer) trainer = createOn(state, nextSpec, nextConfig);
      else if (!spec || !isSameNetwork(spec, nextSpec)) trainer.setNetwork(nextSpec);
      trainer.setTrainConfig(nextConfig);
      spec = nextSpec;
      trainConfig = nextConfig;
      return trainer;
    },
    setPoints(next) {
      points = next;
      trainer?.setPoints(next);
    },
    trainCount: () => points.reduce((n, p) => n + (p.split === 'train' ? 1 : 0), 0),
    async spawn(config) {
      const state = await ready().then(() => backendReady!);
      if (!trainer || !spec) return null;
      return createTrainer({ spec, trainConfig: config, points, forwardMode: state.forwardMode, backend: state.backend, engine: trainer.engines().train });
    },
    keep(checkpoint) {
      saved = checkpoint;
    },
    async routeEngines(checkpoint) {
      const live = trainer;
      if (!router || !live || !spec || !trainConfig || !backendReady) return;
      const { forwardMode } = await backendReady;
      const chosen = await router.route({ spec, config: trainConfig, points, forwardMode, current: live.engines() });
      if (chosen) pendingEngines = { kinds: chosen, spec };
      // Only from the weights of the snapshot just published: a step taken meanwhile waits for the next one.
      const isCurrent = live === trainer && live.progress().step === checkpoint.progress.step && live.progress().runId === checkpoint.progress.runId;
      if (!pendingEngines || !isCurrent || !spec) return;
      if (isSameNetwork(pendingEngines.spec, spec)) live.useEngines(pendingEngines.kinds, checkpoint);
      pendingEngines = null;
    },
    measurements: () => router?.measurements(),
    notice: () => pendingNotice,
    clearNotice(notice) {
      if (pendingNotice === notice) pendingNotice = null;
    },
    isSwitching: () => isSwitching,
  };
}
