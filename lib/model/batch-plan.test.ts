import { describe, expect, it } from 'vitest';
import { createPlanBuffers, epochOrder, planSteps, type BatchCursor } from './batch-plan';

describe('planSteps', () => {
  it('visits each epoch in epochOrder, batchSize at a time, and stops after stopAtEpoch', () => {
    const cursor: BatchCursor = { epoch: 0, position: 0, order: null };
    const plan = planSteps(cursor, 10, 4, 3, 100, 2, createPlanBuffers());
    expect(plan.steps).toBe(6);
    expect(Array.from(plan.batchEnds)).toEqual([4, 8, 10, 14, 18, 20]);
    expect(Array.from(plan.epochEnds)).toEqual([0, 0, 1, 0, 0, 1]);
    expect(Array.from(plan.indices!)).toEqual([...epochOrder(10, 3, 0), ...epochOrder(10, 3, 1)]);
    expect(cursor).toEqual({ epoch: 2, position: 0, order: null });
  });

  it('continues mid-epoch and plans full batches without indices', () => {
    const cursor: BatchCursor = { epoch: 0, position: 0, order: null };
    const buffers = createPlanBuffers();
    planSteps(cursor, 10, 4, 3, 1, Infinity, buffers);
    const rest = planSteps(cursor, 10, 4, 3, 2, Infinity, buffers);
    expect(Array.from(rest.indices!)).toEqual(Array.from(epochOrder(10, 3, 0).subarray(4)));
    expect(cursor.epoch).toBe(1);
    const full = planSteps(cursor, 10, 'full', 3, 5, 4, buffers);
    expect(full.indices).toBeNull();
    expect(full.steps).toBe(3);
    expect(Array.from(full.epochEnds)).toEqual([1, 1, 1]);
  });
});
