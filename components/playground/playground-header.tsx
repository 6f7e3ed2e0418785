'use client';

import Link from 'next/link';
import { useCallback, useRef, useState, type ReactNode } from 'react';
import { useLocale, useT } from '@/components/i18n';
import { LanguageSwitch } from '@/components/language-switch';
import { withLang } from '@/components/use-url-locale';
import { useEscapeToClose } from '@/components/controls/use-escape-to-close';

/** The page header: title, lessons, language, the share menu (opened on demand), presenter mode and help. */
export function PlaygroundHeader({ sharePanel, onPresenter, onHelp }: { sharePanel: ReactNode; onPresenter(): void; onHelp(): void }) {
  const t = useT();
  const { locale } = useLocale();
  const [isShareOpen, setShareOpen] = useState(false);
  const shareToggleRef = useRef<HTMLButtonElement>(null);
  useEscapeToClose(isShareOpen, useCallback(() => setShareOpen(false), []), shareToggleRef);
  return (
    <header className="flex flex-wrap items-baseline gap-x-4 gap-y-1">
      <h1 className="text-2xl font-semibold tracking-tight text-slate-900">{t('app.title')}</h1>
      <p className="text-sm text-slate-600">{t('app.tagline')}</p>
      <span className="relative ml-auto flex flex-wrap gap-2 [&_button]:whitespace-nowrap [&_a]:whitespace-nowrap">
        <Link className="btn" href={withLang('/lessons/', locale)} data-testid="lessons-link">{t('nav.lessons')}</Link>
        <LanguageSwitch />
        <button ref={shareToggleRef} type="button" className="btn" data-testid="share-toggle" aria-expanded={isShareOpen} onClick={() => setShareOpen((o) => !o)}>{t('share.open')}</button>
        {isShareOpen ? (
          <div className="absolute top-full right-0 z-40 mt-1 rounded-lg border border-slate-200 bg-white p-3 shadow-lg">{sharePanel}</div>
        ) : null}
        <button type="button" className="btn" data-testid="presenter-toggle" onClick={onPresenter}>{t('display.presenter')}</button>
        <button type="button" className="btn" data-testid="help-toggle" aria-label={t('help.open')} onClick={onHelp}>?</button>
      </span>
    </header>
  );
}
