'use client';

import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ConfigNotice } from '@/lib/config/types';
import type { Notice } from '@/components/controls/notice-area';
import { noticeOfKind, withNotice, withoutNotice, type NoticeKind } from '@/components/controls/notices';
import type { SnapshotStore } from './snapshot-store';
import { recoveryNotice } from './trainer-notices';
import type { TrainerRecovery } from './use-trainer';
import { useSnapshotValue } from './use-stores';

/** The notices a playground shows, and the ways to change them. */
export interface Notices {
  list: readonly Notice[];
  add(notice: Notice): void;
  /** Takes back the notices of `kind` (their cause has gone). */
  remove(kind: NoticeKind): void;
  /** The learner dismissed them all. */
  dismissAll(): void;
}

/** A URL parameter that was ignored, as a notice. */
export const urlNotice = (n: ConfigNotice): Notice => (t) => t('notice.urlIgnored', { param: n.param, value: n.value, usedInstead: n.usedInstead });

export function useNotices(initial: () => Notice[]): Notices {
  const [list, setList] = useState<Notice[]>(initial);
  const add = useCallback((notice: Notice) => setList((n) => withNotice(n, notice)), []);
  const remove = useCallback((kind: NoticeKind) => setList((n) => withoutNotice(n, kind)), []);
  const dismissAll = useCallback(() => setList([]), []);
  return useMemo(() => ({ list, add, remove, dismissAll }), [list, add, remove, dismissAll]);
}

/**
 * The notices training gives: the worker failed, it was restarted or fell back (recovery), the cost
 * diverged. Each is added once per event; the divergence notice goes when its cause has (a healthy
 * snapshot after Reset or a new network).
 */
export function useTrainerNotices(trainer: { error: string | null; recovery: TrainerRecovery | null }, store: SnapshotStore, notices: Pick<Notices, 'add' | 'remove'>): void {
  const { add, remove } = notices;
  useEffect(() => {
    const message = trainer.error;
    if (message) add((t) => t('notice.workerFailed', { message }));
  }, [trainer.error, add]);
  useEffect(() => {
    if (trainer.recovery) add(recoveryNotice(trainer.recovery));
  }, [trainer.recovery, add]);
  const divergedEpoch = useSnapshotValue(store, (s) => (s.snapshot?.hasDiverged ? s.snapshot.epoch : null));
  // The diagnosis of the same snapshot knows a learning rate to try; the notice says it (the diagnostics list does not repeat it).
  const suggested = useSnapshotValue(store, (s) => s.snapshot?.diagnostics?.find((d) => d.kind === 'diverging')?.suggestedLearningRate ?? null);
  useEffect(() => {
    if (divergedEpoch === null) remove('diverged');
    else if (suggested === null) add(noticeOfKind('diverged', (t) => t('notice.diverged', { epoch: divergedEpoch })));
    else add(noticeOfKind('diverged', (t) => t('notice.divergedTry', { epoch: divergedEpoch, suggested })));
  }, [divergedEpoch, suggested, add, remove]);
}
