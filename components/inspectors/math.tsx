'use client';

/**
 * Maths set by KaTeX in the browser: HTML for the eye and MathML for screen readers. Only the panels that
 * show maths import this module, and each is loaded on demand (next/dynamic), so KaTeX's code and
 * stylesheet load with the first of them; its fonts are served from the build.
 */
import katex from 'katex';
import 'katex/dist/katex.min.css';
import { memo, type ReactNode } from 'react';
import { texSymbol, type SymbolParts } from '@/lib/math/tex';

/** One formula. A TeX mistake is shown in red in place (never thrown: the panel stays up). */
export const Tex = memo(function Tex({ tex, display = false, testId, className }: { tex: string; display?: boolean; testId?: string; className?: string }) {
  const html = katex.renderToString(tex, { displayMode: display, output: 'htmlAndMathml', throwOnError: false, strict: 'ignore' });
  return <span className={className} data-testid={testId} data-tex={tex} dangerouslySetInnerHTML={{ __html: html }} />;
});

/**
 * A line of maths: the formula, then (as HTML) any live numbers or notes after it.
 * `wrap` lets a long formula break after its relations and operators.
 */
export function MathLine({ tex, children, testId, wrap = false }: { tex: string; children?: ReactNode; testId?: string; wrap?: boolean }) {
  return (
    <div className={`math ${wrap ? '' : 'whitespace-nowrap'} text-[15px] leading-8 text-slate-900`} data-testid={testId}>
      <Tex tex={tex} />
      {children}
    </div>
  );
}

/** A layer-indexed symbol inline, as the course writes it: W^{[l]}, a^{[l]}_{j}, dZ^{[l](i)}, A^{[l-1]T}. */
export function Sym({ name, ...parts }: { name: string } & SymbolParts) {
  return <Tex tex={texSymbol(name, parts)} />;
}
