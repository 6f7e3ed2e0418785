'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { loadCatalogue, loadedCatalogue, type Locale } from '@/lib/i18n';
import { chooseLocale, HTML_LANG } from '@/lib/i18n/locale';

/**
 * The page's language: `lang` in the URL, else the browser's languages, else English; decided once
 * on the client (the static HTML cannot know). `setLocale` switches without a reload and writes
 * `lang=` into the address bar, keeping every other parameter. `<html lang>` follows.
 *
 * A locale is reported only once its catalogue is loaded (English is built in; the others are
 * fetched on demand), so nothing is ever shown in a language the page is not in. If a catalogue
 * cannot be loaded, the page opens in English, or a switch leaves the language as it was.
 */
export function useUrlLocale(): { locale: Locale | null; setLocale(locale: Locale): void } {
  const [locale, setLocaleState] = useState<Locale | null>(null);
  // The newest request wins when a reader switches again before a catalogue has arrived.
  const latestRequest = useRef(0);

  /** Calls `show` with `next` once its catalogue is loaded, or with `fallback` if it fails to load. */
  const whenLoaded = useCallback((next: Locale, show: (locale: Locale) => void, fallback?: Locale) => {
    const request = ++latestRequest.current;
    if (loadedCatalogue(next)) return show(next);
    loadCatalogue(next).then(
      () => request === latestRequest.current && show(next),
      () => request === latestRequest.current && fallback && show(fallback),
    );
  }, []);

  useEffect(() => {
    const param = new URLSearchParams(window.location.search).get('lang');
    const languages = navigator.languages?.length ? navigator.languages : [navigator.language];
    whenLoaded(chooseLocale(param, languages), setLocaleState, 'en');
  }, [whenLoaded]);
  useEffect(() => {
    if (locale) document.documentElement.lang = HTML_LANG[locale];
  }, [locale]);
  const setLocale = useCallback(
    (next: Locale) =>
      whenLoaded(next, (shown) => {
        setLocaleState(shown);
        const params = new URLSearchParams(window.location.search);
        params.set('lang', shown);
        const query = params.toString().replace(/%2C/g, ',');
        window.history.replaceState(window.history.state, '', `${window.location.pathname}?${query}${window.location.hash}`);
      }),
    [whenLoaded],
  );
  return { locale, setLocale };
}

/** A site path with the current language attached, so links keep the learner's choice. */
export function withLang(href: string, locale: Locale): string {
  return `${href}${href.includes('?') ? '&' : '?'}lang=${locale}`;
}
