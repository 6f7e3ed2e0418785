'use client';

import Link from 'next/link';
import { useEffect } from 'react';
import type { Locale } from '@/lib/i18n';
import { I18nProvider, useLocale, useT } from '@/components/i18n';
import { useUrlLocale, withLang } from '@/components/use-url-locale';
import { LessonsHeader } from './lessons-header';
import { assignmentWeek, byWeek, WEEK_TITLES } from '@/lib/lessons/course';

export interface LessonSummary {
  slug: string;
  number: number;
  title: Record<Locale, string>;
  /** Safe inline HTML made at build time (lib/lessons/markdown). */
  goalHtml: Record<Locale, string>;
  /** The section of the course notes it teaches (lib/lessons/course). */
  section: string;
}

function IndexView({ lessons }: { lessons: readonly LessonSummary[] }) {
  const t = useT();
  const { locale } = useLocale();
  useEffect(() => {
    document.title = `${t('lessons.title')} · ${t('app.title')}`;
  }, [t]);
  return (
    <>
      <LessonsHeader />
      <main className="mx-auto flex max-w-3xl flex-col gap-4 p-4">
        <h1 className="text-2xl font-semibold tracking-tight text-slate-900">{t('lessons.title')}</h1>
        <p className="text-slate-700">{t('lessons.intro')}</p>
        {byWeek(lessons).map(({ week, lessons: ofWeek }) => (
          <section key={week} className="flex flex-col gap-2" data-testid="lesson-week" data-week={week} aria-labelledby={`week-${week}`}>
            <h2 id={`week-${week}`} className="mt-2 text-lg font-semibold text-slate-900">
              {t('lessons.week', { week })} <span className="font-normal text-slate-600">· {WEEK_TITLES[week][locale]}</span>
            </h2>
            <ol className="flex flex-col gap-2" data-testid="lesson-list">
              {ofWeek.map((lesson) => (
                <li key={lesson.slug}>
                  <Link href={withLang(`/lessons/${lesson.slug}/`, locale)} className="panel flex items-baseline gap-3 hover:border-slate-400" data-testid="lesson-link" data-slug={lesson.slug}>
                    <span className="w-6 shrink-0 text-right font-mono text-slate-500">{lesson.number}</span>
                    <span className="flex min-w-0 flex-col">
                      <span className="font-semibold text-slate-900">{lesson.title[locale]}</span>
                      <span className="text-sm text-slate-600" dangerouslySetInnerHTML={{ __html: lesson.goalHtml[locale] }} />
                    </span>
                    <span className="ml-auto shrink-0 text-sm whitespace-nowrap text-slate-500" data-testid="lesson-link-section">
                      {assignmentWeek(lesson.section) ? t('lessons.assignmentShort', { week: assignmentWeek(lesson.section)! }) : `§${lesson.section}`}
                    </span>
                  </Link>
                </li>
              ))}
            </ol>
          </section>
        ))}
      </main>
    </>
  );
}

/** /lessons: every lesson in order, grouped by the course's weeks, in the reader's language. */
export function LessonsIndex({ lessons }: { lessons: readonly LessonSummary[] }) {
  const { locale, setLocale } = useUrlLocale();
  return (
    <I18nProvider locale={locale ?? 'en'} onLocaleChange={setLocale}>
      {locale ? <IndexView lessons={lessons} /> : <div className="p-8 text-slate-500" aria-busy="true">NN Playground…</div>}
    </I18nProvider>
  );
}
