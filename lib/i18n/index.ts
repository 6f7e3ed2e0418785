import { en, type Catalogue, type MessageKey } from './en';

export type { Catalogue, MessageKey };
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

/** Fills `{name}` placeholders; a missing parameter stays visible as `{name}` so it is noticed. */
export function translate(catalogue: Catalogue, key: MessageKey, params?: MessageParams): string {
  const template = catalogue[key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in params ? String(params[name]) : match,
  );
}
