import { expect, it } from 'vitest';
import { markdownToPlainText } from './plain-text.ts';

it('keeps the words of Markdown and drops its syntax', () => {
  const markdown =
    "import X from './x.astro';\n\n## What you do\n\nYou **test** samples in a [real lab](https://example.org).\n\n- One\n- Two\n\n<X client:load />\n";
  expect(markdownToPlainText(markdown)).toBe('What you do\n\nYou test samples in a real lab.\n\nOne\nTwo');
});
