import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_CONFIG } from '@/lib/config';
import { loadFromUrl } from './load-from-url';
import { defaultUrlState, readUrlState } from './url-state';
import { playgroundQuery } from './url-query';

describe('readUrlState', () => {
  it('reads a query without parameters, or with only lang, as loadFromUrl does', async () => {
    for (const search of ['', '?', '?lang=zh', 'lang=en', '?lang=xx']) {
      expect(await readUrlState(search), search).toEqual(loadFromUrl(search));
    }
  });
  it('hands every other query to loadFromUrl', async () => {
    for (const search of ['?dataset=xor&lang=zh', '?lr=50', '?show=data', '?points=x', '?utm_source=mail']) {
      expect(await readUrlState(search), search).toEqual(loadFromUrl(search));
    }
  });
  it('shows the defaults, marked unread, when the parser cannot be loaded', async () => {
    vi.resetModules();
    vi.doMock('./load-from-url', () => {
      throw new Error('Failed to load chunk');
    });
    try {
      const { readUrlState: read } = await import('./url-state');
      expect(await read('?dataset=xor')).toEqual({ ...defaultUrlState(), isUnread: true });
      expect(await read('?lang=zh')).toEqual(defaultUrlState());
    } finally {
      vi.doUnmock('./load-from-url');
      vi.resetModules();
    }
  });
  it('gives a fresh copy of the defaults each time', () => {
    const state = defaultUrlState();
    state.config.layers.push(8);
    expect(defaultUrlState().config).toEqual(DEFAULT_CONFIG);
  });
});

describe('playgroundQuery', () => {
  it('writes the config, then keeps the display and language parameters', () => {
    const config = { ...DEFAULT_CONFIG, dataset: 'xor' as const };
    expect(playgroundQuery(config, [], false, '?lang=zh&dataset=circle&show=data,network&utm=1')).toBe('dataset=xor&lang=zh&show=data%2Cnetwork');
    expect(playgroundQuery(DEFAULT_CONFIG, [], false, '')).toBe('');
  });
  it('adds custom points only', () => {
    const points = [{ x1: 1, x2: -1, label: 1 as const, split: 'train' as const }];
    expect(playgroundQuery(DEFAULT_CONFIG, points, false, '')).toBe('');
    expect(playgroundQuery(DEFAULT_CONFIG, points, true, '')).toMatch(/^points=./);
  });
});
