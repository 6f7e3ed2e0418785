import type { ReactNode } from 'react';

/** Maths set in HTML: italic serif letters, upright digits and operators, sub/superscripts. */
export function MathLine({ children, testId }: { children: ReactNode; testId?: string }) {
  return (
    <div className="math whitespace-nowrap font-serif text-[15px] leading-8 text-slate-900" data-testid={testId}>
      {children}
    </div>
  );
}

/**
 * A layer-indexed symbol as the course writes it: W<sup>[l]</sup>, dZ<sup>[L]</sup>, a<sub>j</sub><sup>[l]</sup>.
 * `layer` goes in square brackets; `transpose` adds ᵀ, `prime` adds ′.
 */
export function Sym({ name, layer, sub, transpose = false, prime = false }: { name: string; layer?: ReactNode; sub?: ReactNode; transpose?: boolean; prime?: boolean }) {
  const isUpright = name.startsWith('d') && name.length > 1;
  return (
    <span className="whitespace-nowrap">
      {isUpright ? (
        <>
          <span>d</span>
          <i>{name.slice(1)}</i>
        </>
      ) : (
        <i>{name}</i>
      )}
      {prime ? '′' : null}
      {layer !== undefined || transpose ? (
        <sup className="text-[0.7em]">
          {layer !== undefined ? <>[{layer}]</> : null}
          {transpose ? 'T' : null}
        </sup>
      ) : null}
      {sub !== undefined ? <sub className="text-[0.7em]">{sub}</sub> : null}
    </span>
  );
}

/** A small stacked fraction, e.g. 1/m. */
export function Frac({ num, den }: { num: ReactNode; den: ReactNode }) {
  return (
    <span className="mx-0.5 inline-flex flex-col items-center align-middle text-[0.75em] leading-none">
      <span className="border-b border-current px-0.5 pb-px">{num}</span>
      <span className="pt-px">{den}</span>
    </span>
  );
}

/** Σ with optional limits below and above. */
export function Sum({ below, above }: { below?: ReactNode; above?: ReactNode }) {
  return (
    <span className="mx-0.5 inline-flex flex-col items-center align-middle leading-none">
      <span className="text-[0.55em]">{above ?? '\u00a0'}</span>
      <span className="text-[1.25em]">Σ</span>
      <span className="text-[0.55em]">{below ?? '\u00a0'}</span>
    </span>
  );
}

/** An operator with thin spaces around it: " = ", " + ", " − ", " ⊙ ". */
export function Op({ children }: { children: ReactNode }) {
  return <span className="mx-1">{children}</span>;
}
