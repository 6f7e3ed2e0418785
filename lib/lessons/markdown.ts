/**
 * A small, safe Markdown subset for lesson text, parsed into plain data (rendered as React elements,
 * never as HTML): `#`–`###` headings, paragraphs, `-`/`*` and `1.` lists, and inline **bold**,
 * *italic* and `code`. Anything else is text; HTML in the source stays literal text.
 */

export type Inline = { kind: 'text' | 'strong' | 'em' | 'code'; text: string };

export type Block =
  | { kind: 'heading'; level: 1 | 2 | 3; inlines: Inline[] }
  | { kind: 'paragraph'; inlines: Inline[] }
  | { kind: 'list'; isOrdered: boolean; items: Inline[][] };

const INLINE = /(\*\*[^*\n]+?\*\*|`[^`\n]+`|\*[^*\s][^*\n]*?\*)/g;

/** Splits a line of text into plain, bold, italic and code runs (no nesting). */
export function parseInline(text: string): Inline[] {
  const inlines: Inline[] = [];
  for (const part of text.split(INLINE)) {
    if (part === '') continue;
    if (part.startsWith('**') && part.endsWith('**') && part.length > 4) inlines.push({ kind: 'strong', text: part.slice(2, -2) });
    else if (part.startsWith('`') && part.endsWith('`') && part.length > 2) inlines.push({ kind: 'code', text: part.slice(1, -1) });
    else if (part.startsWith('*') && part.endsWith('*') && part.length > 2) inlines.push({ kind: 'em', text: part.slice(1, -1) });
    else inlines.push({ kind: 'text', text: part });
  }
  return inlines;
}

const HEADING = /^(#{1,3})\s+(.*)$/;
const BULLET = /^\s*[-*]\s+(.*)$/;
const NUMBERED = /^\s*\d+[.)]\s+(.*)$/;

/** Chinese, Japanese and full-width punctuation: lines are joined without a space next to them. */
const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;

/** Joins the lines of a paragraph: with a space, except where either side is CJK text. */
export function joinLines(lines: readonly string[]): string {
  return lines.reduce((text, line) => (text === '' ? line : CJK.test(text.slice(-1)) || CJK.test(line.charAt(0)) ? text + line : `${text} ${line}`), '');
}

/** Parses lesson Markdown into blocks. Lines of a paragraph are joined (see joinLines). */
export function parseMarkdown(source: string): Block[] {
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  let list: { isOrdered: boolean; items: string[] } | null = null;

  const flush = () => {
    if (paragraph.length) blocks.push({ kind: 'paragraph', inlines: parseInline(joinLines(paragraph)) });
    if (list) blocks.push({ kind: 'list', isOrdered: list.isOrdered, items: list.items.map(parseInline) });
    paragraph = [];
    list = null;
  };

  for (const rawLine of source.replace(/\r\n?/g, '\n').split('\n')) {
    const line = rawLine.trimEnd();
    const heading = HEADING.exec(line);
    const bullet = BULLET.exec(line);
    const numbered = bullet ? null : NUMBERED.exec(line);
    if (line.trim() === '') {
      flush();
    } else if (heading) {
      flush();
      blocks.push({ kind: 'heading', level: heading[1]!.length as 1 | 2 | 3, inlines: parseInline(heading[2]!.trim()) });
    } else if (bullet || numbered) {
      const isOrdered = Boolean(numbered);
      const text = (bullet ?? numbered)![1]!.trim();
      if (paragraph.length || (list && list.isOrdered !== isOrdered)) flush();
      list ??= { isOrdered, items: [] };
      list.items.push(text);
    } else if (list && /^\s+\S/.test(rawLine)) {
      // An indented line continues the last list item.
      list.items[list.items.length - 1] += ` ${line.trim()}`;
    } else {
      if (list) flush();
      paragraph.push(line.trim());
    }
  }
  flush();
  return blocks;
}

/** The blocks' text without markup (for counting and searching). */
export function plainText(blocks: readonly Block[]): string {
  const ofInlines = (inlines: readonly Inline[]) => inlines.map((i) => i.text).join('');
  return blocks
    .map((b) => (b.kind === 'list' ? b.items.map(ofInlines).join('\n') : ofInlines(b.inlines)))
    .join('\n');
}
