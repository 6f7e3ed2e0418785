import { describe, expect, it } from 'vitest';
import { noticeOfKind, withNotice, withoutNotice, type Notice } from './notices';

const t = ((key: string, params?: Record<string, string | number>) => `${key}${params ? JSON.stringify(params) : ''}`) as never;
const plain = (text: string): Notice => () => text;

describe('notices', () => {
  it('adds plain notices in order, repeats included', () => {
    const list = withNotice(withNotice([], plain('a')), plain('a'));
    expect(list.map((n) => n(t))).toEqual(['a', 'a']);
  });

  it('keeps one notice of a kind: a newer one replaces the older', () => {
    let list = withNotice([plain('a')], noticeOfKind('diverged', () => 'epoch 5'));
    list = withNotice(list, plain('b'));
    list = withNotice(list, noticeOfKind('diverged', () => 'epoch 9'));
    expect(list.map((n) => n(t))).toEqual(['a', 'b', 'epoch 9']);
  });

  it('removes the notices of a kind and leaves the others', () => {
    const list = [plain('a'), noticeOfKind('diverged', () => 'gone'), plain('b')];
    expect(withoutNotice(list, 'diverged').map((n) => n(t))).toEqual(['a', 'b']);
  });

  it('returns the same list when there is nothing to remove', () => {
    const list = [plain('a')];
    expect(withoutNotice(list, 'diverged')).toBe(list);
  });

  it('writes a notice with the translate function it is shown with', () => {
    const notice = noticeOfKind('diverged', (tr) => tr('notice.diverged', { epoch: 3 }));
    expect(notice(t)).toBe('notice.diverged{"epoch":3}');
    expect(notice.kind).toBe('diverged');
  });
});
