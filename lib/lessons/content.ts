/**
 * Reads the lesson files at build time (server pages and tests only: it uses the file system).
 * content/lessons/<locale>/<NN>-<slug>.md, one file per lesson per locale; NN orders them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Locale } from '../i18n';
import { LOCALES } from '../i18n/locale';
import { parseLessonFile, type LessonText } from './lesson-file';

export const LESSONS_DIR = path.join(process.cwd(), 'content', 'lessons');

const FILE_NAME = /^(\d+)-([a-z0-9-]+)\.md$/;

export interface Lesson {
  slug: string;
  /** 1-based position in the course. */
  number: number;
  text: Record<Locale, LessonText>;
}

/** The lesson files of one locale, in order: [number, slug, file name]. */
export function lessonFiles(locale: Locale, dir = LESSONS_DIR): { number: number; slug: string; fileName: string }[] {
  return readdirSync(path.join(dir, locale))
    .map((fileName) => ({ fileName, match: FILE_NAME.exec(fileName) }))
    .filter((f) => f.match !== null)
    .map(({ fileName, match }) => ({ number: Number(match![1]), slug: match![2]!, fileName }))
    .sort((a, b) => a.number - b.number);
}

/** Every lesson in every locale; throws when a locale misses a lesson or a file is malformed. */
export function loadLessons(dir = LESSONS_DIR): Lesson[] {
  const files = lessonFiles('en', dir);
  return files.map(({ slug, fileName }, index) => {
    const text = Object.fromEntries(
      LOCALES.map((locale) => {
        const file = path.join(dir, locale, fileName);
        return [locale, parseLessonFile(readFileSync(file, 'utf8'), `${locale}/${fileName}`)];
      }),
    ) as Record<Locale, LessonText>;
    return { slug, number: index + 1, text };
  });
}

/** One front-matter field of a lesson in every locale (for links and the index). */
export function byLocale(lesson: Pick<Lesson, 'text'>, field: 'title' | 'goalHtml'): Record<Locale, string> {
  return Object.fromEntries(LOCALES.map((locale) => [locale, lesson.text[locale][field]])) as Record<Locale, string>;
}
