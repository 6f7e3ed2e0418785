import { DEFAULT_CONFIG } from '@/lib/config/defaults';
import { DEFAULT_DISPLAY } from '@/lib/config/display-options';
import type { UrlState } from './load-from-url';

/** The state of a URL with no parameters: the default config and display, generated points. */
export function defaultUrlState(): UrlState {
  return { config: structuredClone(DEFAULT_CONFIG), display: { ...DEFAULT_DISPLAY }, points: null, notices: [], pointsError: null };
}

/**
 * What the query string asks for, exactly as loadFromUrl reads it. A query with nothing but `lang`
 * (the usual visit) asks for the defaults, so the parsers (zod) are loaded only when there is
 * something for them to read, and stay out of the page's first load.
 */
export async function readUrlState(search: string): Promise<UrlState> {
  const keys = [...new URLSearchParams(search).keys()];
  if (keys.every((key) => key === 'lang')) return defaultUrlState();
  try {
    const { loadFromUrl } = await import('./load-from-url');
    return loadFromUrl(search);
  } catch {
    // The parser's chunk did not load (offline, or a new deployment replaced it): show the defaults and say so.
    return { ...defaultUrlState(), isUnread: true };
  }
}
