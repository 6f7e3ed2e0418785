import { describe, expect, it } from 'vitest';
import { EXTRA_VIEWS, shownViews, type ViewEntry } from './view-registry';

describe('shownViews', () => {
  it('keeps the views the display lists, in registry order', () => {
    const views = [
      { panel: 'a', titleKey: 'network.title', render: () => null },
      { panel: 'b', titleKey: 'network.title', render: () => null },
    ] as unknown as ViewEntry[];
    expect(shownViews(views, { panels: ['b', 'a'] as never }).map((v) => v.panel)).toEqual(['a', 'b']);
    expect(shownViews(views, { panels: ['b'] as never }).map((v) => v.panel)).toEqual(['b']);
    expect(shownViews(views, { panels: [] })).toEqual([]);
  });
  it('has one entry per panel', () => {
    expect(new Set(EXTRA_VIEWS.map((v) => v.panel)).size).toBe(EXTRA_VIEWS.length);
  });
});
