import type { Metadata } from 'next';
import 'katex/dist/katex.min.css';
import { LessonsIndex } from '@/components/lessons/lessons-index';
import { byLocale, loadLessons } from '@/lib/lessons/content';

export const metadata: Metadata = { title: 'Lessons · NN Playground' };

export default function Page() {
  const lessons = loadLessons().map(({ slug, number, text }) => ({
    slug,
    number,
    title: byLocale({ text }, 'title'),
    goalHtml: byLocale({ text }, 'goalHtml'),
    section: text.en.section,
  }));
  return <LessonsIndex lessons={lessons} />;
}
