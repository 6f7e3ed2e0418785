'use client';

import { useT } from '@/components/i18n';
import { GRADIENT_SCALE, gradientStrokePx } from './connection-strokes';
import { formatPowerOfTen } from './power-of-ten';

const SAMPLES = [GRADIENT_SCALE.lowest, 1e-2, GRADIENT_SCALE.highest];
const SAMPLE_WIDTH_PX = 28;

/**
 * The Gradients view's caption: what a line's width means (the fixed log scale, with sample lines)
 * and the largest |dW| in the network now; `data-value` holds that number in full.
 */
export function GradientScale({ maxAbsGradient, maxWidthPx }: { maxAbsGradient: number | null; maxWidthPx: number }) {
  const t = useT();
  return (
    <div data-testid="gradient-scale" className="flex flex-col gap-1 text-xs text-slate-600" style={{ maxWidth: maxWidthPx }}>
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1" aria-hidden>
        {SAMPLES.map((value) => (
          <span key={value} className="inline-flex items-center gap-1">
            <svg width={SAMPLE_WIDTH_PX} height={8}>
              <line x1={0} x2={SAMPLE_WIDTH_PX} y1={4} y2={4} stroke="#64748b" strokeWidth={gradientStrokePx(value)} />
            </svg>
            {formatPowerOfTen(value)}
          </span>
        ))}
      </div>
      <p>{t('network.gradientScale', { low: formatPowerOfTen(GRADIENT_SCALE.lowest), high: formatPowerOfTen(GRADIENT_SCALE.highest) })}</p>
      <p data-testid="gradient-max" data-value={maxAbsGradient ?? ''} className="font-medium text-slate-700">
        {t('network.gradientMax', { value: maxAbsGradient === null ? '—' : formatPowerOfTen(maxAbsGradient) })}
      </p>
    </div>
  );
}
