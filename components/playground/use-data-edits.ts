'use client';

import { useCallback, useRef, useState, useSyncExternalStore } from 'react';
import type { LabeledPoint } from '@/lib/protocol';
import { setDataSettings } from '@/lib/config/edits';
import { resplitPoints } from '@/lib/data';
import { canRedo, canUndo, dataSettingsOf, kindOfDataChange, type DataSettings } from '@/lib/data/edit-history';
import type { DataHistoryProps, PendingReplace, ReplaceControl } from '@/components/controls/data-controls';
import { pointsOf, type PlaygroundState, type PointsEdit } from './use-playground-state';

const controlOf = (patch: Partial<DataSettings>): ReplaceControl =>
  'dataset' in patch ? 'dataset' : 'n' in patch ? 'n' : 'noise' in patch ? 'noise' : 'newSample';
/** Slider changes in a row are one step; each dataset choice and new sample is its own. */
const groupOf = (control: ReplaceControl): string | undefined => (control === 'n' || control === 'noise' ? control : undefined);

/**
 * Every change of the data goes through here, so each one is a step the learner can undo: edits of the
 * points, re-splits, replacements (which wait for a yes when they would throw edited points away) and
 * the undo and redo themselves, which restore the data settings with the points.
 */
export function useDataEdits(state: Pick<PlaygroundState, 'pointsStore' | 'getConfig' | 'editConfig' | 'editPoints'>) {
  const { pointsStore, getConfig, editConfig, editPoints } = state;
  // The group of the drag in progress, if any: its edits are one step.
  const gestureRef = useRef<string | null>(null);
  const gestureCountRef = useRef(0);
  const [pendingReplace, setPendingReplace] = useState<PendingReplace | null>(null);

  const applySettings = useCallback((settings: DataSettings) => editConfig((c) => setDataSettings(c, settings)), [editConfig]);

  /** An edit of the points (a step; edits during one drag are one step). False when refused. */
  const setPoints = useCallback(
    (next: LabeledPoint[], edit: PointsEdit = {}): boolean => editPoints(next, { ...edit, group: edit.group ?? gestureRef.current ?? undefined }),
    [editPoints],
  );

  const replace = (settings: DataSettings, group?: string) => {
    if (!setPoints(pointsOf(settings), { isCustom: false, group, isReplacement: true })) return;
    applySettings(settings);
  };

  /**
   * A data control changed. The training share re-splits the current points in place; any other change
   * generates new points, at once when the current ones were generated, after a yes when edited.
   */
  const regenerate = (patch: Partial<DataSettings>) => {
    const current = dataSettingsOf(getConfig());
    const next = { ...current, ...patch };
    const { points, isCustom } = pointsStore.get();
    const kind = kindOfDataChange(patch, { isCustom, count: points.length });
    if (kind === 'resplit') {
      if (setPoints(resplitPoints(points, next.trainPercent, next.seed), { isCustom, group: 'trainPercent' })) applySettings(next);
      return;
    }
    const control = controlOf(patch);
    if (kind === 'confirm') {
      setPendingReplace((pending) => ({ control, patch: { ...(pending?.control === control ? pending.patch : {}), ...patch }, count: points.length }));
      return;
    }
    setPendingReplace(null);
    replace(next, groupOf(control));
  };

  const travel = (direction: 'undo' | 'redo') => {
    if (gestureRef.current !== null) return; // not in the middle of a drag
    setPendingReplace(null);
    const settings = pointsStore[direction](dataSettingsOf(getConfig()));
    if (settings) applySettings(settings);
  };

  const hasUndo = useSyncExternalStore(pointsStore.subscribe, () => canUndo(pointsStore.history()), () => false);
  const hasRedo = useSyncExternalStore(pointsStore.subscribe, () => canRedo(pointsStore.history()), () => false);

  const historyProps: DataHistoryProps = {
    pendingReplace,
    onConfirmReplace: () => {
      if (!pendingReplace) return;
      setPendingReplace(null);
      replace({ ...dataSettingsOf(getConfig()), ...pendingReplace.patch }, groupOf(pendingReplace.control));
    },
    onKeepPoints: () => setPendingReplace(null),
    canUndo: hasUndo,
    canRedo: hasRedo,
    onUndo: () => travel('undo'),
    onRedo: () => travel('redo'),
  };

  return {
    setPoints,
    regenerate,
    undo: () => travel('undo'),
    redo: () => travel('redo'),
    historyProps,
    /** A drag begins or ends: its edits are one step. */
    onGesture(isActive: boolean) {
      if (isActive) {
        gestureCountRef.current += 1;
        gestureRef.current = `gesture-${gestureCountRef.current}`;
      } else {
        gestureRef.current = null;
        pointsStore.endGroup();
      }
    },
  };
}
