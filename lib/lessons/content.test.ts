import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../config';
import { parseDisplay } from '../config/display';
import { LOCALES } from '../i18n/locale';
import { LESSONS_DIR, lessonFiles, loadLessons } from './content';
import { CHECK_IDS } from './checks';
import { sectionOrder } from './course';
import { parseLessonFile } from './lesson-file';

const lessons = loadLessons();

describe('lesson content', () => {
  it('has the lessons in the course’s order, each with a check of its own', () => {
    expect(lessons.map((l) => l.number)).toEqual(lessons.map((_, i) => i + 1));
    const orders = lessons.map((l) => sectionOrder(l.text.en.section));
    expect(orders, lessons.map((l) => l.text.en.section).join(' ')).toEqual([...orders].sort((a, b) => a - b));
    expect(new Set(lessons.map((l) => l.text.en.check)).size).toBe(lessons.length);
    expect(new Set(lessons.map((l) => l.slug)).size).toBe(lessons.length);
  });

  it('uses every check', () => {
    expect(new Set(lessons.map((l) => l.text.en.check))).toEqual(new Set(CHECK_IDS));
  });

  it('has the same files in every language', () => {
    const names = (locale: (typeof LOCALES)[number]) => lessonFiles(locale).map((f) => f.fileName);
    for (const locale of LOCALES) expect(names(locale), locale).toEqual(names('en'));
  });

  for (const lesson of lessons) {
    describe(lesson.slug, () => {
      it('has the same preset and check in every language', () => {
        for (const locale of LOCALES) {
          expect(lesson.text[locale].preset, locale).toBe(lesson.text.en.preset);
          expect(lesson.text[locale].check, locale).toBe(lesson.text.en.check);
          expect(lesson.text[locale].section, locale).toBe(lesson.text.en.section);
        }
      });
      it('has a preset that parses without notices', () => {
        expect(parseConfig(lesson.text.en.preset).notices).toEqual([]);
        expect(parseDisplay(lesson.text.en.preset).notices).toEqual([]);
      });
      it('has a few sentences of text in every language', () => {
        for (const locale of LOCALES) {
          const text = lesson.text[locale].text;
          const sentences = text.split(/[.!?。！？](?:\s|$)|[。！？]/).filter((s) => s.trim().length > 8);
          expect(sentences.length, `${locale}: ${text}`).toBeGreaterThanOrEqual(3);
          expect(sentences.length, `${locale}: ${text}`).toBeLessThanOrEqual(7);
          expect(text, locale).not.toMatch(/\*\*|`/);
        }
      });
      it('sets every formula of its text, prompt and goal with KaTeX, in every language', () => {
        for (const locale of LOCALES) {
          const file = readFileSync(path.join(LESSONS_DIR, locale, lessonFiles(locale)[lesson.number - 1]!.fileName), 'utf8');
          const formulas = file.replace(/^---\n(?:(?:title|preset|section|check):.*\n)*/, '').match(/\$[^$\n]+\$/g) ?? [];
          const { html, tryHtml, goalHtml } = lesson.text[locale];
          const set = `${html}${tryHtml}${goalHtml}`.match(/<span class="katex">/g) ?? [];
          expect(set.length, `${locale}: ${formulas.join(' ')}`).toBe(formulas.length);
          // No maths left in the course's notation outside TeX: ŷ, Σ, ᵀ, W[l] and friends.
          expect(lesson.text[locale].text.replace(/\$[^$]*\$/g, ''), locale).not.toMatch(/[ŷΣᵀ′⊙₀-₉]|\b[WbZAa]\[/);
        }
      });
      it('has Chinese text in the Chinese file', () => {
        const zh = lesson.text.zh;
        for (const field of [zh.title, zh.try, zh.goal, zh.text]) expect(field).toMatch(/[\u4e00-\u9fff]/);
      });
    });
  }
});

describe('parseLessonFile', () => {
  const file = '---\ntitle: T\npreset: dataset=xor\nsection: 4.1\ncheck: deepSpiral\ntry: Do it.\ngoal: See it.\n---\nText *here*.\n';
  it('reads the front matter and the text', () => {
    const lesson = parseLessonFile(file);
    expect(lesson).toMatchObject({ title: 'T', preset: 'dataset=xor', check: 'deepSpiral', try: 'Do it.', goal: 'See it.' });
    expect(lesson.html).toBe('<p>Text <em>here</em>.</p>');
    expect(lesson.text).toBe('Text here.');
  });
  it('renders no HTML written in a lesson file', () => {
    const lesson = parseLessonFile(file.replace('Text *here*.', 'Text <script>alert(1)</script> <img src=x onerror="alert(1)"> here.').replace('try: Do it.', 'try: Do <b onmouseover="x()">it</b>.'));
    for (const html of [lesson.html, lesson.tryHtml]) expect(html).not.toMatch(/<script|<img|<b\b|onerror|onmouseover/);
    expect(lesson.html).toContain('here.');
  });
  it('names the file and the problem when a formula cannot be set', () => {
    expect(() => parseLessonFile(file.replace('Text *here*.', 'Cost $\\frac{1}{$.'), 'en/01-x.md')).toThrow(/en\/01-x\.md.*KaTeX/);
  });
  it('names the file and the problem when it is malformed', () => {
    expect(() => parseLessonFile('no front matter', 'x.md')).toThrow(/x\.md: missing front matter/);
    expect(() => parseLessonFile(file.replace('deepSpiral', 'nope'), 'x.md')).toThrow(/x\.md: check/);
    expect(() => parseLessonFile(file.replace('title: T\n', ''), 'x.md')).toThrow(/title/);
    expect(() => parseLessonFile(file.replace('section: 4.1', 'section: week 4'), 'x.md')).toThrow(/x\.md: section/);
  });
});
