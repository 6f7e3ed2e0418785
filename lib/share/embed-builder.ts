/**
 * The embed builder's options and what they make: the `/embed/` address (read back by the embed's own
 * parsers: parseDisplay, parseConfig, decodePoints and the `lang` parameter) and the HTML snippet a
 * course author pastes into a page. Pure: the page passes in its origin and base path.
 */
import { formatConfig } from '../config';
import { formatDisplay, type Control, type Panel, type Theme } from '../config/display';
import type { PlaygroundConfig } from '../config/types';
import type { Locale } from '../i18n';
import type { LabeledPoint } from '../protocol';
import { EMBED_MESSAGE_SOURCE } from './embed-messages';
import { MAX_SHARED_POINTS, encodePoints } from './point-codec';

/** A language for the embed, or none: the embed then follows each visitor's browser. */
export type EmbedLanguage = Locale | 'visitor';

/** Responsive: the host's full width at 4 : 3, growing to fit its panels where they stack. Fixed: width × height in CSS px. */
export type EmbedSize = { kind: 'responsive' } | { kind: 'fixed'; widthPx: number; heightPx: number };

export interface EmbedOptions {
  /** Non-empty (the embed reads an empty list as "all"), in PANELS order. */
  panels: readonly Panel[];
  /** Non-empty, in CONTROLS order. */
  controls: readonly Control[];
  theme: Theme;
  language: EmbedLanguage;
  size: EmbedSize;
  /** The current training configuration; without it the embed opens with the defaults. */
  includesConfig: boolean;
  /** The current points; only custom points that fit in a link (pointsInLink). */
  includesPoints: boolean;
}

/** The embed fills frames from 320 px wide; these bound what the builder offers. */
export const EMBED_SIZE_LIMITS = {
  widthPx: { min: 320, max: 3840 },
  heightPx: { min: 240, max: 2160 },
} as const;

export const DEFAULT_FIXED_SIZE = { widthPx: 800, heightPx: 600 } as const;

/**
 * Whether the current points can go in the embed's link: `generated` points are made again from the
 * configuration's dataset and seed, so only custom ones travel, and at most MAX_SHARED_POINTS of them.
 */
export type PointsInLink = 'ok' | 'generated' | 'tooMany';

export function pointsInLink(pointCount: number, isCustomPoints: boolean): PointsInLink {
  if (!isCustomPoints) return 'generated';
  return pointCount > MAX_SHARED_POINTS ? 'tooMany' : 'ok';
}

/**
 * `list` with `item` added or removed, in the order of `all`. Removing the last item is refused
 * (the list comes back unchanged): the embed reads an empty list as "everything".
 */
export function toggleItem<T>(all: readonly T[], list: readonly T[], item: T, isOn: boolean): readonly T[] {
  const next = all.filter((x) => (x === item ? isOn : list.includes(x)));
  return next.length === 0 ? list : next;
}

export interface EmbedContent {
  config: PlaygroundConfig;
  points: readonly LabeledPoint[];
  isCustomPoints: boolean;
}

/** The `/embed/` query for these options (no leading `?`): configuration, points, display, language. */
export function embedQuery(options: EmbedOptions, content: EmbedContent): string {
  const hasPoints = options.includesPoints && pointsInLink(content.points.length, content.isCustomPoints) === 'ok';
  const parts = [
    options.includesConfig ? formatConfig(content.config) : '',
    hasPoints ? `points=${encodePoints(content.points)}` : '',
    formatDisplay({ panels: options.panels, controls: options.controls, theme: options.theme }),
    options.language === 'visitor' ? '' : `lang=${options.language}`,
  ];
  return parts.filter(Boolean).join('&');
}

/** The embed's absolute address: `siteUrl` is the page's origin and base path, e.g. `https://host/nn`. */
export function embedUrl(siteUrl: string, query: string): string {
  return `${siteUrl.replace(/\/+$/, '')}/embed/${query ? `?${query}` : ''}`;
}

/** Text for a double-quoted HTML attribute: no value can end the attribute or open a tag. */
export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/'/g, '&#39;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * For a responsive embed: grows an iframe to the content height its embed reports (`resize`) when
 * that is taller than the frame, as on a narrow column where the panels stack. Never shrinks it: an
 * embed that fills its frame reports the frame's own height. Any iframe on the page, so one copy
 * serves several embeds; pages that forbid scripts can leave it out (the embed then scrolls).
 */
const GROW_SCRIPT = `<script>
  window.addEventListener('message', function (event) {
    var message = event.data;
    if (!message || message.source !== '${EMBED_MESSAGE_SOURCE}' || message.type !== 'resize') return;
    document.querySelectorAll('iframe').forEach(function (frame) {
      if (frame.contentWindow === event.source && message.height > frame.clientHeight) frame.style.height = message.height + 'px';
    });
  });
</script>`;

/** The HTML to paste: an iframe of `url` titled `title`, sized as `size` says. */
export function embedSnippet(url: string, title: string, size: EmbedSize): string {
  const common = `src="${escapeAttribute(url)}" title="${escapeAttribute(title)}"`;
  if (size.kind === 'fixed') {
    return `<iframe ${common} width="${Math.round(size.widthPx)}" height="${Math.round(size.heightPx)}" style="border: 0;" allow="fullscreen" loading="lazy"></iframe>`;
  }
  return `<iframe ${common} style="width: 100%; aspect-ratio: 4 / 3; border: 0;" allow="fullscreen" loading="lazy"></iframe>\n${GROW_SCRIPT}`;
}
