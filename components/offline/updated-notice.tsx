'use client';

import { useEffect, useState } from 'react';
import { loadedCatalogue, translate, type Locale } from '@/lib/i18n';
import { localeOfTag } from '@/lib/i18n/locale';

/**
 * The page's language as `<html lang>` says it (useUrlLocale sets it once the page's catalogue is
 * loaded). The notice is mounted by the root layout, above each page's I18nProvider, so it follows
 * the attribute instead; English until another catalogue is loaded.
 */
function useDocumentLocale(): Locale {
  const [locale, setLocale] = useState<Locale>('en');
  useEffect(() => {
    const html = document.documentElement;
    const read = () => {
      const tagged = localeOfTag(html.lang) ?? 'en';
      setLocale(loadedCatalogue(tagged) ? tagged : 'en');
    };
    read();
    const observer = new MutationObserver(read);
    observer.observe(html, { attributes: true, attributeFilter: ['lang'] });
    return () => observer.disconnect();
  }, []);
  return locale;
}

/** "Updated to the latest version", shown once after the reload that applied a new deployment. */
export function UpdatedNotice({ onDismiss }: { onDismiss(): void }) {
  const catalogue = loadedCatalogue(useDocumentLocale()) ?? loadedCatalogue('en')!;
  return (
    <div
      data-testid="updated-notice"
      role="status"
      aria-live="polite"
      className="fixed bottom-4 left-1/2 z-50 flex w-max max-w-[calc(100vw-2rem)] -translate-x-1/2 items-center gap-3 rounded border border-slate-300 bg-white px-3 py-2 text-sm text-slate-800 shadow-lg"
    >
      <span>{translate(catalogue, 'offline.updated')}</span>
      <button type="button" className="text-slate-700 underline" onClick={onDismiss}>{translate(catalogue, 'notice.dismiss')}</button>
    </div>
  );
}
