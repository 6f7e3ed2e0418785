import { describe, expect, it } from 'vitest';
import { parseConfig } from '@/lib/config';
import { translate, type MessageKey, type MessageParams } from '@/lib/i18n';
import { en as enCatalogue } from '@/lib/i18n/en';
import { zh as zhCatalogue } from '@/lib/i18n/zh';
import { runLabel } from './run-label';

const configOf = (query: string) => parseConfig(new URLSearchParams(query)).config;

describe('runLabel', () => {
  it('names what sets a run apart, in the page’s language', () => {
    const en = (key: MessageKey, params?: MessageParams) => translate(enCatalogue, key, params, 'en');
    const zh = (key: MessageKey, params?: MessageParams) => translate(zhCatalogue, key, params, 'zh');
    const adam = configOf('opt=adam&lr=0.01');
    const gd = configOf('opt=gd&lr=0.3&batch=full&init=zeros');
    expect(runLabel(en, adam, [gd])).toBe('Adam, α = 0.01, batch 10, Xavier');
    expect(runLabel(en, gd, [adam])).toBe('gradient descent, α = 0.3, full batch, zeros');
    expect(runLabel(zh, gd, [adam])).toContain('全批量');
    expect(runLabel(en, configOf('reg=l2&lambda=0.1'), [configOf('reg=none')])).toBe('L2, λ = 0.1');
    expect(runLabel(en, configOf('layers=none'), [configOf('layers=4')])).toBe('no hidden layer (logistic regression)');
  });
});
