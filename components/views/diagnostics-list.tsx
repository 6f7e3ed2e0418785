'use client';

import Link from 'next/link';
import { useState } from 'react';
import { LESSON_OF } from '@/lib/diagnostics/detect';
import type { Diagnostic, DiagnosticKind } from '@/lib/protocol';
import { useLocale, useT } from '@/components/i18n';
import { withLang } from '@/components/use-url-locale';

/**
 * Why the run is failing, in plain words with what to try and the lesson that teaches it: one line per
 * diagnosis of the newest snapshot. A dismissed one stays hidden until its condition ends and returns.
 * A cost that became NaN is left to the divergence notice, which says the same with the epoch.
 * The list is a polite live region, so a screen reader hears each diagnosis once, when it appears.
 */
export function DiagnosticsList({ diagnostics, hasDiverged = false }: { diagnostics: readonly Diagnostic[]; hasDiverged?: boolean }) {
  const t = useT();
  const { locale } = useLocale();
  const [dismissed, setDismissed] = useState<ReadonlySet<DiagnosticKind>>(new Set());
  const current = new Set(diagnostics.map((d) => d.kind));
  // A condition that ended may be said again when it returns.
  const stillDismissed = [...dismissed].filter((kind) => current.has(kind));
  if (stillDismissed.length !== dismissed.size) setDismissed(new Set(stillDismissed));
  // A NaN cost is said by the notice above (with the learning rate to try), not twice.
  const shown = diagnostics.filter((d) => !dismissed.has(d.kind) && !(hasDiverged && d.kind === 'diverging'));
  return (
    <ul className="flex flex-col gap-1" aria-live="polite" data-testid="diagnostics">
      {shown.map((d) => (
        <li key={d.kind} data-testid="diagnostic" data-kind={d.kind} className="flex items-start gap-2 rounded border border-amber-300 bg-amber-50 px-2 py-1 text-sm text-amber-950">
          <span className="flex-1">
            {t(`diagnostic.${d.kind}`, { layer: d.layer ?? 1, lr: d.learningRate ?? 0, suggested: d.suggestedLearningRate ?? 0 })}{' '}
            <Link className="underline underline-offset-2" href={withLang(`/lessons/${LESSON_OF[d.kind]}/`, locale)} data-testid="diagnostic-lesson">
              {t('diagnostic.lesson')}
            </Link>
          </span>
          <button type="button" className="btn-icon-sm shrink-0" aria-label={t('diagnostic.dismiss')} title={t('diagnostic.dismiss')} data-testid="diagnostic-dismiss" onClick={() => setDismissed(new Set([...dismissed, d.kind]))}>
            ×
          </button>
        </li>
      ))}
    </ul>
  );
}
