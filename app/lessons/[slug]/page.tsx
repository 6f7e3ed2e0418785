import type { Metadata } from 'next';
// KaTeX's stylesheet and fonts, served from the build (the lessons' maths is set at build time).
import 'katex/dist/katex.min.css';
import { notFound } from 'next/navigation';
import { LessonPage } from '@/components/lessons/lesson-page';
import { byLocale, loadLessons, type Lesson } from '@/lib/lessons/content';

export const dynamicParams = false;

export function generateStaticParams() {
  return loadLessons().map(({ slug }) => ({ slug }));
}

type Params = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { slug } = await params;
  const lesson = loadLessons().find((l) => l.slug === slug);
  return { title: lesson ? `${lesson.text.en.title} · NN Playground` : 'NN Playground' };
}

const linkTo = (lesson: Lesson | undefined) => (lesson ? { slug: lesson.slug, title: byLocale(lesson, 'title') } : null);

export default async function Page({ params }: Params) {
  const { slug } = await params;
  const lessons = loadLessons();
  const index = lessons.findIndex((l) => l.slug === slug);
  const lesson = lessons[index];
  if (!lesson) notFound();
  return (
    <LessonPage
      slug={lesson.slug}
      number={lesson.number}
      total={lessons.length}
      text={lesson.text}
      previous={linkTo(lessons[index - 1])}
      next={linkTo(lessons[index + 1])}
    />
  );
}
