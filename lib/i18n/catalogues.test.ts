import { describe, expect, it } from 'vitest';
import { en } from './en';
import { loadCatalogue, loadedCatalogue, type Catalogue, type Locale } from './index';
import { zh } from './zh';
import { chooseLocale, HTML_LANG, localeOfTag } from './locale';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

const CATALOGUES: Record<Locale, Catalogue> = { en, zh };

describe('catalogues', () => {
  const english = CATALOGUES.en;
  for (const [locale, catalogue] of Object.entries(CATALOGUES)) {
    it(`${locale} has exactly the keys of en`, () => {
      expect(Object.keys(catalogue).sort()).toEqual(Object.keys(english).sort());
    });
    it(`${locale} has no empty message`, () => {
      for (const [key, text] of Object.entries(catalogue)) expect(text.trim(), key).not.toBe('');
    });
    it(`${locale} has the same {placeholders} as en in every message`, () => {
      for (const [key, text] of Object.entries(english)) {
        expect(placeholders((catalogue as Record<string, string>)[key] ?? ''), key).toEqual(placeholders(text));
      }
    });
  }
});

describe('loadCatalogue', () => {
  it('has English at once and loads every other locale on demand', async () => {
    expect(loadedCatalogue('zh')).toBeUndefined();
    expect(loadedCatalogue('en')).toBe(en);
    expect(await loadCatalogue('en')).toBe(en);
    expect(await loadCatalogue('zh')).toBe(zh);
    expect(loadedCatalogue('zh')).toBe(zh);
  });
});

describe('chooseLocale', () => {
  it('takes the lang parameter first', () => {
    expect(chooseLocale('zh', ['en-US'])).toBe('zh');
    expect(chooseLocale('en', ['zh-CN'])).toBe('en');
    expect(chooseLocale('ZH-cn', [])).toBe('zh');
  });
  it('ignores an unsupported parameter and falls back to the browser', () => {
    expect(chooseLocale('fr', ['zh-CN', 'en'])).toBe('zh');
    expect(chooseLocale('', ['zh-Hant-TW'])).toBe('zh');
    expect(chooseLocale(null, ['de-DE', 'zh'])).toBe('zh');
    expect(chooseLocale(undefined, ['de-DE', 'en-GB', 'zh'])).toBe('en');
  });
  it('defaults to English', () => {
    expect(chooseLocale(null, [])).toBe('en');
    expect(chooseLocale(null, ['fr', 'ja'])).toBe('en');
    expect(chooseLocale('xx')).toBe('en');
  });
  it('reads language tags', () => {
    expect(localeOfTag('zh_CN')).toBe('zh');
    expect(localeOfTag('english')).toBeNull();
    expect(HTML_LANG.zh).toBe('zh-CN');
  });
});
