'use client';

import { useEffect, useRef, useState } from 'react';
import { parseWeightInput, WEIGHT_INPUT_LIMIT } from '@/lib/stepper/weight-input';
import { useT } from '@/components/i18n';
import type { WeightPick } from './diagram-connections';

export interface WeightEditorProps {
  pick: WeightPick;
  /** Sets the value; false when the trainer refused it (the network changed meanwhile). */
  onApply(value: number): Promise<boolean>;
  onClose(): void;
}

const WIDTH_PX = 220;

/** A weight or bias edited in place: Enter applies a finite number within ±100, Escape (or leaving the field) cancels. */
export function WeightEditor({ pick, onApply, onClose }: WeightEditorProps) {
  const t = useT();
  const inputRef = useRef<HTMLInputElement>(null);
  const [text, setText] = useState(String(Math.round(pick.value * 1e4) / 1e4));
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    inputRef.current?.focus();
    inputRef.current?.select();
  }, []);
  const at = { layer: pick.layer, row: pick.row + 1, col: (pick.col ?? 0) + 1 };
  const label = pick.col === null ? t('weightEditor.bias', at) : t('weightEditor.weight', at);
  const apply = async () => {
    const parsed = parseWeightInput(text);
    if (!parsed.ok) {
      setError(t(parsed.reason === 'notNumber' ? 'weightEditor.notNumber' : 'weightEditor.outOfRange', { limit: WEIGHT_INPUT_LIMIT }));
      return;
    }
    if (await onApply(parsed.value)) onClose();
    else setError(t('weightEditor.gone'));
  };
  const left = Math.max(4, Math.min(pick.clientXPx - WIDTH_PX / 2, (typeof window === 'undefined' ? 1280 : window.innerWidth) - WIDTH_PX - 4));
  return (
    <div
      className="fixed z-50 flex flex-col gap-1 rounded border border-slate-300 bg-white p-2 text-xs shadow-lg"
      style={{ left, top: pick.clientYPx + 8, width: WIDTH_PX }}
      data-testid="weight-editor"
      role="dialog"
      aria-label={label}
    >
      <label className="flex flex-col gap-1 text-slate-700">
        <span>{label}</span>
        <input
          ref={inputRef}
          className="field font-mono"
          data-testid="weight-input"
          inputMode="decimal"
          value={text}
          aria-invalid={error !== null}
          aria-describedby="weight-editor-hint"
          onChange={(e) => {
            setText(e.target.value);
            setError(null);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              void apply();
            } else if (e.key === 'Escape') {
              e.preventDefault();
              e.stopPropagation();
              onClose();
            }
          }}
          onBlur={onClose}
        />
      </label>
      {error ? <p className="text-red-700" role="alert" data-testid="weight-input-error">{error}</p> : null}
      <p id="weight-editor-hint" className="text-slate-500">{t('weightEditor.hint')}</p>
    </div>
  );
}
