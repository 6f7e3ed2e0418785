import type { ReactNode } from 'react';

/** Maths set in HTML: italic serif letters, upright digits and operators, sub/superscripts. */
export function MathLine({ children, testId, wrap = false }: { children: ReactNode; testId?: string; wrap?: boolean }) {
  return (
    <div className={`math ${wrap ? '' : 'whitespace-nowrap'} font-serif text-[15px] leading-8 text-slate-900`} data-testid={testId}>
      {children}
    </div>
  );
}

/**
 * A layer-indexed symbol as the course writes it: W<sup>[l]</sup>, dZ<sup>[L]</sup>, a<sub>j</sub><sup>[l]</sup>.
 * `layer` goes in square brackets, `example` in round ones (the i-th example: a<sup>[l](i)</sup>);
 * `transpose` adds ᵀ, `prime` adds ′.
 */
export function Sym({ name, layer, sub, example, transpose = false, prime = false }: { name: string; layer?: ReactNode; sub?: ReactNode; example?: ReactNode; transpose?: boolean; prime?: boolean }) {
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
      <Scripts
        sup={layer !== undefined || transpose || example !== undefined ? (
          <>
            {layer !== undefined ? <>[{layer}]</> : null}
            {example !== undefined ? <>({example})</> : null}
            {transpose ? 'T' : null}
          </>
        ) : undefined}
        sub={sub}
      />
    </span>
  );
}

/** A superscript and a subscript; when both are given they are stacked, as in handwriting (a₁ with [l] above). */
export function Scripts({ sup, sub }: { sup?: ReactNode; sub?: ReactNode }) {
  if (sup !== undefined && sub !== undefined) {
    return (
      <span className="ml-px inline-flex flex-col text-[0.7em] leading-[1.1]" style={{ verticalAlign: '0.7em' }}>
        <span>{sup}</span>
        <span>{sub}</span>
      </span>
    );
  }
  if (sup !== undefined) return <sup className="text-[0.7em]">{sup}</sup>;
  if (sub !== undefined) return <sub className="text-[0.7em]">{sub}</sub>;
  return null;
}

/** A small stacked fraction, e.g. 1/m. */
export function Frac({ num, den, big = false }: { num: ReactNode; den: ReactNode; big?: boolean }) {
  return (
    <span className={`mx-0.5 inline-flex flex-col items-center align-middle leading-none ${big ? 'text-[0.9em]' : 'text-[0.75em]'}`}>
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
