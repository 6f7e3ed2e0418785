/**
 * The one checkpoint format: weights, progress and optimizer state of a snapshot that had not diverged.
 * The worker keeps one to go on from after a lost WebGL context; the page keeps one to hand a restarted
 * worker. Both take it from a snapshot with checkpointOf and put it back with Trainer.restoreCheckpoint.
 */
import type { Checkpoint, TrainingSnapshot } from '../protocol';

/** A copy (the snapshot's arrays may be moved to another thread) of what a snapshot can be resumed from; null when it diverged. */
export function checkpointOf(snapshot: TrainingSnapshot): Checkpoint | null {
  if (snapshot.hasDiverged) return null;
  const optimizerState = snapshot.optimizerState;
  return {
    params: snapshot.params.map((p) => ({ rows: p.rows, cols: p.cols, W: p.W.slice(), b: p.b.slice() })),
    progress: { epoch: snapshot.epoch, step: snapshot.step, runId: snapshot.runId },
    ...(optimizerState ? { optimizerState: { ...optimizerState, slots: optimizerState.slots.map((s) => s.slice()) } } : {}),
  };
}
