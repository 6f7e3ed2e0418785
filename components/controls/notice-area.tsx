'use client';

import { useT } from '@/components/i18n';
import type { Notice } from './notices';

export type { Notice } from './notices';

/** Plain-words notices: what was ignored or went wrong, and what to do. */
export function NoticeArea({ notices, onDismiss }: { notices: readonly Notice[]; onDismiss(): void }) {
  const t = useT();
  if (notices.length === 0) return <div data-testid="notice" role="status" aria-live="polite" className="hidden" />;
  return (
    <div data-testid="notice" role="status" aria-live="polite" className="flex items-start gap-3 rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
      <ul className="flex-1 list-none space-y-0.5">
        {notices.map((notice, i) => (
          <li key={i}>{notice(t)}</li>
        ))}
      </ul>
      <button type="button" className="text-amber-900 underline" onClick={onDismiss}>{t('notice.dismiss')}</button>
    </div>
  );
}
