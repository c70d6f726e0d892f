/**
 * Turns the HTML an outside source sends into safe Markdown for a content file. The HTML is
 * parsed (hast-util-from-html), cut down to a few harmless elements (hast-util-sanitize: scripts,
 * styles, images, attributes and event handlers go; links keep http(s) and mailto only), turned
 * into a Markdown tree (hast-util-to-mdast) and written out (mdast-util-to-markdown), which escapes
 * anything that Markdown or HTML would read as markup. Headings start at level 3, under the
 * page's own sections; a link to a refused address (javascript:) keeps only its words.
 */
import { fromHtml } from 'hast-util-from-html';
import { sanitize, type Schema } from 'hast-util-sanitize';
import { toMdast } from 'hast-util-to-mdast';
import { toMarkdown } from 'mdast-util-to-markdown';
import type { Nodes as MdastNodes } from 'mdast';

const ALLOWED: Schema = {
  tagNames: ['p', 'br', 'ul', 'ol', 'li', 'strong', 'b', 'em', 'i', 'a', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote'],
  attributes: { a: ['href'] },
  protocols: { href: ['http', 'https', 'mailto'] },
  strip: ['script', 'style', 'template', 'noscript', 'iframe', 'object', 'svg', 'math', 'title'],
  required: {},
  clobber: [],
  ancestors: { li: ['ol', 'ul'] },
};

/** Headings start at level 3; a link whose address the sanitiser removed becomes its text. */
function tidy(node: MdastNodes): void {
  if (node.type === 'heading') node.depth = Math.min(6, Math.max(3, node.depth)) as 3 | 4 | 5 | 6;
  if (!('children' in node)) return;
  node.children = node.children.flatMap((child) =>
    child.type === 'link' && !child.url ? child.children : [child],
  ) as typeof node.children;
  for (const child of node.children) tidy(child as MdastNodes);
}

/** Safe Markdown from an HTML fragment; empty when nothing readable is left. */
export function htmlToMarkdown(html: string): string {
  const tree = sanitize(fromHtml(html, { fragment: true }), ALLOWED);
  const mdast = toMdast(tree);
  tidy(mdast as MdastNodes);
  const markdown = toMarkdown(mdast as MdastNodes, { bullet: '-', emphasis: '_', strong: '*', rule: '-' }).trim();
  // A lone <br> comes out as a hard-break backslash: that is not text.
  return markdown.replace(/[\\\s]/g, '') === '' ? '' : markdown;
}

/** Plain one-line text from an HTML fragment (for summaries and fields that take no Markdown). */
export function htmlToText(html: string): string {
  const tree = sanitize(fromHtml(html, { fragment: true }), { ...ALLOWED, tagNames: ['p', 'br', 'li'] });
  const text: string[] = [];
  const walk = (node: { type: string; value?: string; children?: unknown[] }) => {
    if (node.type === 'text') text.push(node.value ?? '');
    else if (node.type === 'element') text.push(' ');
    for (const child of (node.children ?? []) as (typeof node)[]) walk(child);
  };
  walk(tree as Parameters<typeof walk>[0]);
  return text.join('').replace(/\s+/g, ' ').trim();
}
