'use client';

import { useMemo, type ReactNode } from 'react';
import { formatEntry, shownIndices } from '@/lib/stepper/abbreviate';
import { rowsOf } from '@/lib/stepper/derive';

export interface MatrixViewProps {
  /** The contract's testid (stepper-Z-2, …); data-values holds the whole matrix as JSON rows. */
  testId?: string;
  /** The symbol, e.g. Z[2]. */
  label: ReactNode;
  /** Row-major. */
  data: ArrayLike<number>;
  rows: number;
  cols: number;
  /** Written for each entry on hover: the symbol without markup, e.g. "Z[2]". */
  plainName: string;
  /** A vector written as a column of nˡ numbers (b, db): data-values is then a flat list. */
  isVector?: boolean;
  maxRows?: number;
  maxCols?: number;
  /** Entries coloured by sign (gradients, weights). */
  isSigned?: boolean;
  /** Columns to mark (e.g. the clicked example). */
  className?: string;
}

/** A matrix in brackets as the course writes it, its shape beside it; big ones show their first and last rows and columns. */
export function MatrixView({ testId, label, data, rows, cols, plainName, isVector = false, maxRows = 8, maxCols = 8, isSigned = false, className = '' }: MatrixViewProps) {
  const json = useMemo(() => JSON.stringify(isVector ? Array.from(data) : rowsOf(data, rows, cols)), [data, rows, cols, isVector]);
  const shownRows = shownIndices(rows, maxRows);
  const shownCols = shownIndices(cols, maxCols);
  const cell = (r: number | null, c: number | null) => {
    if (r === null || c === null) return <td key={`${r}-${c}`} className="px-1 text-center text-slate-400">{r === null && c === null ? '⋱' : r === null ? '⋮' : '…'}</td>;
    const value = data[r * cols + c]!;
    const color = isSigned ? (value < 0 ? 'text-orange-800' : value > 0 ? 'text-sky-800' : 'text-slate-500') : 'text-slate-900';
    return (
      <td key={`${r}-${c}`} className={`px-1 text-right ${color}`} title={`${plainName}${isVector ? `[${r + 1}]` : `[${r + 1}, ${c + 1}]`} = ${value}`}>
        {formatEntry(value)}
      </td>
    );
  };
  return (
    <figure className={`inline-flex items-center gap-1.5 ${className}`} data-testid={testId} data-values={testId ? json : undefined} data-shape={`${rows},${cols}`}>
      <figcaption className="flex flex-col items-end font-serif text-sm leading-tight">
        <span>{label}</span>
        <span className="font-sans text-[11px] text-slate-500" data-testid={testId ? `${testId}-shape` : undefined}>
          ({rows}, {cols})
        </span>
      </figcaption>
      <span className="self-stretch border-y border-l border-slate-700 pl-0.5" aria-hidden />
      <table className="border-collapse font-mono text-[11px] leading-4 tabular-nums">
        <tbody>
          {shownRows.map((r, i) => (
            <tr key={i}>{shownCols.map((c) => cell(r, c))}</tr>
          ))}
        </tbody>
      </table>
      <span className="self-stretch border-y border-r border-slate-700 pr-0.5" aria-hidden />
    </figure>
  );
}
