'use client';

import Link from 'next/link';
import { useEffect } from 'react';
import type { Locale } from '@/lib/i18n';
import { I18nProvider, useLocale, useT } from '@/components/i18n';
import { useUrlLocale, withLang } from '@/components/use-url-locale';
import { LessonsHeader } from './lessons-header';

export interface LessonSummary {
  slug: string;
  number: number;
  title: Record<Locale, string>;
  /** Safe inline HTML made at build time (lib/lessons/markdown). */
  goalHtml: Record<Locale, string>;
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
        <ol className="flex flex-col gap-2" data-testid="lesson-list">
          {lessons.map((lesson) => (
            <li key={lesson.slug}>
              <Link href={withLang(`/lessons/${lesson.slug}/`, locale)} className="panel flex items-baseline gap-3 hover:border-slate-400" data-testid="lesson-link" data-slug={lesson.slug}>
                <span className="w-6 shrink-0 text-right font-mono text-slate-500">{lesson.number}</span>
                <span className="flex flex-col">
                  <span className="font-semibold text-slate-900">{lesson.title[locale]}</span>
                  <span className="text-sm text-slate-600" dangerouslySetInnerHTML={{ __html: lesson.goalHtml[locale] }} />
                </span>
              </Link>
            </li>
          ))}
        </ol>
      </main>
    </>
  );
}

/** /lessons: every lesson in order, in the reader's language. */
export function LessonsIndex({ lessons }: { lessons: readonly LessonSummary[] }) {
  const { locale, setLocale } = useUrlLocale();
  return (
    <I18nProvider locale={locale ?? 'en'} onLocaleChange={setLocale}>
      {locale ? <IndexView lessons={lessons} /> : <div className="p-8 text-slate-500" aria-busy="true">NN Playground…</div>}
    </I18nProvider>
  );
}
