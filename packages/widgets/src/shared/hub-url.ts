import { APPLY_LINK_SCHEMES, linkWithScheme } from '@opportunities-hub/model/vocabulary';

/**
 * The hub a widget belongs to is the origin that served its script. `import.meta.url` is the
 * script's own URL in the script-tag bundle, so the default feeds are found from it; in an npm
 * build served from elsewhere, partners set `src`.
 */
export function hubUrl(path: string, base: string = import.meta.url): string {
  try {
    return new URL(path, base).href;
  } catch {
    // An inline module or a blob: build has no hierarchical URL: fall back to the page's own origin.
    return path;
  }
}

/** `link` resolved against `base`, when it is a web or mail link (the schemes an apply link may use); else undefined. */
export function safeHref(link: string, base: string): string | undefined {
  return linkWithScheme(link, APPLY_LINK_SCHEMES, base);
}
