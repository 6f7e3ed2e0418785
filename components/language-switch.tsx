'use client';

import { LOCALES } from '@/lib/i18n/locale';
import type { Locale } from '@/lib/i18n';
import { useLocale, useT } from '@/components/i18n';

/** Each language named in itself, so a reader finds their own whatever is shown. */
const NATIVE_NAMES: Record<Locale, string> = { en: 'EN', zh: '中文' };

/** EN | 中文: switches the page language in place; renders nothing where the language is fixed. */
export function LanguageSwitch() {
  const t = useT();
  const { locale, setLocale } = useLocale();
  if (!setLocale) return null;
  return (
    <span role="group" aria-label={t('lang.switch')} className="flex items-center rounded border border-slate-300 bg-white text-sm" data-testid="language-switch">
      {LOCALES.map((option, i) => (
        <button
          key={option}
          type="button"
          lang={option === 'zh' ? 'zh-CN' : 'en'}
          aria-pressed={locale === option}
          data-testid={`lang-${option}`}
          onClick={() => setLocale(option)}
          className={`px-2 py-1 ${i > 0 ? 'border-l border-slate-300' : ''} ${locale === option ? 'bg-slate-800 font-semibold text-white' : 'text-slate-700 hover:bg-slate-100'}`}
        >
          {NATIVE_NAMES[option]}
        </button>
      ))}
    </span>
  );
}
