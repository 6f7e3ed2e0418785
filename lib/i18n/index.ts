import { en, type Catalogue, type MessageKey } from './en';
import { selectForm } from './plural';

export type { Catalogue, MessageKey };
export type { Message, PluralMessage } from './plural';
export type Locale = 'en' | 'zh';

export type MessageParams = Record<string, string | number>;

/**
 * English is built in (the default, and what the page shows before it knows the reader's
 * language); every other catalogue is a separate chunk, loaded only by a page shown in it.
 */
const LOADERS: Record<Exclude<Locale, 'en'>, () => Promise<Catalogue>> = {
  zh: () => import('./zh').then((m) => m.zh),
};

const loaded: Partial<Record<Locale, Catalogue>> = { en };

/** The catalogue of `locale` if it has been loaded (English always has); undefined otherwise. */
export function loadedCatalogue(locale: Locale): Catalogue | undefined {
  return loaded[locale];
}

/** The catalogue of `locale`, loading it once; rejects when its chunk cannot be loaded. */
export async function loadCatalogue(locale: Locale): Promise<Catalogue> {
  const known = loaded[locale];
  if (known) return known;
  const catalogue = await LOADERS[locale as Exclude<Locale, 'en'>]();
  loaded[locale] = catalogue;
  return catalogue;
}

/** The locale a loaded catalogue belongs to (English for one that was never loaded). */
function localeOf(catalogue: Catalogue): Locale {
  return (Object.keys(loaded) as Locale[]).find((locale) => loaded[locale] === catalogue) ?? 'en';
}

/**
 * The message `key` of `catalogue`: a plural message takes the form of its count's category under
 * `locale`'s plural rules (by default the catalogue's own locale); then `{name}` placeholders are
 * filled, and a missing parameter stays visible as `{name}` so it is noticed.
 */
export function translate(catalogue: Catalogue, key: MessageKey, params?: MessageParams, locale: Locale = localeOf(catalogue)): string {
  const template = selectForm(catalogue[key], locale, params);
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in params ? String(params[name]) : match,
  );
}
