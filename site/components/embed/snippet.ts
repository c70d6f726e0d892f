/** The two lines a partner pastes: the hub's script tag and the element with its settings. */

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * The snippet for `tag` with the given attributes and `--hub-*` theme values (empty ones left
 * out). Theme values go in a style attribute so the snippet stays two lines; the embed page says
 * how to move them into a stylesheet for sites whose CSP forbids inline styles.
 */
export function snippetFor(origin: string, tag: string, attributes: Record<string, string>, theme: Record<string, string>): string {
  const attrs = Object.entries(attributes)
    .filter(([, v]) => v.trim() !== '')
    .map(([k, v]) => ` ${k}="${escapeAttribute(v.trim())}"`)
    .join('');
  const style = Object.entries(theme)
    .filter(([, v]) => v.trim() !== '')
    .map(([k, v]) => `${k}: ${v.trim()}`)
    .join('; ');
  const styleAttr = style ? ` style="${escapeAttribute(style)}"` : '';
  return `<script type="module" src="${origin}/widgets/v1/hub-widgets.js"></script>\n<${tag}${attrs}${styleAttr}></${tag}>`;
}
