import { en, type Catalogue, type MessageKey } from './en';
import { zh } from './zh';

export type { Catalogue, MessageKey };
export const CATALOGUES = { en, zh } as const satisfies Record<string, Catalogue>;
export type Locale = keyof typeof CATALOGUES;

export type MessageParams = Record<string, string | number>;

/** Fills `{name}` placeholders; a missing parameter stays visible as `{name}` so it is noticed. */
export function translate(catalogue: Catalogue, key: MessageKey, params?: MessageParams): string {
  const template = catalogue[key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in params ? String(params[name]) : match,
  );
}
