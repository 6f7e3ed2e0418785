import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, parseConfig } from '../config';
import { CONTROLS, PANELS, THEMES, parseDisplay } from '../config/display';
import type { PlaygroundConfig } from '../config/types';
import { createRng, type Rng } from '../data/random';
import { localeOfTag } from '../i18n/locale';
import type { LabeledPoint } from '../protocol';
import {
  embedQuery,
  embedSnippet,
  embedUrl,
  escapeAttribute,
  pointsInLink,
  toggleItem,
  type EmbedContent,
  type EmbedLanguage,
  type EmbedOptions,
} from './embed-builder';
import { MAX_SHARED_POINTS, decodePoints } from './point-codec';

const CONFIG: PlaygroundConfig = { ...DEFAULT_CONFIG, dataset: 'spiral', layers: [6, 3], activations: ['relu', 'tanh'], learningRate: 0.1, batchSize: 16, seed: 42, noise: 15 };
const POINTS: LabeledPoint[] = [
  { x1: -3, x2: 2, label: 1, split: 'train' },
  { x1: 2.5, x2: -1.25, label: 0, split: 'test' },
];
const CUSTOM: EmbedContent = { config: CONFIG, points: POINTS, isCustomPoints: true };

/** What the embed reads from its address, with the parsers it uses (components/playground/load-from-url.ts and `lang`). */
function readEmbed(url: string) {
  const parsed = new URL(url);
  const params = parsed.searchParams;
  const { config, notices } = parseConfig(params);
  const { display, notices: displayNotices } = parseDisplay(params);
  const encoded = params.get('points');
  const points = encoded === null ? null : decodePoints(encoded);
  return {
    pathname: parsed.pathname,
    config,
    display,
    points: points?.ok ? points.points : null,
    language: (localeOfTag(params.get('lang')) ?? 'visitor') as EmbedLanguage,
    notices: [...notices, ...displayNotices, ...(points && !points.ok ? [points.error] : [])],
  };
}

function someOf<T>(rng: Rng, all: readonly T[]): T[] {
  const picked = all.filter(() => rng.next() < 0.5);
  return picked.length > 0 ? picked : [all[Math.floor(rng.next() * all.length)]!];
}

function randomOptions(rng: Rng): EmbedOptions {
  return {
    panels: someOf(rng, PANELS),
    controls: someOf(rng, CONTROLS),
    theme: THEMES[Math.floor(rng.next() * THEMES.length)]!,
    language: (['en', 'zh', 'visitor'] as const)[Math.floor(rng.next() * 3)]!,
    size: { kind: 'responsive' },
    includesConfig: rng.next() < 0.5,
    includesPoints: rng.next() < 0.5,
  };
}

describe('embed builder options → URL → the embed’s parsers', () => {
  it('round-trips panels, controls, theme, language, configuration and points', () => {
    const rng = createRng(7);
    for (let i = 0; i < 200; i++) {
      const options = randomOptions(rng);
      const read = readEmbed(embedUrl('https://example.org', embedQuery(options, CUSTOM)));
      expect(read.notices).toEqual([]);
      expect(read.pathname).toBe('/embed/');
      expect(read.display).toEqual({ panels: options.panels, controls: options.controls, theme: options.theme });
      expect(read.language).toBe(options.language);
      expect(read.config).toEqual(options.includesConfig ? CONFIG : DEFAULT_CONFIG);
      if (options.includesPoints) {
        expect(read.points).toHaveLength(POINTS.length);
        read.points!.forEach((p, j) => {
          expect(p.label).toBe(POINTS[j]!.label);
          expect(p.split).toBe(POINTS[j]!.split);
          expect(p.x1).toBeCloseTo(POINTS[j]!.x1, 3);
          expect(p.x2).toBeCloseTo(POINTS[j]!.x2, 3);
        });
      } else {
        expect(read.points).toBeNull();
      }
    }
  });

  it('writes nothing for the defaults, and leaves generated or too many points out of the link', () => {
    const all: EmbedOptions = { panels: PANELS, controls: CONTROLS, theme: 'light', language: 'visitor', size: { kind: 'responsive' }, includesConfig: false, includesPoints: true };
    expect(embedQuery(all, { ...CUSTOM, isCustomPoints: false })).toBe('');
    const many = Array.from({ length: MAX_SHARED_POINTS + 1 }, (_, i) => ({ ...POINTS[i % 2]! }));
    expect(embedQuery(all, { ...CUSTOM, points: many })).toBe('');
    expect(embedQuery(all, CUSTOM)).toMatch(/^points=1\./);
  });

  it('says why points cannot go in the link', () => {
    expect(pointsInLink(10, false)).toBe('generated');
    expect(pointsInLink(MAX_SHARED_POINTS, true)).toBe('ok');
    expect(pointsInLink(MAX_SHARED_POINTS + 1, true)).toBe('tooMany');
  });
});

describe('embedUrl', () => {
  it('keeps the base path and drops a trailing slash', () => {
    expect(embedUrl('https://example.org/nn-playground/', 'show=cost')).toBe('https://example.org/nn-playground/embed/?show=cost');
    expect(embedUrl('http://localhost:3000', '')).toBe('http://localhost:3000/embed/');
  });
});

describe('toggleItem', () => {
  it('keeps the canonical order and refuses to empty the list', () => {
    expect(toggleItem(PANELS, ['cost'], 'boundary', true)).toEqual(['boundary', 'cost']);
    expect(toggleItem(PANELS, ['boundary', 'cost'], 'boundary', false)).toEqual(['cost']);
    expect(toggleItem(PANELS, ['cost'], 'cost', false)).toEqual(['cost']);
  });
});

/** The attributes of the snippet's iframe, read as an HTML tokenizer would (double-quoted values only). */
function iframeAttributes(snippet: string): Record<string, string> {
  const tag = /^<iframe ([^>]*)><\/iframe>/.exec(snippet);
  expect(tag, snippet).not.toBeNull();
  const attributes: Record<string, string> = {};
  const rest = tag![1]!.replace(/([a-z-]+)="([^"]*)"\s*/g, (_, name: string, value: string) => {
    attributes[name] = value.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
    return '';
  });
  expect(rest, 'nothing outside name="value" pairs').toBe('');
  return attributes;
}

describe('embedSnippet', () => {
  const url = embedUrl('https://example.org', 'dataset=xor&show=boundary,cost');

  it('responsive: full width at 4 : 3, with the script that grows the frame to its content', () => {
    const snippet = embedSnippet(url, 'NN Playground', { kind: 'responsive' });
    const attributes = iframeAttributes(snippet);
    expect(attributes.src).toBe(url);
    expect(attributes.style).toContain('width: 100%');
    expect(attributes.style).toContain('aspect-ratio: 4 / 3');
    expect(attributes.width).toBeUndefined();
    expect(snippet).toContain("message.type !== 'resize'");
    expect(snippet).toContain("message.source !== 'nn-playground'");
  });

  it('fixed: width and height attributes and no script', () => {
    const snippet = embedSnippet(url, 'NN Playground', { kind: 'fixed', widthPx: 640, heightPx: 480 });
    expect(iframeAttributes(snippet)).toMatchObject({ src: url, width: '640', height: '480' });
    expect(snippet).not.toContain('<script');
  });

  it('escapes quotes and tags in every value, so nothing can add an attribute or an element', () => {
    const hostile = `https://evil.example/"onload="alert(1)'><script>alert(2)</script>&x=1`;
    const title = `Say "hi" <b>'now'</b>`;
    const snippet = embedSnippet(hostile, title, { kind: 'fixed', widthPx: 400, heightPx: 300 });
    const attributes = iframeAttributes(snippet);
    expect(Object.keys(attributes).sort()).toEqual(['allow', 'height', 'loading', 'src', 'style', 'title', 'width']);
    expect(attributes.src).toBe(hostile);
    expect(attributes.title).toBe(title);
    expect(snippet).not.toContain('<script');
    expect(escapeAttribute(`a"b'c<d>e&f`)).toBe('a&quot;b&#39;c&lt;d&gt;e&amp;f');
  });
});
