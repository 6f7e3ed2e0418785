/**
 * One lesson file: a front matter of `key: value` lines between `---` lines, then Markdown.
 *
 *   ---
 *   title: Logistic regression is one neuron
 *   preset: dataset=blobs&layers=none&lr=0.3&batch=full
 *   section: 2.2
 *   check: logisticFits
 *   try: Press play and watch the cost J fall.
 *   goal: Training accuracy of at least 95 % with J below 0.2.
 *   ---
 *   Lesson text in Markdown, with maths in TeX: $\hat{y} = \sigma(w^Tx + b)$ …
 */
import * as z from 'zod/mini';
import { CHECK_IDS } from './checks';
import { SECTION_PATTERN } from './course';
import { renderInline, renderMarkdown } from './markdown';

const text = z.string().check(z.minLength(1));

const frontMatterSchema = z.object({
  title: text,
  /** The playground's URL query (config and display parameters) this lesson starts from. */
  preset: text,
  /** The section of the course notes the lesson teaches: "2.4", "2.2–2.3", "3.6, 3.8", "3.A" (lib/lessons/course). */
  section: z.string().check(z.regex(SECTION_PATTERN)),
  check: z.enum(CHECK_IDS),
  /** The "try this" prompt. */
  try: text,
  /** What the live check waits for, in words. */
  goal: text,
});

/** zod/mini words no issue by itself ("Invalid input"); the English messages name what was expected. */
const englishErrors = z.locales.en().localeError;

export type LessonFrontMatter = z.infer<typeof frontMatterSchema>;

export interface LessonText extends LessonFrontMatter {
  /** The lesson's text as safe HTML with its maths set by KaTeX (lib/lessons/markdown). */
  html: string;
  /** The "try this" prompt and the goal as inline HTML. */
  tryHtml: string;
  goalHtml: string;
  /** The text without markup. */
  text: string;
}

const FRONT_MATTER = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/;

/** Parses a lesson file; throws with the file name and reason when it is malformed (at build time). */
export function parseLessonFile(source: string, fileName = 'lesson'): LessonText {
  const match = FRONT_MATTER.exec(source.replace(/\r\n?/g, '\n').replace(/^\uFEFF/, ''));
  if (!match) throw new Error(`${fileName}: missing front matter (--- … ---)`);
  const fields: Record<string, string> = {};
  for (const line of match[1]!.split('\n')) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    const colon = line.indexOf(':');
    if (colon < 1) throw new Error(`${fileName}: front matter line is not "key: value": ${line}`);
    fields[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  const result = frontMatterSchema.safeParse(fields, { error: englishErrors });
  if (!result.success) throw new Error(`${fileName}: ${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  const { html, text } = renderMarkdown(match[2]!, fileName);
  if (text === '') throw new Error(`${fileName}: no lesson text`);
  return {
    ...result.data,
    html,
    text,
    tryHtml: renderInline(result.data.try, `${fileName} (try)`),
    goalHtml: renderInline(result.data.goal, `${fileName} (goal)`),
  };
}
