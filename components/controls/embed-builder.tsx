'use client';

import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { DisplayConfig } from '@/lib/config/display-options';
import type { PlaygroundConfig } from '@/lib/config/types';
import type { LabeledPoint } from '@/lib/protocol';
import { embedQuery, embedSnippet, embedUrl, pointsInLink, type EmbedOptions } from '@/lib/share/embed-builder';
import { useT } from '@/components/i18n';
import { copyText } from './copy-text';
import { EmbedOptionsForm } from './embed-options';
import { EmbedPreview } from './embed-preview';

export interface EmbedBuilderProps {
  config: PlaygroundConfig;
  display: DisplayConfig;
  points: readonly LabeledPoint[];
  isCustomPoints: boolean;
  /** The page's origin and base path, e.g. `https://host/nn`: the snippet needs an absolute address. */
  siteUrl: string;
  onClose(): void;
}

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea, iframe, [tabindex]:not([tabindex="-1"])';

/**
 * The embed builder: a modal dialog where a course author chooses what an embed shows and how large
 * it is, sees the real embed in a preview, and copies the code. Escape or Close ends it; keys typed in
 * it stay in it (the playground's shortcuts do not see them).
 */
export function EmbedBuilder(props: EmbedBuilderProps) {
  const t = useT();
  const titleId = useId();
  const dialogRef = useRef<HTMLDivElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const availability = pointsInLink(props.points.length, props.isCustomPoints);
  const [options, setOptions] = useState<EmbedOptions>(() => ({
    panels: props.display.panels,
    controls: props.display.controls,
    theme: props.display.theme,
    language: 'visitor',
    size: { kind: 'responsive' },
    includesConfig: true,
    includesPoints: availability === 'ok',
  }));
  const { config, points, isCustomPoints, siteUrl } = props;
  const url = useMemo(() => embedUrl(siteUrl, embedQuery(options, { config, points, isCustomPoints })), [options, config, points, isCustomPoints, siteUrl]);
  const code = embedSnippet(url, t('share.iframeTitle'), options.size);
  // Whether the last copy reached the clipboard; cleared when the code changes.
  const [copied, setCopied] = useState<{ code: string; isCopied: boolean } | null>(null);
  const copyStatus = copied?.code === code ? (copied.isCopied ? t('share.copied') : t('share.copyManually')) : '';

  useEffect(() => headingRef.current?.focus(), []);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    // Keys stay in the dialog: Space on a checkbox is not the playground's play/pause, nor Escape the share menu's.
    event.stopPropagation();
    if (event.key === 'Escape') {
      event.preventDefault();
      props.onClose();
      return;
    }
    if (event.key !== 'Tab') return;
    // Tab and Shift+Tab go round the dialog's own controls.
    const focusable = [...(dialogRef.current?.querySelectorAll<HTMLElement>(FOCUSABLE) ?? [])];
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    if (event.shiftKey && (document.activeElement === first || document.activeElement === headingRef.current)) {
      event.preventDefault();
      last?.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first?.focus();
    }
  };

  return (
    <div className="fixed inset-0 z-50 flex items-center justify-center bg-slate-900/40 p-2 sm:p-4" onClick={props.onClose}>
      <div
        ref={dialogRef}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        data-testid="embed-dialog"
        className="flex max-h-full w-[min(1120px,100%)] flex-col rounded-lg bg-white text-slate-900 shadow-xl"
        onClick={(e) => e.stopPropagation()}
        onKeyDown={onKeyDown}
      >
        <div className="flex items-center gap-3 border-b border-slate-200 px-4 py-2">
          <h2 ref={headingRef} id={titleId} tabIndex={-1} className="text-lg font-semibold outline-none">{t('embed.title')}</h2>
          <button type="button" className="btn ml-auto" data-testid="embed-close" onClick={props.onClose}>{t('share.close')}</button>
        </div>
        <div className="grid min-h-0 gap-4 overflow-y-auto p-4 md:grid-cols-[19rem_minmax(0,1fr)] xl:grid-cols-[33rem_minmax(0,1fr)]">
          <p className="text-sm text-slate-600 md:col-span-2">{t('embed.intro')}</p>
          <EmbedOptionsForm options={options} onChange={setOptions} pointsInLink={availability} />
          <div className="flex min-w-0 flex-col gap-3">
            <EmbedPreview url={url} size={options.size} />
            <label className="flex flex-col gap-1 text-xs font-semibold text-slate-500">
              {t('embed.code')}
              <textarea
                readOnly
                rows={5}
                className="w-full resize-y rounded border border-slate-300 px-2 py-1 font-mono text-xs font-normal text-slate-900"
                data-testid="embed-code"
                value={code}
                onFocus={(e) => e.target.select()}
              />
            </label>
            <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
              <button type="button" className="btn" data-testid="embed-copy" onClick={async () => setCopied({ code, isCopied: await copyText(code) })}>{t('share.copyEmbed')}</button>
              <p role="status" aria-live="polite" className="text-xs text-slate-600" data-testid="embed-status">{copyStatus}</p>
            </div>
          </div>
        </div>
      </div>
    </div>
  );
}
