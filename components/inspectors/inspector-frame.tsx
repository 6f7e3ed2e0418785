'use client';

import { useEffect, useRef, type ReactNode } from 'react';
import { useT } from '@/components/i18n';

/** A titled, closable inspector panel. */
export function InspectorFrame({ title, testId, onClose, children }: { title: ReactNode; testId: string; onClose(): void; children: ReactNode }) {
  const t = useT();
  const ref = useRef<HTMLElement>(null);
  // A panel opens below the diagram: bring it into view, scrolling as little as possible.
  useEffect(() => {
    ref.current?.scrollIntoView?.({ block: 'nearest', behavior: 'smooth' });
  }, []);
  return (
    <section ref={ref} className="rounded-md border border-slate-200 bg-slate-50 p-2" data-testid={testId} aria-label={typeof title === 'string' ? title : undefined}>
      <div className="mb-1 flex items-center justify-between gap-2">
        <h3 className="text-sm font-semibold text-slate-700">{title}</h3>
        <button type="button" className="btn-icon-sm" aria-label={t('inspect.close')} title={t('inspect.close')} data-testid="inspector-close" onClick={onClose}>
          ×
        </button>
      </div>
      {children}
    </section>
  );
}
