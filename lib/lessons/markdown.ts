/**
 * Lesson Markdown to HTML at build time, by unified: remark-parse (CommonMark) with remark-math for
 * `$…$` and `$$…$$`, remark-rehype, rehype-sanitize, rehype-katex (HTML for the eye, MathML for screen
 * readers) and rehype-stringify. Raw HTML in a lesson is dropped by remark-rehype and anything unsafe
 * that slipped through would be removed by rehype-sanitize, so the HTML is safe to insert as it is.
 * A TeX error fails the build with the lesson's name instead of showing a red formula.
 */
import type { Root as HastRoot, RootContent as HastContent } from 'hast';
import type { Root as MdastRoot, RootContent as MdastContent } from 'mdast';
import rehypeKatex from 'rehype-katex';
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkMath from 'remark-math';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';

export interface RenderedMarkdown {
  /** Safe HTML: the lesson's `#` is an h2 (the page's title is the h1). */
  html: string;
  /** The text without markup (maths as its TeX), for counting and searching. */
  text: string;
}

/** Chinese, Japanese and full-width punctuation: a line break next to them is no space. */
const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;

/** Joins the lines of a paragraph with a space, except where either side is CJK text. */
export function joinLines(text: string): string {
  return text.replace(/(.?)\n(.?)/g, (_, before: string, after: string) =>
    CJK.test(before) || CJK.test(after) ? before + after : `${before} ${after}`,
  );
}

/** A line break inside Chinese text must not become a space (HTML would show one). */
function remarkJoinCjkLines() {
  const visit = (node: MdastRoot | MdastContent) => {
    if (node.type === 'text') node.value = joinLines(node.value);
    if ('children' in node) node.children.forEach(visit);
  };
  return (tree: MdastRoot) => visit(tree);
}

/** `#` becomes h2, `##` h3 and so on, under the page's own h1. */
function rehypeDemoteHeadings() {
  const visit = (node: HastRoot | HastContent) => {
    if (node.type === 'element') {
      const level = /^h([1-5])$/.exec(node.tagName);
      if (level) node.tagName = `h${Number(level[1]) + 1}`;
    }
    if ('children' in node) node.children.forEach(visit);
  };
  return (tree: HastRoot) => visit(tree);
}

/** GitHub's sanitising schema, plus the classes remark-math gives maths for rehype-katex to find. */
const SCHEMA: SanitizeSchema = {
  ...defaultSchema,
  attributes: {
    ...defaultSchema.attributes,
    code: [...(defaultSchema.attributes?.code ?? []), ['className', 'language-math', 'math-inline', 'math-display']],
  },
};

const processor = unified()
  .use(remarkParse)
  .use(remarkMath)
  .use(remarkJoinCjkLines)
  .use(remarkRehype)
  .use(rehypeSanitize, SCHEMA)
  .use(rehypeDemoteHeadings)
  .use(rehypeKatex, { output: 'htmlAndMathml', strict: 'error' })
  .use(rehypeStringify);

const textProcessor = unified().use(remarkParse).use(remarkMath).use(remarkJoinCjkLines);

/** The text of a Markdown tree: paragraphs and list items on lines of their own. */
function textOf(node: MdastRoot | MdastContent): string {
  if ('value' in node) return node.type === 'html' ? '' : node.value;
  if (!('children' in node)) return '';
  const isBlock = node.type === 'root' || node.type === 'list' || node.type === 'listItem';
  return node.children.map((child) => textOf(child as MdastContent)).join(isBlock ? '\n' : '');
}

/** Renders lesson Markdown; throws `<fileName>:<line>: …` when KaTeX cannot set a formula. */
export function renderMarkdown(source: string, fileName = 'lesson'): RenderedMarkdown {
  const file = processor.processSync(source);
  const problem = file.messages[0];
  if (problem) throw new Error(`${fileName}:${problem.line ?? '?'}: ${problem.reason}: ${problem.cause instanceof Error ? problem.cause.message : ''}`);
  const tree = textProcessor.runSync(textProcessor.parse(source)) as MdastRoot;
  return { html: String(file), text: textOf(tree).trim() };
}

/** One line of Markdown (a "try this" prompt) as inline HTML: the paragraph's content only. */
export function renderInline(source: string, fileName = 'lesson'): string {
  return renderMarkdown(source, fileName).html.replace(/^<p>([\s\S]*)<\/p>$/, '$1');
}
