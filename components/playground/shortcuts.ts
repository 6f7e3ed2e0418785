/** Keyboard shortcuts: one action per key, never while the visitor types in a field. */
export type ShortcutAction =
  | 'playPause'
  | 'step'
  | 'stepBack'
  | 'stepThrough'
  | 'reset'
  | 'fullscreen'
  | 'presenter'
  | 'class0'
  | 'class1'
  | 'deletePoint'
  | 'help'
  | 'undo'
  | 'redo';

type PlainAction = Exclude<ShortcutAction, 'undo' | 'redo'>;

/** Keys as `KeyboardEvent.key`, lower-cased; the help overlay lists them in this order. */
export const SHORTCUT_KEYS: Record<PlainAction, readonly string[]> = {
  playPause: [' '],
  step: ['arrowright'],
  stepBack: ['arrowleft'],
  stepThrough: ['s'],
  reset: ['r'],
  fullscreen: ['f'],
  presenter: ['p'],
  class0: ['0'],
  class1: ['1'],
  deletePoint: ['delete', 'backspace'],
  help: ['?'],
};

const ACTION_BY_KEY = new Map<string, PlainAction>(
  (Object.entries(SHORTCUT_KEYS) as [PlainAction, readonly string[]][]).flatMap(([action, keys]) =>
    keys.map((key) => [key, action] as const),
  ),
);

export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey?: boolean;
}

/**
 * The action a key press asks for, or null. Ctrl/⌘+Z undoes, Shift+Ctrl/⌘+Z and Ctrl/⌘+Y redo; other
 * keys with Ctrl, ⌘ or Alt are left to the browser.
 */
export function shortcutFor(event: KeyLike): ShortcutAction | null {
  if (event.altKey) return null;
  if (event.ctrlKey || event.metaKey) {
    const key = event.key.toLowerCase();
    if (key === 'z') return event.shiftKey ? 'redo' : 'undo';
    return key === 'y' && !event.shiftKey ? 'redo' : null;
  }
  return ACTION_BY_KEY.get(event.key.toLowerCase()) ?? null;
}

export interface TargetLike {
  tagName?: string;
  isContentEditable?: boolean;
  type?: string;
}

const NON_TEXT_INPUTS = new Set(['checkbox', 'radio', 'range', 'button', 'submit', 'reset', 'color', 'file']);

/** True while the focus is in something a person types into (text fields, number fields, selects). */
export function isTypingTarget(target: TargetLike | null): boolean {
  if (!target) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName?.toLowerCase();
  if (tag === 'textarea' || tag === 'select') return true;
  if (tag === 'input') return !NON_TEXT_INPUTS.has((target.type ?? 'text').toLowerCase());
  return false;
}
