import { describe, expect, it } from 'vitest';
import { assignmentWeek, byWeek, SECTION_PATTERN, sectionOrder, weekOf } from './course';

describe('course sections', () => {
  it('reads the sections the notes use, and nothing else', () => {
    for (const section of ['2.4', '2.2–2.3', '2.10–2.14', '3.6, 3.8', '3.A', '4.7']) expect(section).toMatch(SECTION_PATTERN);
    for (const section of ['', '2', '2.', '5.1', '2.2-2.3', '2.2–3.1', 'x.1', '2.100']) expect(section).not.toMatch(SECTION_PATTERN);
  });
  it('gives each section its week', () => {
    expect(weekOf('2.15')).toBe(2);
    expect(weekOf('3.A')).toBe(3);
    expect(weekOf('4.5–4.6')).toBe(4);
    expect(weekOf('1.2')).toBeNull();
    expect(weekOf('nope')).toBeNull();
  });
  it('orders sections as the notes do', () => {
    const sections = ['3.A', '4.1', '2.15', '2.4', '3.11', '2.2–2.3', '3.9'];
    expect([...sections].sort((a, b) => sectionOrder(a) - sectionOrder(b))).toEqual(['2.2–2.3', '2.4', '2.15', '3.9', '3.11', '3.A', '4.1']);
  });
  it('tells the week of a programming assignment', () => {
    expect(assignmentWeek('3.A')).toBe(3);
    expect(assignmentWeek('3.11')).toBeNull();
  });
  it('groups lessons by week, leaving out empty weeks', () => {
    const groups = byWeek([{ section: '2.2', id: 1 }, { section: '4.1', id: 2 }, { section: '2.4', id: 3 }]);
    expect(groups.map((g) => [g.week, g.lessons.map((l) => l.id)])).toEqual([[2, [1, 3]], [4, [2]]]);
  });
});
