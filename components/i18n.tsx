'use client';

import { createContext, useCallback, useContext, type ReactNode } from 'react';
import { CATALOGUES, translate, type Locale, type MessageKey, type MessageParams } from '@/lib/i18n';

interface LocaleState {
  locale: Locale;
  /** Switches the language of the page; absent where the language is fixed (embeds). */
  setLocale?: (locale: Locale) => void;
}

const LocaleContext = createContext<LocaleState>({ locale: 'en' });

export function I18nProvider({ locale, onLocaleChange, children }: { locale: Locale; onLocaleChange?: (locale: Locale) => void; children: ReactNode }) {
  return <LocaleContext.Provider value={{ locale, setLocale: onLocaleChange }}>{children}</LocaleContext.Provider>;
}

export type Translate = (key: MessageKey, params?: MessageParams) => string;

/** The translate function for the current locale. */
export function useT(): Translate {
  const { locale } = useContext(LocaleContext);
  return useCallback((key, params) => translate(CATALOGUES[locale], key, params), [locale]);
}

/** The current locale and, where the page offers a switch, the function that changes it. */
export function useLocale(): LocaleState {
  return useContext(LocaleContext);
}
