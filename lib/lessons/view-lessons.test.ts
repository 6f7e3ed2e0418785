import { describe, expect, it } from 'vitest';
import { loadLessons } from './content';
import { VIEW_LESSONS } from './view-lessons';

describe('the lessons views link to', () => {
  const lessons = loadLessons();
  it('exist, and teach the section the link names', () => {
    for (const [view, { slug, section }] of Object.entries(VIEW_LESSONS)) {
      const lesson = lessons.find((l) => l.slug === slug);
      expect(lesson, view).toBeDefined();
      expect(lesson!.text.en.section, view).toBe(section);
    }
  });
});
