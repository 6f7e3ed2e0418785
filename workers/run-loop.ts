/**
 * The training loop: time slices of training paced by the speed limit and the page's frame rate, a
 * snapshot at most once per display frame, and a yield between slices so that pause, setPoints and
 * configure are answered at once. A run has an id: a loop whose id is stale stops.
 */
import type { Trainer } from '../lib/model/trainer';
import { restAfter } from '../lib/pacing/frame-pacing';
import type { TrainConfig, ViewOptions } from '../lib/protocol';
import { createPacer } from './epoch-throttle';
import { createRateMeter } from './rate-meter';

/** Training time per slice before yielding. */
export const SLICE_MS = 10;
/** While a point is dragged, slices are shorter: an edit waits less. */
export const DRAG_SLICE_MS = 4;
/** At most one snapshot per display frame; while waiting on the speed limit, an unchanged one every two seconds (a sign of life for the watchdog). */
export const PUBLISH_INTERVAL_MS = 16;
export const IDLE_PUBLISH_INTERVAL_MS = 2000;
/**
 * Largest share of the time building snapshots may take while training: a slow snapshot (a large grid of
 * a deep network) stretches the interval to snapshotMs / MAX_PUBLISH_SHARE, so training keeps its time.
 */
export const MAX_PUBLISH_SHARE = 1 / 3;
/**
 * While a point is dragged, the loop trains at most this share of the time: what matters then is how soon
 * the boundary follows the pointer, and the page needs the CPU to draw it. Each edit wakes the loop at once.
 */
export const DRAG_TRAINING_SHARE = 0.5;
/** Longest single wait while throttled, so speed changes take effect soon. */
const MAX_WAIT_MS = 50;

export interface LoopClock {
  now(): number;
  /** Lets queued messages run; should not be clamped like setTimeout. */
  yieldToEventLoop(): Promise<void>;
  sleep(ms: number): Promise<void>;
}

/** What the loop reads of the session and asks of the publisher. */
export interface LoopHost {
  trainer(): Trainer | null;
  trainConfig(): TrainConfig | null;
  view(): ViewOptions;
  /** Whether the points changed since the newest snapshot was built. */
  hasUnpublishedPoints(): boolean;
  publish(): Promise<unknown>;
  /** A slice that throws while this is true failed because the backend is being replaced (a lost context). */
  isSwitching(): boolean;
}

export interface RunLoop {
  isPlaying(): boolean;
  rates(): { stepsPerSecond: number; epochsPerSecond: number };
  /** Starts the loop and returns at once; false when there is nothing to train or it already runs. */
  play(): boolean;
  /** Stops the loop (its next check sees a stale id). */
  stop(): void;
  /** Ends a rest early (an edit of the points while training). */
  wake(): void;
  /** The speed limit counts from now (after configure, restore or a new trainer). */
  restartPacing(): void;
  /** Stops the loop and trains exactly one more epoch, in slices. */
  stepEpoch(): Promise<void>;
}

export function hasReachedUntil(trainer: Trainer, config: TrainConfig): boolean {
  return config.untilEpoch !== null && trainer.progress().epoch >= config.untilEpoch;
}

export function createRunLoop(clock: LoopClock, host: LoopHost): RunLoop {
  const meter = createRateMeter();
  const pacer = createPacer(MAX_WAIT_MS);
  let isPlaying = false;
  let loopId = 0;
  let totalSteps = 0;
  let totalEpochs = 0;
  let wakeLoop: (() => void) | null = null;

  function recordProgress(result: { steps: number; epochsCompleted: number }): void {
    totalSteps += result.steps;
    totalEpochs += result.epochsCompleted;
    meter.record(clock.now(), totalSteps, totalEpochs);
  }

  function stop(): void {
    isPlaying = false;
    loopId += 1;
  }

  /** One slice: how long to wait before the next (0: just yield), and whether its one step must be published at once (a steps/s setting draws every step). */
  function trainSlice(trainer: Trainer, config: TrainConfig): { waitMs: number; mustPublish: boolean } {
    const startMs = clock.now();
    const progress = trainer.progress();
    if (progress.stepsPerEpoch === 0) return { waitMs: PUBLISH_INTERVAL_MS, mustPublish: false };
    const plan = pacer.plan(startMs, progress, config);
    if (plan.kind === 'wait') return { waitMs: plan.ms, mustPublish: false };
    const sliceMs = host.view().isDragging ? DRAG_SLICE_MS : SLICE_MS;
    const result = trainer.train({ maxSteps: plan.maxSteps, deadlineMs: startMs + sliceMs, now: clock.now, stopAtEpoch: plan.stopAtEpoch });
    recordProgress(result);
    return { waitMs: 0, mustPublish: plan.isStepwise && result.steps > 0 };
  }

  /** Sleeps `ms`, or less if wake() is called meanwhile. */
  function rest(ms: number): Promise<void> {
    let wake: () => void = () => undefined;
    return new Promise<void>((resolve) => {
      wake = resolve;
      wakeLoop = wake;
      void clock.sleep(ms).then(resolve);
    }).finally(() => {
      // A newer loop (play after pause) may be resting by now: leave its wake alone.
      if (wakeLoop === wake) wakeLoop = null;
    });
  }

  async function run(id: number): Promise<void> {
    let lastPublishMs = -Infinity;
    let publishIntervalMs = PUBLISH_INTERVAL_MS;
    let publishedStep = -1;
    const isCurrent = () => isPlaying && id === loopId;
    for (let trainer = host.trainer(), config = host.trainConfig(); isCurrent() && trainer && config; trainer = host.trainer(), config = host.trainConfig()) {
      const busySinceMs = clock.now();
      // An edit of the points (a drag) is shown at once, before the next slice of training.
      if (host.hasUnpublishedPoints()) {
        lastPublishMs = clock.now();
        await host.publish();
        if (!isCurrent()) return;
      }
      let slice: { waitMs: number; mustPublish: boolean };
      try {
        slice = trainSlice(trainer, config);
      } catch (error) {
        // A lost WebGL context fails ops until the switch to another backend (which stops this loop) runs.
        if (id !== loopId || host.isSwitching()) return;
        throw error;
      }
      if (hasReachedUntil(trainer, config)) {
        stop();
        await host.publish();
        return;
      }
      const sinceMs = clock.now() - lastPublishMs;
      const hasNews = trainer.progress().step !== publishedStep;
      if (slice.mustPublish || (sinceMs >= publishIntervalMs && (hasNews || sinceMs >= IDLE_PUBLISH_INTERVAL_MS))) {
        lastPublishMs = clock.now();
        publishedStep = trainer.progress().step;
        await host.publish();
        publishIntervalMs = Math.max(PUBLISH_INTERVAL_MS, (clock.now() - lastPublishMs) / MAX_PUBLISH_SHARE);
      }
      const view = host.view();
      const share = view.isDragging ? Math.min(view.trainingShare, DRAG_TRAINING_SHARE) : view.trainingShare;
      const restMs = slice.waitMs > 0 ? slice.waitMs : restAfter(clock.now() - busySinceMs, share);
      await (restMs > 0 ? rest(restMs) : clock.yieldToEventLoop());
    }
  }

  function restartPacing(): void {
    const trainer = host.trainer();
    if (trainer) pacer.start(clock.now(), trainer.progress(), host.trainConfig());
  }

  return {
    isPlaying: () => isPlaying,
    rates: () => (isPlaying ? meter.rates() : { stepsPerSecond: 0, epochsPerSecond: 0 }),
    play() {
      const trainer = host.trainer();
      const config = host.trainConfig();
      if (!trainer || !config || isPlaying || hasReachedUntil(trainer, config)) return false;
      isPlaying = true;
      loopId += 1;
      meter.reset();
      meter.record(clock.now(), totalSteps, totalEpochs);
      restartPacing();
      void run(loopId);
      return true;
    },
    stop,
    wake: () => wakeLoop?.(),
    restartPacing,
    async stepEpoch() {
      const trainer = host.trainer();
      if (!trainer) return;
      stop();
      const id = loopId;
      const target = trainer.progress().epoch + 1;
      while (id === loopId && trainer.progress().stepsPerEpoch > 0 && trainer.progress().epoch < target) {
        recordProgress(trainer.train({ maxSteps: Infinity, deadlineMs: clock.now() + SLICE_MS, now: clock.now, stopAtEpoch: target }));
        if (trainer.progress().epoch < target) await clock.yieldToEventLoop();
      }
    },
  };
}
