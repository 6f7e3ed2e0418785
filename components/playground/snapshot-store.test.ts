import { describe, expect, it } from 'vitest';
import type { TrainingSnapshot } from '@/lib/protocol';
import { createSnapshotStore, SECONDARY_EVERY_WHILE_INTERACTING } from './snapshot-store';

const snapshotAt = (epoch: number, runId = 0) =>
  ({ runId, epoch, newCosts: [{ epoch, trainCost: 1 / (epoch + 1), testCost: 1 / (epoch + 1) }] }) as unknown as TrainingSnapshot;

function setup() {
  const frames: (() => void)[] = [];
  const store = createSnapshotStore((callback) => frames.push(callback));
  const runFrame = () => frames.splice(0).forEach((callback) => callback());
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

  it('while interacting, secondary views follow every Nth frame and catch up when it ends', () => {
    const { store, runFrame, seen } = setup();
    store.setInteracting(true);
    const frameCount = 2 * SECONDARY_EVERY_WHILE_INTERACTING;
    for (let epoch = 1; epoch <= frameCount; epoch++) {
      store.push(snapshotAt(epoch));
      runFrame();
    }
    expect(seen.primary).toHaveLength(frameCount);
    expect(seen.secondary).toEqual([SECONDARY_EVERY_WHILE_INTERACTING, 2 * SECONDARY_EVERY_WHILE_INTERACTING]);
    store.push(snapshotAt(frameCount + 1));
    runFrame();
    expect(store.getSecondary().snapshot!.epoch).toBe(2 * SECONDARY_EVERY_WHILE_INTERACTING);
    store.setInteracting(false);
    expect(store.getSecondary().snapshot!.epoch).toBe(frameCount + 1);
    expect(seen.secondary.at(-1)).toBe(frameCount + 1);
  });
});
