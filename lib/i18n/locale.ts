import type { Locale } from './index';

/** Every supported locale, the default first. */
export const LOCALES = ['en', 'zh'] as const satisfies readonly Locale[];
export const DEFAULT_LOCALE: Locale = 'en';

/** The `<html lang>` value of each locale (BCP 47). */
export const HTML_LANG: Record<Locale, string> = { en: 'en', zh: 'zh-CN' };

/** A language tag ("zh", "zh-CN", "zh-Hant-TW", "en-GB", "EN") to a supported locale, or null. */
export function localeOfTag(tag: string | null | undefined): Locale | null {
  const primary = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return LOCALES.find((locale) => locale === primary) ?? null;
}

/**
 * The locale to show: the `lang` URL parameter when it names a supported locale, else the first
 * of the browser's preferred languages that is supported (any zh* is Chinese), else English.
 */
export function chooseLocale(param: string | null | undefined, browserLanguages: readonly string[] = []): Locale {
  const fromParam = localeOfTag(param);
  if (fromParam) return fromParam;
  for (const tag of browserLanguages) {
    const locale = localeOfTag(tag);
    if (locale) return locale;
  }
  return DEFAULT_LOCALE;
}
