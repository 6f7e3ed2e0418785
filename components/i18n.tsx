'use client';

import { createContext, useCallback, useContext, type ReactNode } from 'react';
import { loadedCatalogue, translate, type Catalogue, type Locale, type MessageKey, type MessageParams } from '@/lib/i18n';

interface LocaleState {
  locale: Locale;
  /** Switches the language of the page; absent where the language is fixed (embeds). */
  setLocale?: (locale: Locale) => void;
}

const english = loadedCatalogue('en')!;
const LocaleContext = createContext<LocaleState & { catalogue: Catalogue }>({ locale: 'en', catalogue: english });

/**
 * Provides `locale` to the tree below. Its catalogue must already be loaded (useUrlLocale only
 * reports a locale once it is); English is used until then, never a mix.
 */
export function I18nProvider({ locale, onLocaleChange, children }: { locale: Locale; onLocaleChange?: (locale: Locale) => void; children: ReactNode }) {
  const catalogue = loadedCatalogue(locale);
  const value = catalogue ? { locale, catalogue, setLocale: onLocaleChange } : { locale: 'en' as const, catalogue: english, setLocale: onLocaleChange };
  return <LocaleContext.Provider value={value}>{children}</LocaleContext.Provider>;
}

export type Translate = (key: MessageKey, params?: MessageParams) => string;

/** The translate function for the current locale. */
export function useT(): Translate {
  const { catalogue } = useContext(LocaleContext);
  return useCallback((key, params) => translate(catalogue, key, params), [catalogue]);
}

/** The current locale and, where the page offers a switch, the function that changes it. */
export function useLocale(): LocaleState {
  const { locale, setLocale } = useContext(LocaleContext);
  return { locale, setLocale };
}
