'use client';

import { useId, useState } from 'react';
import { formatBound, parseTypedNumber, type FieldRange } from '@/lib/config/typed-number';
import { useT } from '@/components/i18n';

export interface NumberFieldProps {
  label: string;
  value: number | null;
  min: number;
  max: number;
  /** Whole numbers only (refused, not rounded, otherwise); an empty field then means none. */
  isWhole?: boolean;
  testId: string;
  /** data-testid of the range message is `field-error-${errorName}`. */
  errorName: string;
  onCommit(value: number | null): void;
  width?: string;
  disabled?: boolean;
  ariaLabel?: string;
  title?: string;
}

/**
 * A typed number, applied on Enter or blur only when it is within range. Out of range, the field keeps
 * the typed text (until blurred) and the applied value, and says the allowed range beside it; the message
 * stays until a value is applied, so leaving the field never snaps back silently.
 */
export function NumberField({ label, value, min, max, isWhole = false, testId, errorName, onCommit, width = 'w-20', disabled = false, ariaLabel, title }: NumberFieldProps) {
  const t = useT();
  const errorId = useId();
  const [draft, setDraft] = useState<string | null>(null);
  // The applied value when a typed one was refused: the message goes once another value is applied.
  const [refusedWhile, setRefusedWhile] = useState<{ value: number | null } | null>(null);
  const isRefused = refusedWhile !== null && refusedWhile.value === value;
  const range: FieldRange = { min, max, isInteger: isWhole, allowsEmpty: isWhole };
  const commit = (isLeaving: boolean) => {
    if (draft === null) return;
    const typed = parseTypedNumber(draft, range);
    if (typed.isValid) {
      onCommit(typed.value);
      setDraft(null);
      setRefusedWhile(null);
      return;
    }
    setRefusedWhile({ value });
    if (isLeaving) setDraft(null);
  };
  const message = t(isWhole ? 'field.rangeWhole' : 'field.range', { min: formatBound(min), max: formatBound(max) });
  return (
    <label className="relative flex flex-col text-xs text-slate-600" title={title}>
      {label}
      <input
        type="number"
        className={`${width} rounded border px-1 py-0.5 text-sm text-slate-900 disabled:bg-slate-100 disabled:text-slate-400 ${isRefused ? 'border-red-600 outline-red-600' : 'border-slate-300'}`}
        data-testid={testId}
        aria-label={ariaLabel}
        aria-invalid={isRefused || undefined}
        aria-describedby={isRefused ? errorId : undefined}
        disabled={disabled}
        min={min}
        max={max}
        step={isWhole ? 1 : 'any'}
        value={draft ?? (value ?? '')}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={() => commit(true)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit(false);
        }}
      />
      {isRefused && !disabled ? (
        // Under the field: in the flow on narrow screens (the bar wraps there anyway); from `sm` up laid over
        // the gap below, ending at the field's right edge (clear of the readouts at the bar's right), so the bar
        // does not move while it is shown.
        <span
          id={errorId}
          role="alert"
          data-testid={`field-error-${errorName}`}
          className="mt-1 w-max rounded border border-red-300 bg-red-50 px-1.5 py-0.5 text-xs whitespace-nowrap text-red-800 shadow sm:absolute sm:top-full sm:right-0 sm:z-20"
        >
          {message}
        </span>
      ) : null}
    </label>
  );
}
