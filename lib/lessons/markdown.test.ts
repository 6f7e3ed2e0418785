import { describe, expect, it } from 'vitest';
import { joinLines, parseInline, parseMarkdown, plainText } from './markdown';

describe('parseInline', () => {
  it('finds bold, italic and code runs', () => {
    expect(parseInline('a **b** *c* `d` e')).toEqual([
      { kind: 'text', text: 'a ' },
      { kind: 'strong', text: 'b' },
      { kind: 'text', text: ' ' },
      { kind: 'em', text: 'c' },
      { kind: 'text', text: ' ' },
      { kind: 'code', text: 'd' },
      { kind: 'text', text: ' e' },
    ]);
  });
  it('keeps HTML and lone stars as text', () => {
    expect(parseInline('<img src=x onerror=alert(1)> 2 * 3')).toEqual([{ kind: 'text', text: '<img src=x onerror=alert(1)> 2 * 3' }]);
  });
});

describe('parseMarkdown', () => {
  it('parses headings, paragraphs and lists', () => {
    const blocks = parseMarkdown('# Title\n\nOne line\nand the next.\n\n- a\n- **b**\n  continued\n\n1. first\n2. second\nAfter');
    expect(blocks).toEqual([
      { kind: 'heading', level: 1, inlines: [{ kind: 'text', text: 'Title' }] },
      { kind: 'paragraph', inlines: [{ kind: 'text', text: 'One line and the next.' }] },
      { kind: 'list', isOrdered: false, items: [[{ kind: 'text', text: 'a' }], [{ kind: 'strong', text: 'b' }, { kind: 'text', text: ' continued' }]] },
      { kind: 'list', isOrdered: true, items: [[{ kind: 'text', text: 'first' }], [{ kind: 'text', text: 'second' }]] },
      { kind: 'paragraph', inlines: [{ kind: 'text', text: 'After' }] },
    ]);
  });
  it('joins Chinese lines without a space', () => {
    expect(joinLines(['第一句。', '第二句 W。', 'Then English.', 'More'])).toBe('第一句。第二句 W。Then English. More');
    expect(plainText(parseMarkdown('甲。\n乙。'))).toBe('甲。乙。');
  });
  it('gives nothing for blank input', () => {
    expect(parseMarkdown('\n \n')).toEqual([]);
  });
});
