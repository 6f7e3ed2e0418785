'use client';

import { useT } from '@/components/i18n';

export const LESSON_UNIT_SIZES = [1, 2, 3, 4, 5, 20, 50] as const;

/** Lesson 9: one click sets the single hidden layer's size (beyond the diagram's + button limit). */
export function UnitSizeButtons({ units, onUnits }: { units: number | null; onUnits(units: number): void }) {
  const t = useT();
  return (
    <div className="flex flex-col gap-1 text-sm">
      <span className="text-slate-600">{t('lessons.hiddenUnits')}</span>
      <div className="flex flex-wrap gap-1" role="group" aria-label={t('lessons.hiddenUnits')}>
        {LESSON_UNIT_SIZES.map((size) => (
          <button
            key={size}
            type="button"
            data-testid="unit-size"
            data-units={size}
            aria-pressed={units === size}
            aria-label={t('lessons.setUnits', { count: size })}
            onClick={() => onUnits(size)}
            className={`min-w-9 rounded border px-2 py-1 font-mono ${units === size ? 'border-slate-800 bg-slate-800 text-white' : 'border-slate-300 bg-white text-slate-800 hover:border-slate-500'}`}
          >
            {size}
          </button>
        ))}
      </div>
    </div>
  );
}
