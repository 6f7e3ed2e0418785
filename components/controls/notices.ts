import type { Translate } from '@/components/i18n';

/** Notices that a later event takes back: the kind names the cause. */
export type NoticeKind = 'diverged';

/**
 * A notice is written when it is shown, in the language of the page then: a language switch
 * rewrites the notices already on screen instead of leaving them in the old language. A notice
 * with a `kind` is one of its kind at most, and goes when its cause has gone.
 */
export type Notice = ((t: Translate) => string) & { readonly kind?: NoticeKind };

/** A notice of `kind`. */
export function noticeOfKind(kind: NoticeKind, text: (t: Translate) => string): Notice {
  return Object.assign((t: Translate) => text(t), { kind });
}

/** `list` with `notice` added at the end; a notice of the same kind is replaced, not repeated. */
export function withNotice(list: readonly Notice[], notice: Notice): Notice[] {
  const others = notice.kind === undefined ? list : list.filter((n) => n.kind !== notice.kind);
  return [...others, notice];
}

/** `list` without the notices of `kind`; the same array when there were none (no re-render). */
export function withoutNotice<T extends readonly Notice[]>(list: T, kind: NoticeKind): T | Notice[] {
  return list.some((n) => n.kind === kind) ? list.filter((n) => n.kind !== kind) : list;
}
