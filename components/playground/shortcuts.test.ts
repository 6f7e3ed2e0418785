import { describe, expect, it } from 'vitest';
import { isTypingTarget, shortcutFor } from './shortcuts';

const key = (k: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean; shiftKey: boolean }> = {}) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...mods,
});

describe('shortcutFor', () => {
  it('maps the documented keys', () => {
    expect(shortcutFor(key(' '))).toBe('playPause');
    expect(shortcutFor(key('ArrowRight'))).toBe('step');
    expect(shortcutFor(key('ArrowLeft'))).toBe('stepBack');
    expect(shortcutFor(key('s'))).toBe('stepThrough');
    expect(shortcutFor(key('S'))).toBe('stepThrough');
    expect(shortcutFor(key('R'))).toBe('reset');
    expect(shortcutFor(key('f'))).toBe('fullscreen');
    expect(shortcutFor(key('p'))).toBe('presenter');
    expect(shortcutFor(key('0'))).toBe('class0');
    expect(shortcutFor(key('1'))).toBe('class1');
    expect(shortcutFor(key('Delete'))).toBe('deletePoint');
    expect(shortcutFor(key('?'))).toBe('help');
  });
  it('Ctrl/⌘+Z undoes; Shift+Ctrl/⌘+Z and Ctrl+Y redo', () => {
    expect(shortcutFor(key('z', { ctrlKey: true }))).toBe('undo');
    expect(shortcutFor(key('z', { metaKey: true }))).toBe('undo');
    expect(shortcutFor(key('Z', { ctrlKey: true, shiftKey: true }))).toBe('redo');
    expect(shortcutFor(key('Z', { metaKey: true, shiftKey: true }))).toBe('redo');
    expect(shortcutFor(key('y', { ctrlKey: true }))).toBe('redo');
    expect(shortcutFor(key('z'))).toBeNull();
    expect(shortcutFor(key('z', { ctrlKey: true, altKey: true }))).toBeNull();
    expect(shortcutFor(key('Y', { ctrlKey: true, shiftKey: true }))).toBeNull();
  });
  it('leaves other keys and browser shortcuts alone', () => {
    expect(shortcutFor(key('x'))).toBeNull();
    expect(shortcutFor(key('r', { ctrlKey: true }))).toBeNull();
    expect(shortcutFor(key('f', { metaKey: true }))).toBeNull();
  });
});

describe('isTypingTarget', () => {
  it('is true in text fields, number fields and selects', () => {
    expect(isTypingTarget({ tagName: 'INPUT', type: 'text' })).toBe(true);
    expect(isTypingTarget({ tagName: 'INPUT', type: 'number' })).toBe(true);
    expect(isTypingTarget({ tagName: 'TEXTAREA' })).toBe(true);
    expect(isTypingTarget({ tagName: 'SELECT' })).toBe(true);
    expect(isTypingTarget({ tagName: 'DIV', isContentEditable: true })).toBe(true);
  });
  it('is false on buttons, sliders, checkboxes and the page', () => {
    expect(isTypingTarget({ tagName: 'BUTTON' })).toBe(false);
    expect(isTypingTarget({ tagName: 'INPUT', type: 'range' })).toBe(false);
    expect(isTypingTarget({ tagName: 'INPUT', type: 'checkbox' })).toBe(false);
    expect(isTypingTarget({ tagName: 'BODY' })).toBe(false);
    expect(isTypingTarget(null)).toBe(false);
  });
});
