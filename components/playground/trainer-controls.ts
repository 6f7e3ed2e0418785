import * as Comlink from 'comlink';
import type { LabeledPoint, NetworkSpec, TrainConfig, ViewOptions } from '@/lib/protocol';
import { packPoints } from '@/lib/data/packed-points';
import type { TrainerApi } from '@/workers/trainer.worker';

export type TrainerRemote = Comlink.Remote<TrainerApi>;

/**
 * What the page asks of the trainer. The object stays the same when the worker behind it is restarted:
 * calls made while a new worker starts are remembered and sent to it.
 */
export type TrainerControls = Pick<
  TrainerApi,
  'configure' | 'setPoints' | 'setViewOptions' | 'play' | 'pause' | 'step' | 'reset' | 'exportModel' | 'traceStep' | 'applyStep' | 'setParam' | 'loadNetwork' | 'replaceParams' | 'landscape' | 'race'
>;

/** What the page last sent, to send again to a restarted worker. */
export interface SentState {
  spec: NetworkSpec | null;
  config: TrainConfig | null;
  points: LabeledPoint[] | null;
  pointsVersion: number;
  /** Every view option the page has set (the updates merged). */
  view: Partial<ViewOptions>;
}

interface ControlsContext {
  /** The current worker, or null while one starts. */
  remote(): TrainerRemote | null;
  sent: SentState;
  /** Notes a request to play (true) or to stop (false), for the watchdog. */
  request(isPlay: boolean): void;
}

/** The page's calls, each remembered in `sent` where a restarted worker needs it, then sent to the current worker. */
export function createTrainerControls({ remote, sent, request }: ControlsContext): TrainerControls {
  return {
    configure: async (spec, config) => {
      sent.spec = spec;
      sent.config = config;
      await remote()?.configure(spec, config);
    },
    setPoints: async (points, version = 0) => {
      sent.points = points;
      sent.pointsVersion = version;
      const r = remote();
      if (!r) return;
      // Packed and moved: cloning thousands of point objects would cost milliseconds per pointer move.
      const packed = packPoints(points);
      await r.setPackedPoints(Comlink.transfer(packed, [packed.buffer]), version);
    },
    setViewOptions: async (update) => {
      sent.view = { ...sent.view, ...update };
      await remote()?.setViewOptions(update);
    },
    play: async () => {
      request(true);
      await remote()?.play();
    },
    pause: async () => {
      request(false);
      await remote()?.pause();
    },
    step: async () => {
      request(false);
      await remote()?.step();
    },
    reset: async () => {
      request(false);
      await remote()?.reset();
    },
    exportModel: async () => {
      const r = remote();
      if (!r) throw new Error('The training engine is restarting');
      return r.exportModel();
    },
    traceStep: async (choice) => {
      request(false);
      return (await remote()?.traceStep(choice)) ?? null;
    },
    applyStep: async (choice) => {
      request(false);
      return (await remote()?.applyStep(choice)) ?? null;
    },
    setParam: async (edit) => (await remote()?.setParam(edit)) ?? false,
    replaceParams: async (params) => (await remote()?.replaceParams(params)) ?? false,
    landscape: async (request) => (await remote()?.landscape(request)) ?? null,
    race: async () => {
      request(false);
      return (await remote()?.race()) ?? null;
    },
    loadNetwork: async (spec, config, params) => {
      request(false);
      sent.spec = spec;
      sent.config = config;
      return (await remote()?.loadNetwork(spec, config, params)) ?? false;
    },
  };
}
