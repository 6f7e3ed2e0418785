/**
 * Where each lesson sits in the course the playground follows: the section of the course notes it
 * teaches (front matter `section: 2.2–2.3`) and that section's week. The notes number sections
 * <week>.<n>; `<week>.A` is the week's programming assignment.
 */
import type { Locale } from '../i18n';

/** "2.4", "2.2–2.3", "3.6, 3.8" or "3.A". */
export const SECTION_PATTERN = /^([1-4])\.(\d{1,2}|A)(?:(?:–|, )\1\.\d{1,2})*$/;

export const WEEKS = [2, 3, 4] as const;
export type Week = (typeof WEEKS)[number];

/** The weeks' titles as the course notes give them. */
export const WEEK_TITLES: Readonly<Record<Week, Record<Locale, string>>> = {
  2: { en: 'Neural network basics: logistic regression as a neural network', zh: '神经网络的编程基础：把逻辑回归看作神经网络' },
  3: { en: 'Shallow neural networks', zh: '浅层神经网络' },
  4: { en: 'Deep neural networks', zh: '深层神经网络' },
};

/** The week a section belongs to (its first number), or null for a section outside weeks 2–4. */
export function weekOf(section: string): Week | null {
  const match = SECTION_PATTERN.exec(section);
  const week = match ? Number(match[1]) : NaN;
  return (WEEKS as readonly number[]).includes(week) ? (week as Week) : null;
}

/** Sorts by position in the notes: "2.2–2.3" before "2.4", "3.11" after "3.9", "3.A" after every numbered section of week 3. */
export function sectionOrder(section: string): number {
  const match = SECTION_PATTERN.exec(section);
  if (!match) return Infinity;
  return Number(match[1]) * 100 + (match[2] === 'A' ? 99 : Number(match[2]));
}

/** How a section is named: "2.2–2.3" as it is, "3.A" as the week's programming assignment (null). */
export function assignmentWeek(section: string): Week | null {
  return section.endsWith('.A') ? weekOf(section) : null;
}

/** The lessons grouped by week, in order: what the index shows. */
export function byWeek<T extends { section: string }>(lessons: readonly T[]): { week: Week; lessons: T[] }[] {
  return WEEKS.map((week) => ({ week, lessons: lessons.filter((l) => weekOf(l.section) === week) })).filter((group) => group.lessons.length > 0);
}
