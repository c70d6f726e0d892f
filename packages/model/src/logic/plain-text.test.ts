import { describe, expect, it } from 'vitest';
import { markdownToPlainText } from './plain-text.ts';

describe('markdownToPlainText', () => {
  it('keeps the words of Markdown, one paragraph per block, and drops its syntax', () => {
    const markdown = '## What you do\n\nYou **test** samples in a [real lab](https://example.org).\n\n- One\n- Two\n\n<X client:load />\n';
    expect(markdownToPlainText(markdown)).toBe('What you do\n\nYou test samples in a real lab.\n\nOne\nTwo');
  });

  it('keeps underscores inside words (snake_case_names)', () => {
    expect(markdownToPlainText('Set sample_id and plate_well_ref in the LIMS.')).toBe('Set sample_id and plate_well_ref in the LIMS.');
  });

  it('keeps asterisks that are not emphasis (2 * 3 * 4)', () => {
    expect(markdownToPlainText('A plate holds 2 * 3 * 4 wells.')).toBe('A plate holds 2 * 3 * 4 wells.');
  });

  it('keeps autolinks as their address', () => {
    expect(markdownToPlainText('Apply at <https://example.org/apply> or <jobs@example.org>.')).toBe(
      'Apply at https://example.org/apply or jobs@example.org.',
    );
  });

  it('decodes character references (&amp;)', () => {
    expect(markdownToPlainText('Research &amp; development, &copy; 2026, caf&#233;')).toBe('Research & development, © 2026, café');
  });

  it('keeps the text of reference links and drops their definitions', () => {
    expect(markdownToPlainText('Read the [guide][g] and [FAQ].\n\n[g]: https://example.org/guide\n[FAQ]: https://example.org/faq')).toBe(
      'Read the guide and FAQ.',
    );
  });

  it('drops code blocks and HTML, keeps inline code and image text, and reads line breaks as spaces', () => {
    const markdown =
      'Run `pytest` first.\n\n```sh\nrm -rf /\n```\n\n<div>hidden</div>\n\n![A pipette](p.png) in use,  \nthen cleaned\nafter.';
    expect(markdownToPlainText(markdown)).toBe('Run pytest first.\n\nA pipette in use, then cleaned after.');
  });

  it('reads quotes and nested lists as text', () => {
    expect(markdownToPlainText('> Quoted _advice_.\n\n1. First\n   - inner\n2. Second')).toBe('Quoted advice.\n\nFirst inner\nSecond');
  });
});
