import { describe, expect, it } from 'vitest';
import { joinLines, renderInline, renderMarkdown } from './markdown';

describe('renderMarkdown', () => {
  it('renders headings one level down, paragraphs, lists and inline markup', () => {
    const { html } = renderMarkdown('# Title\n\nOne line\nand the next with **bold**, *em* and `code`.\n\n- a\n- b\n\n1. first\n2. second\n');
    expect(html).toContain('<h2>Title</h2>');
    expect(html).toContain('<p>One line and the next with <strong>bold</strong>, <em>em</em> and <code>code</code>.</p>');
    expect(html).toMatch(/<ul>\s*<li>a<\/li>\s*<li>b<\/li>\s*<\/ul>/);
    expect(html).toMatch(/<ol>\s*<li>first<\/li>\s*<li>second<\/li>\s*<\/ol>/);
  });

  it('sets inline and display maths with KaTeX, with MathML for screen readers', () => {
    const { html } = renderMarkdown('So $dW^{[l]} = \\frac{1}{m} dZ^{[l]} A^{[l-1]T}$ here.\n\n$$\nJ = -\\frac{1}{m}\\sum_{i=1}^{m} L(\\hat{y}^{(i)}, y^{(i)})\n$$\n');
    expect(html.match(/class="katex"/g)).toHaveLength(2);
    expect(html).toContain('class="katex-display"');
    expect(html.match(/<math xmlns="http:\/\/www.w3.org\/1998\/Math\/MathML"/g)).toHaveLength(2);
    expect(html).toContain('<mfrac>');
    // The TeX itself is kept as the MathML annotation.
    expect(html).toContain('<annotation encoding="application/x-tex">dW^{[l]} = \\frac{1}{m} dZ^{[l]} A^{[l-1]T}</annotation>');
    expect(html).not.toContain('$');
  });

  it('never renders HTML from the lesson file', () => {
    const { html, text } = renderMarkdown('Hi <b onclick="x()">there</b>.\n\n<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n\n[link](javascript:alert(1))\n');
    expect(html).not.toMatch(/<script|<img|onerror|onclick|<b>|javascript:/i);
    expect(html).toContain('there');
    expect(text).not.toContain('<');
  });

  it('escapes what looks like HTML inside maths and code', () => {
    const { html } = renderMarkdown('`<script>` and $a < b$\n');
    expect(html).not.toContain('<script>');
    expect(html).toContain('&#x3C;script>');
  });

  it('joins Chinese lines without a space and English lines with one', () => {
    expect(joinLines('第一句。\n第二句 W。\nThen English.\nMore')).toBe('第一句。第二句 W。Then English. More');
    expect(renderMarkdown('甲。\n乙。').html).toBe('<p>甲。乙。</p>');
    expect(renderMarkdown('甲。\n乙 $x$。\nThen\nmore').text).toBe('甲。乙 x。Then more');
  });

  it('gives the text without markup, maths as its TeX', () => {
    expect(renderMarkdown('**Cost** $J$ falls.\n\n- one\n- two').text).toBe('Cost J falls.\none\ntwo');
  });

  it('fails with the file name when a formula cannot be set', () => {
    expect(() => renderMarkdown('Broken $\\frac{1}{$ maths.', 'en/01-x.md')).toThrow(/en\/01-x\.md:1: Could not render math with KaTeX/);
    expect(() => renderMarkdown('Unknown $\\nosuchmacro$.', 'f.md')).toThrow(/f\.md/);
  });
});

describe('renderInline', () => {
  it('gives a line’s inline HTML without the paragraph', () => {
    expect(renderInline('Press **Play** and watch $J$.')).toMatch(/^Press <strong>Play<\/strong> and watch <span class="katex">.*\.$/s);
  });
});
