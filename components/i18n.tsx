'use client';

import { createContext, useCallback, useContext, type ReactNode } from 'react';
import { CATALOGUES, translate, type Locale, type MessageKey, type MessageParams } from '@/lib/i18n';

const LocaleContext = createContext<Locale>('en');

export function I18nProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  return <LocaleContext.Provider value={locale}>{children}</LocaleContext.Provider>;
}

export type Translate = (key: MessageKey, params?: MessageParams) => string;

/** The translate function for the current locale. */
export function useT(): Translate {
  const locale = useContext(LocaleContext);
  return useCallback((key, params) => translate(CATALOGUES[locale], key, params), [locale]);
}
