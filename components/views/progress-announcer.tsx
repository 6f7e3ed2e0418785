'use client';

import { useEffect, useRef, useState } from 'react';
import type { TrainingSnapshot } from '@/lib/protocol';
import { useT } from '@/components/i18n';

/** What the region last said: the snapshot it described, and whether training had just stopped. */
interface Announcement {
  snapshot: TrainingSnapshot;
  hasStopped: boolean;
}

/**
 * Progress for screen readers, on demand (a button) and when training stops (`lastStop`), never every frame:
 * a polite live region that says the epoch, costs and accuracies. What it says is written in the
 * page's language of the moment, so a language switch rewrites it.
 */
export function ProgressAnnouncer({ snapshot, lastStop }: { snapshot: TrainingSnapshot | null; lastStop: TrainingSnapshot | null }) {
  const t = useT();
  const [announcement, setAnnouncement] = useState<Announcement | null>(null);

  const describe = (s: TrainingSnapshot) => {
    const cost = (v: number) => (Number.isFinite(v) ? v.toFixed(3) : t('output.noValue'));
    const percent = (v: number) => (Number.isFinite(v) ? `${(v * 100).toFixed(1)} %` : t('output.noValue'));
    return t('a11y.progress', {
      epoch: s.epoch,
      trainCost: cost(s.trainCost),
      testCost: cost(s.testCost),
      trainAccuracy: percent(s.trainAccuracy),
      testAccuracy: percent(s.testAccuracy),
    });
  };

  // Each stop is announced once, with the snapshot it stopped at (the snapshot store derives the stop).
  // A stop from before this region was shown (leaving presenter mode) is not news.
  const stopAtMount = useRef(lastStop);
  useEffect(() => {
    if (lastStop && lastStop !== stopAtMount.current) setAnnouncement({ snapshot: lastStop, hasStopped: true });
  }, [lastStop]);

  return (
    <div className="flex items-center gap-2">
      <button type="button" className="btn text-xs" data-testid="announce-progress" disabled={!snapshot} onClick={() => snapshot && setAnnouncement({ snapshot, hasStopped: false })}>
        {t('a11y.announce')}
      </button>
      <p className="sr-only" role="status" aria-live="polite" data-testid="progress-announcement">
        {announcement ? `${announcement.hasStopped ? `${t('a11y.stopped')} ` : ''}${describe(announcement.snapshot)}` : ''}
      </p>
    </div>
  );
}
