'use client';

import Link from 'next/link';
import type { ReactNode } from 'react';
import { useLocale, useT } from '@/components/i18n';
import { LanguageSwitch } from '@/components/language-switch';
import { withLang } from '@/components/use-url-locale';

/** The lesson pages' top bar: home, the lesson index, where you are, and the language switch. */
export function LessonsHeader({ children }: { children?: ReactNode }) {
  const t = useT();
  const { locale } = useLocale();
  return (
    <header className="flex flex-wrap items-center gap-x-4 gap-y-2 border-b border-slate-200 bg-white px-4 py-2">
      <Link href={withLang('/', locale)} className="text-lg font-semibold tracking-tight text-slate-900" data-testid="home-link">{t('app.title')}</Link>
      <Link href={withLang('/lessons/', locale)} className="text-sm text-slate-700 underline-offset-2 hover:underline" data-testid="lessons-index-link">{t('lessons.allLessons')}</Link>
      {children}
      <span className="ml-auto"><LanguageSwitch /></span>
    </header>
  );
}
