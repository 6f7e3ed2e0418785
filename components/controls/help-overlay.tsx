'use client';

import { useEffect, useRef } from 'react';
import { useT } from '@/components/i18n';
import type { MessageKey } from '@/lib/i18n';

const ROWS: readonly [string, MessageKey][] = [
  ['Space', 'help.playPause'],
  ['→', 'help.step'],
  ['S', 'help.stepThrough'],
  ['→ / ← · Esc', 'help.stepperKeys'],
  ['R', 'help.reset'],
  ['F', 'help.fullscreen'],
  ['P', 'help.presenter'],
  ['1 / 0', 'help.class'],
  ['Delete', 'help.deletePoint'],
  ['Ctrl/⌘+Z', 'help.undo'],
  ['Shift+Ctrl/⌘+Z · Ctrl+Y', 'help.redo'],
  ['?', 'help.help'],
];

/** The keyboard shortcuts, as a modal dialog that Escape or the button closes. */
export function HelpOverlay({ onClose }: { onClose(): void }) {
  const t = useT();
  const closeRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    closeRef.current?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);
  return (
    <div className="fixed inset-0 z-50 flex items-center justify-center bg-slate-900/40" onClick={onClose}>
      <div
        role="dialog"
        aria-modal="true"
        aria-labelledby="help-title"
        data-testid="help-overlay"
        className="w-[min(420px,92vw)] rounded-lg bg-white p-5 shadow-xl"
        onClick={(e) => e.stopPropagation()}
      >
        <h2 id="help-title" className="mb-3 text-lg font-semibold text-slate-900">{t('help.title')}</h2>
        <table className="w-full text-sm">
          <tbody>
            {ROWS.map(([key, label]) => (
              <tr key={key} className="border-t border-slate-100">
                <td className="py-1 pr-4">
                  {/* Keys that do the same are listed with " · " between them, one unbroken <kbd> each. */}
                  <span className="flex flex-wrap gap-1">
                    {key.split(' · ').map((k) => <kbd key={k} className="whitespace-nowrap rounded border border-slate-300 bg-slate-50 px-1.5 py-0.5 font-mono text-xs">{k}</kbd>)}
                  </span>
                </td>
                <td className="py-1 text-slate-700">{t(label)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="mt-3 text-xs text-slate-500">{t('help.typing')}</p>
        <button ref={closeRef} type="button" className="btn mt-4" onClick={onClose}>{t('help.close')}</button>
      </div>
    </div>
  );
}
