import { describe, expect, it } from 'vitest';
import { en } from './en';
import { loadCatalogue, loadedCatalogue, type Catalogue, type Locale } from './index';
import { zh } from './zh';
import { chooseLocale, HTML_LANG, localeOfTag } from './locale';
import { categoriesOf, formsOf, type Message } from './plural';

/** The placeholders of every form of a message, each once. */
const placeholders = (message: Message | undefined) =>
  [...new Set(formsOf(message ?? '').flatMap((text) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1])))].sort();

const CATALOGUES: Record<Locale, Catalogue> = { en, zh };

describe('catalogues', () => {
  const english = CATALOGUES.en;
  for (const [locale, catalogue] of Object.entries(CATALOGUES)) {
    it(`${locale} has exactly the keys of en`, () => {
      expect(Object.keys(catalogue).sort()).toEqual(Object.keys(english).sort());
    });
    it(`${locale} has no empty message`, () => {
      for (const [key, message] of Object.entries(catalogue)) {
        for (const text of formsOf(message)) expect(text.trim(), key).not.toBe('');
      }
    });
    it(`${locale} has the same {placeholders} as en in every message`, () => {
      for (const [key, message] of Object.entries(english)) {
        expect(placeholders((catalogue as Record<string, Message>)[key]), key).toEqual(placeholders(message));
      }
    });
    it(`${locale} gives every plural message of en a form for each of its plural categories, chosen by the same parameter`, () => {
      const needed = new Intl.PluralRules(HTML_LANG[locale as Locale]).resolvedOptions().pluralCategories;
      for (const [key, message] of Object.entries(english)) {
        const own = (catalogue as Record<string, Message>)[key]!;
        if (typeof message === 'string') continue;
        expect(typeof own, key).toBe('object');
        if (typeof own === 'string') continue;
        expect(own.by, key).toBe(message.by);
        expect(categoriesOf(own).sort(), key).toEqual([...needed].sort());
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
