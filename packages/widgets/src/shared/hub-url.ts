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

/** Resolves a link from a feed (site paths like /opportunities/x/) against the feed's own URL. */
export function resolveFeedLink(link: string, feedUrl: string): string {
  return new URL(link, feedUrl).href;
}

/** Only web and mail links are ever put into an href. */
export function safeHref(link: string, base: string): string | undefined {
  try {
    const url = new URL(link, base);
    return ['https:', 'http:', 'mailto:'].includes(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}
