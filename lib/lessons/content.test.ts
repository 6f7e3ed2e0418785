import { describe, expect, it } from 'vitest';
import { parseConfig } from '../config';
import { parseDisplay } from '../config/display';
import { LOCALES } from '../i18n/locale';
import { lessonFiles, loadLessons } from './content';
import { CHECK_IDS } from './checks';
import { parseLessonFile } from './lesson-file';
import { plainText } from './markdown';

const lessons = loadLessons();

describe('lesson content', () => {
  it('has the eleven lessons of the course, in order, each with its own check', () => {
    expect(lessons.map((l) => l.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(lessons.map((l) => l.text.en.check)).toEqual([...CHECK_IDS]);
    expect(new Set(lessons.map((l) => l.slug)).size).toBe(lessons.length);
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
        }
      });
      it('has a preset that parses without notices', () => {
        expect(parseConfig(lesson.text.en.preset).notices).toEqual([]);
        expect(parseDisplay(lesson.text.en.preset).notices).toEqual([]);
      });
      it('has a few sentences of text in every language', () => {
        for (const locale of LOCALES) {
          const text = plainText(lesson.text[locale].blocks);
          const sentences = text.split(/[.!?。！？](?:\s|$)|[。！？]/).filter((s) => s.trim().length > 8);
          expect(sentences.length, `${locale}: ${text}`).toBeGreaterThanOrEqual(3);
          expect(sentences.length, `${locale}: ${text}`).toBeLessThanOrEqual(7);
          expect(text, locale).not.toMatch(/\*\*|`/);
        }
      });
      it('has Chinese text in the Chinese file', () => {
        const zh = lesson.text.zh;
        for (const field of [zh.title, zh.try, zh.goal, plainText(zh.blocks)]) expect(field).toMatch(/[\u4e00-\u9fff]/);
      });
    });
  }
});

describe('parseLessonFile', () => {
  const file = '---\ntitle: T\npreset: dataset=xor\ncheck: deepSpiral\ntry: Do it.\ngoal: See it.\n---\nText *here*.\n';
  it('reads the front matter and the text', () => {
    const lesson = parseLessonFile(file);
    expect(lesson).toMatchObject({ title: 'T', preset: 'dataset=xor', check: 'deepSpiral', try: 'Do it.', goal: 'See it.' });
    expect(lesson.blocks).toHaveLength(1);
  });
  it('names the file and the problem when it is malformed', () => {
    expect(() => parseLessonFile('no front matter', 'x.md')).toThrow(/x\.md: missing front matter/);
    expect(() => parseLessonFile(file.replace('deepSpiral', 'nope'), 'x.md')).toThrow(/x\.md: check/);
    expect(() => parseLessonFile(file.replace('title: T\n', ''), 'x.md')).toThrow(/title/);
  });
});
