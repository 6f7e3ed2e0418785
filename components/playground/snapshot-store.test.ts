import { describe, expect, it } from 'vitest';
import type { TrainingSnapshot } from '@/lib/protocol';
import { createSnapshotStore, hasTrainingStopped, SECONDARY_INTERVAL_WHILE_INTERACTING_MS } from './snapshot-store';

const snapshotAt = (epoch: number, runId = 0) =>
  ({ runId, epoch, newCosts: [{ epoch, trainCost: 1 / (epoch + 1), testCost: 1 / (epoch + 1) }] }) as unknown as TrainingSnapshot;

function setup() {
  const frames: (() => void)[] = [];
  const clock = { ms: 0 };
  const store = createSnapshotStore((callback) => frames.push(callback), () => clock.ms);
  // Frames 1/60 s apart.
  const runFrame = () => {
    clock.ms += 1000 / 60;
    frames.splice(0).forEach((callback) => callback());
  };
  const seen = { primary: [] as number[], secondary: [] as number[] };
  store.subscribe(() => seen.primary.push(store.get().snapshot!.epoch));
  store.subscribeSecondary(() => seen.secondary.push(store.getSecondary().snapshot!.epoch));
  return { store, runFrame, seen, frames };
}

describe('createSnapshotStore', () => {
  it('tells views once per frame with the newest snapshot, keeping every cost', () => {
    const { store, runFrame, seen, frames } = setup();
    store.push(snapshotAt(1));
    store.push(snapshotAt(2));
    expect(frames).toHaveLength(1);
    expect(seen.primary).toEqual([]);
    runFrame();
    expect(seen).toEqual({ primary: [2], secondary: [2] });
    expect(store.get().costHistory.map((c) => c.epoch)).toEqual([1, 2]);
  });

  it('a new run starts a new cost history', () => {
    const { store, runFrame } = setup();
    store.push(snapshotAt(5, 0));
    store.push(snapshotAt(0, 1));
    runFrame();
    expect(store.get().costHistory.map((c) => c.epoch)).toEqual([0]);
  });

  it('while interacting, secondary views follow at an interval and catch up when it ends', () => {
    const { store, runFrame, seen } = setup();
    store.push(snapshotAt(1));
    runFrame();
    store.setInteracting(true);
    // Two and a half intervals of frames.
    const frameCount = Math.floor((2.5 * SECONDARY_INTERVAL_WHILE_INTERACTING_MS) / (1000 / 60));
    for (let epoch = 2; epoch <= 1 + frameCount; epoch++) {
      store.push(snapshotAt(epoch));
      runFrame();
    }
    expect(seen.primary).toHaveLength(1 + frameCount);
    // Once before the drag, then once per interval.
    expect(seen.secondary).toHaveLength(3);
    const lastSecondary = seen.secondary.at(-1)!;
    store.push(snapshotAt(100));
    runFrame();
    expect(store.getSecondary().snapshot!.epoch).toBe(lastSecondary);
    store.setInteracting(false);
    expect(store.getSecondary().snapshot!.epoch).toBe(100);
    expect(seen.secondary.at(-1)).toBe(100);
  });
});

describe('training stopped', () => {
  const at = (epoch: number, isTraining: boolean) => ({ ...snapshotAt(epoch), isTraining }) as TrainingSnapshot;
  it('is the first snapshot not training after one that was', () => {
    expect(hasTrainingStopped(null, at(0, false))).toBe(false);
    expect(hasTrainingStopped(at(0, false), at(0, false))).toBe(false);
    expect(hasTrainingStopped(at(0, false), at(1, true))).toBe(false);
    expect(hasTrainingStopped(at(1, true), at(2, true))).toBe(false);
    expect(hasTrainingStopped(at(2, true), at(3, false))).toBe(true);
  });
  it('is reported by push and kept as lastStop, also when a later snapshot of the same frame follows', () => {
    const { store, runFrame } = setup();
    expect(store.push(at(1, true))).toBe(false);
    runFrame();
    expect(store.get().lastStop).toBeNull();
    const stop = at(2, false);
    expect(store.push(stop)).toBe(true);
    expect(store.push(at(2, false))).toBe(false);
    runFrame();
    expect(store.get().lastStop).toBe(stop);
    expect(store.push(at(3, true))).toBe(false);
    runFrame();
    expect(store.get().lastStop).toBe(stop);
  });
});
