'use client';

import { useEffect, useRef, useState } from 'react';
import type { EmbedSize } from '@/lib/share/embed-builder';
import { useT } from '@/components/i18n';
import { useBoxSize, useViewportSize } from '@/components/playground/use-box-size';

/** A responsive embed is previewed as in a page column this wide (4 : 3). */
const RESPONSIVE_PREVIEW = { widthPx: 800, heightPx: 600 } as const;
/** Room the dialog keeps for its heading, the code and the buttons below the preview. */
const RESERVED_HEIGHT_PX = 340;
const MIN_PREVIEW_HEIGHT_PX = 180;
/** Options settle for this long before the preview reloads. */
export const PREVIEW_DEBOUNCE_MS = 300;

/** `value`, once it has stayed the same for `delayMs`. */
function useDebounced<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(value), delayMs);
    return () => window.clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}

/**
 * The real `/embed/` in an iframe at the size it will have (a responsive one as in an 800 px column),
 * scaled down to fit the dialog; it reloads when the options have settled.
 */
export function EmbedPreview({ url, size }: { url: string; size: EmbedSize }) {
  const t = useT();
  const boxRef = useRef<HTMLDivElement>(null);
  const box = useBoxSize(boxRef);
  const viewport = useViewportSize(true);
  const src = useDebounced(url, PREVIEW_DEBOUNCE_MS);
  const frame = size.kind === 'fixed' ? size : RESPONSIVE_PREVIEW;
  const maxHeightPx = Math.max(MIN_PREVIEW_HEIGHT_PX, viewport.heightPx - RESERVED_HEIGHT_PX);
  const scale = box.widthPx > 0 ? Math.min(1, box.widthPx / frame.widthPx, maxHeightPx / frame.heightPx) : 0;
  return (
    <div className="flex min-w-0 flex-col gap-1">
      <p className="flex flex-wrap justify-between gap-x-2 text-xs text-slate-500">
        <span className="font-semibold">{t('embed.preview')}</span>
        {scale > 0 ? <span data-testid="embed-preview-scale">{t('embed.previewSize', { width: frame.widthPx, height: frame.heightPx, percent: Math.round(scale * 100) })}</span> : null}
      </p>
      <div ref={boxRef} className="w-full">
        <div className="overflow-hidden rounded border border-slate-300 bg-slate-50" style={{ width: frame.widthPx * scale, height: frame.heightPx * scale }}>
          {scale > 0 ? (
            <iframe
              src={src}
              title={t('embed.previewTitle')}
              data-testid="embed-preview"
              width={frame.widthPx}
              height={frame.heightPx}
              className="origin-top-left border-0"
              style={{ transform: `scale(${scale})` }}
            />
          ) : null}
        </div>
      </div>
    </div>
  );
}
