'use client';

import Link from 'next/link';
import { useEffect, useRef, type ReactNode } from 'react';
import type { ViewLesson } from '@/lib/lessons/view-lessons';
import { useLocale, useT } from '@/components/i18n';
import { withLang } from '@/components/use-url-locale';

/** A link to the lesson that teaches a view: "Lesson §2.4 →". */
export function ViewLessonLink({ lesson }: { lesson: ViewLesson }) {
  const t = useT();
  const { locale } = useLocale();
  return (
    <Link className="text-xs whitespace-nowrap text-sky-800 underline underline-offset-2" href={withLang(`/lessons/${lesson.slug}/`, locale)} title={t('inspect.lessonTitle')} data-testid="view-lesson" data-slug={lesson.slug}>
      {t('inspect.lesson', { section: lesson.section })}
    </Link>
  );
}

/** A titled, closable inspector panel, with a link to the lesson that teaches it when there is one. */
export function InspectorFrame({ title, testId, lesson, onClose, children }: { title: ReactNode; testId: string; lesson?: ViewLesson; onClose(): void; children: ReactNode }) {
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
        {lesson ? <span className="ml-auto"><ViewLessonLink lesson={lesson} /></span> : null}
        <button type="button" className="btn-icon-sm" aria-label={t('inspect.close')} title={t('inspect.close')} data-testid="inspector-close" onClick={onClose}>
          ×
        </button>
      </div>
      {children}
    </section>
  );
}
