import { describe, expect, it } from 'vitest';
import { DEFAULT_DISPLAY, formatDisplay, parseDisplay } from './display';

describe('parseDisplay', () => {
  it('defaults to every panel and control, light theme', () => {
    expect(parseDisplay('')).toEqual({ display: DEFAULT_DISPLAY, notices: [] });
  });
  it('reads panel and control lists and the theme', () => {
    const { display, notices } = parseDisplay('?show=boundary,cost&controls=play,reset&theme=dark');
    expect(notices).toEqual([]);
    expect(display).toEqual({ panels: ['boundary', 'cost'], controls: ['play', 'reset'], theme: 'dark' });
  });
  it('ignores a bad value with a notice naming the parameter', () => {
    const { display, notices } = parseDisplay('show=boundary,banana&theme=neon&controls=');
    expect(display).toEqual(DEFAULT_DISPLAY);
    expect(notices.map((n) => n.param).sort()).toEqual(['controls', 'show', 'theme']);
    expect(notices.find((n) => n.param === 'theme')?.usedInstead).toBe('light');
  });
  it('refuses very long values without throwing', () => {
    const { notices } = parseDisplay(`show=${'boundary,'.repeat(100_000)}`);
    expect(notices).toHaveLength(1);
    expect(notices[0]!.value.length).toBeLessThanOrEqual(40);
  });
  it('round-trips through formatDisplay', () => {
    const display = { panels: ['network', 'boundary'] as const, controls: ['play'] as const, theme: 'dark' as const };
    expect(parseDisplay(formatDisplay(display)).display).toEqual(display);
    expect(formatDisplay(DEFAULT_DISPLAY)).toBe('');
  });
});
