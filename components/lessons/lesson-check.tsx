'use client';

import { useT } from '@/components/i18n';

/** The live check (`goalHtml` is safe HTML made at build time by lib/lessons/markdown): grey with an empty circle while pending, green with a tick once passed (text says which too). */
export function LessonCheck({ goalHtml, isPassed }: { goalHtml: string; isPassed: boolean }) {
  const t = useT();
  return (
    <div
      data-testid="lesson-check"
      data-passed={isPassed ? 'true' : 'false'}
      role="status"
      aria-live="polite"
      className={`flex items-start gap-3 rounded-lg border-2 px-3 py-2 text-sm transition-colors ${isPassed ? 'border-green-600 bg-green-50 text-green-900' : 'border-slate-300 bg-slate-50 text-slate-700'}`}
    >
      <svg viewBox="0 0 24 24" className={`mt-0.5 h-6 w-6 shrink-0 ${isPassed ? 'text-green-600' : 'text-slate-400'}`} aria-hidden>
        {isPassed ? (
          <>
            <circle cx="12" cy="12" r="11" fill="currentColor" />
            <path d="M6.5 12.5l3.5 3.5 7.5-8" fill="none" stroke="white" strokeWidth="2.5" strokeLinecap="round" strokeLinejoin="round" />
          </>
        ) : (
          <circle cx="12" cy="12" r="10" fill="none" stroke="currentColor" strokeWidth="2" strokeDasharray="3 3" />
        )}
      </svg>
      <div className="flex flex-col gap-0.5">
        <span><strong className="font-semibold">{t('lessons.check')}</strong> · <span dangerouslySetInnerHTML={{ __html: goalHtml }} /></span>
        <span className="font-semibold" data-testid="lesson-check-status">{isPassed ? `✓ ${t('lessons.checkPassed')}` : t('lessons.checkPending')}</span>
      </div>
    </div>
  );
}
