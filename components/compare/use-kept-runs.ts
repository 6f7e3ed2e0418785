'use client';

import { useEffect, useState } from 'react';
import type { KeptRun } from '@/lib/compare/runs';
import { decodeRuns } from '@/lib/compare/runs-codec';

/**
 * The kept runs, starting from those of a shared link (`runs=`, read once on the page; an unreadable value
 * is said through `onUnreadable` and nothing else is lost). They live above the language switch, which
 * re-renders the page but does not remount it.
 */
export function useKeptRuns(readsLink: boolean, onUnreadable: () => void) {
  const [runs, setRuns] = useState<KeptRun[]>([]);
  useEffect(() => {
    if (!readsLink) return;
    const text = new URLSearchParams(window.location.search).get('runs');
    if (text === null) return;
    const decoded = decodeRuns(text);
    if (decoded) setRuns(decoded);
    else onUnreadable();
    // Once, on the page's first load.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return [runs, setRuns] as const;
}
