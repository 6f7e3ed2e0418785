import type { Block, Inline } from '@/lib/lessons/markdown';

/** Inline runs as React elements (text is always text: nothing is parsed as HTML). */
export function InlineView({ inlines }: { inlines: readonly Inline[] }) {
  return (
    <>
      {inlines.map((inline, i) =>
        inline.kind === 'strong' ? (
          <strong key={i} className="font-semibold text-slate-900">{inline.text}</strong>
        ) : inline.kind === 'em' ? (
          <em key={i}>{inline.text}</em>
        ) : inline.kind === 'code' ? (
          <code key={i} className="rounded bg-slate-100 px-1 font-mono text-[0.9em]">{inline.text}</code>
        ) : (
          <span key={i}>{inline.text}</span>
        ),
      )}
    </>
  );
}

const HEADING_CLASS = ['text-lg font-semibold', 'text-base font-semibold', 'text-sm font-semibold'] as const;

/** Lesson text parsed by lib/lessons/markdown; `#` is rendered one level below the page's h1. */
export function MarkdownView({ blocks }: { blocks: readonly Block[] }) {
  return (
    <div className="flex max-w-[70ch] flex-col gap-3 text-[15px] leading-relaxed text-slate-700">
      {blocks.map((block, i) => {
        if (block.kind === 'heading') {
          const Tag = (['h2', 'h3', 'h4'] as const)[block.level - 1]!;
          return <Tag key={i} className={HEADING_CLASS[block.level - 1]}><InlineView inlines={block.inlines} /></Tag>;
        }
        if (block.kind === 'list') {
          const Tag = block.isOrdered ? 'ol' : 'ul';
          return (
            <Tag key={i} className={`ml-5 flex flex-col gap-1 ${block.isOrdered ? 'list-decimal' : 'list-disc'}`}>
              {block.items.map((item, j) => <li key={j}><InlineView inlines={item} /></li>)}
            </Tag>
          );
        }
        return <p key={i}><InlineView inlines={block.inlines} /></p>;
      })}
    </div>
  );
}
