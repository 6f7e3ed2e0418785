'use client';

import { useCallback, useEffect, useState } from 'react';
import type { Locale } from '@/lib/i18n';
import { chooseLocale, HTML_LANG } from '@/lib/i18n/locale';

/**
 * The page's language: `lang` in the URL, else the browser's languages, else English; decided once
 * on the client (the static HTML cannot know). `setLocale` switches without a reload and writes
 * `lang=` into the address bar, keeping every other parameter. `<html lang>` follows.
 */
export function useUrlLocale(): { locale: Locale | null; setLocale(locale: Locale): void } {
  const [locale, setLocaleState] = useState<Locale | null>(null);
  useEffect(() => {
    const param = new URLSearchParams(window.location.search).get('lang');
    const languages = navigator.languages?.length ? navigator.languages : [navigator.language];
    setLocaleState(chooseLocale(param, languages));
  }, []);
  useEffect(() => {
    if (locale) document.documentElement.lang = HTML_LANG[locale];
  }, [locale]);
  const setLocale = useCallback((next: Locale) => {
    setLocaleState(next);
    const params = new URLSearchParams(window.location.search);
    params.set('lang', next);
    const query = params.toString().replace(/%2C/g, ',');
    window.history.replaceState(window.history.state, '', `${window.location.pathname}?${query}${window.location.hash}`);
  }, []);
  return { locale, setLocale };
}

/** A site path with the current language attached, so links keep the learner's choice. */
export function withLang(href: string, locale: Locale): string {
  return `${href}${href.includes('?') ? '&' : '?'}lang=${locale}`;
}
