/**
 * Markdown to plain text for the feeds' descriptions (and so for JSON-LD and search): the words a
 * reader sees, without the syntax. Parsed by a CommonMark parser (mdast-util-from-markdown) rather
 * than with regular expressions, so underscores inside words, lone asterisks, autolinks, character
 * references and reference links come out as a reader sees them. Not a renderer: the site renders
 * Markdown with Astro.
 */
import type { Nodes, Root, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';

/** Blocks with no words for a reader: code, raw HTML, link definitions, rules. */
const SILENT = new Set<RootContent['type']>(['code', 'html', 'definition', 'thematicBreak', 'yaml']);

/** The words of inline content; a hard break reads as a space (mdast-util-to-string would join the words). */
function words(node: Nodes): string {
  if (node.type === 'break') return ' ';
  if ('children' in node) return node.children.map(words).join('');
  return toString(node, { includeHtml: false });
}

/** A block's words on one line: line breaks and runs of spaces read as one space. */
const line = (node: Nodes) => words(node).replace(/\s+/g, ' ').trim();

/** Each block as its own paragraph of text; a list gives one line per item. */
function blocks(parent: Root | Extract<Nodes, { children: RootContent[] }>): string[] {
  return parent.children.flatMap((node): string[] => {
    if (SILENT.has(node.type)) return [];
    if (node.type === 'list') return [node.children.map((item) => blocks(item).join(' ')).join('\n')];
    if (node.type === 'blockquote') return blocks(node);
    return [line(node)];
  });
}

/** The plain text of a Markdown document: one paragraph per block, separated by a blank line. */
export function markdownToPlainText(markdown: string): string {
  return blocks(fromMarkdown(markdown))
    .filter((text) => text.length > 0)
    .join('\n\n');
}
