import { describe, expect, it } from 'vitest';
import { htmlToMarkdown, htmlToText } from './html-to-markdown.ts';

describe('htmlToMarkdown', () => {
  it('keeps paragraphs, lists, emphasis and safe links', () => {
    const md = htmlToMarkdown(
      '<p>You will <strong>run</strong> assays.</p><ul><li>Pipetting</li><li>Records</li></ul><p><a href="https://example.org/x">More</a></p>',
    );
    expect(md).toBe('You will **run** assays.\n\n- Pipetting\n- Records\n\n[More](https://example.org/x)');
  });

  it('drops scripts, styles, images, handlers and unsafe links', () => {
    const md = htmlToMarkdown(
      '<p onclick="steal()">Hi<script>alert(1)</script><style>p{}</style><img src="https://tracker.example/x.gif"></p><a href="javascript:alert(1)">click</a>',
    );
    expect(md).not.toMatch(/script|alert|style|img|tracker|onclick|javascript/i);
    expect(md).toContain('Hi');
    expect(md).toMatch(/\nclick$/);
  });

  it('escapes text that Markdown or HTML would read as markup', () => {
    const md = htmlToMarkdown('<p>&lt;script&gt;alert(1)&lt;/script&gt; and *stars* and [link](javascript:x)</p>');
    expect(md).not.toMatch(/(^|[^\\])<script/);
    expect(md).toContain('\\<script>');
    expect(md).toContain('\\*stars');
    expect(md).toContain('\\[link]');
  });

  it('puts headings under the page sections and survives unclosed, odd markup', () => {
    const md = htmlToMarkdown('<h1>Big</h1><p>Text<div><b>bold<i>both</b> after');
    expect(md.startsWith('### Big\n\nText\n\n**bol')).toBe(true);
    expect(md).toMatch(/after_$/);
  });

  it('gives nothing for markup with no readable text', () => {
    expect(htmlToMarkdown('<script>x()</script><br>')).toBe('');
  });
});

describe('htmlToText', () => {
  it('flattens to one line of text', () => {
    expect(htmlToText('<p>One</p><p>Two <b>three</b></p><script>no()</script>')).toBe('One Two three');
  });
});
