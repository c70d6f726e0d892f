/**
 * The HTTP headers the hub's contract needs, defined once. The build writes them as `_headers`
 * (Netlify, Cloudflare Pages), the local server (`npm run serve`) sends them, the embed page shows
 * them to partners, and pages carry the Content-Security-Policy as a <meta> too, so hosts that
 * cannot send headers (GitHub Pages) still enforce it.
 *
 * Rules that can match the same path never set the same header: Cloudflare Pages joins repeated
 * headers with commas and Netlify applies every matching rule, so an overlap would send
 * `Cache-Control: a, b`. A test holds the rules to this.
 */

/** One rule: a path pattern as static hosts write it, and the headers every matching response gets. */
export interface HeaderRule {
  /** An exact path, or a prefix ending in `*` (`/api/*`); `/*` is every path. */
  path: string;
  /** Why these headers, written as a comment above the rule in `_headers`. */
  why: string;
  headers: Readonly<Record<string, string>>;
}

/**
 * The site's own Content-Security-Policy, directive by directive: everything from the hub itself;
 * WebAssembly for the Pagefind search index; no inline scripts or styles, no plugins.
 */
export const CSP_DIRECTIVES: Readonly<Record<string, string>> = {
  'default-src': "'self'",
  'script-src': "'self' 'wasm-unsafe-eval'",
  'style-src': "'self'",
  'img-src': "'self' data:",
  'font-src': "'self'",
  'connect-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'self'",
  'form-action': "'self'",
  'frame-ancestors': "'self'",
};

/** Directives a <meta http-equiv> policy may not carry (browsers ignore them there, with a warning). */
const HEADER_ONLY_DIRECTIVES = new Set(['frame-ancestors', 'report-uri', 'sandbox']);

/** The policy as a header value, or (`forMeta`) as the content of a <meta http-equiv> element. */
export function contentSecurityPolicy({ forMeta = false } = {}): string {
  return Object.entries(CSP_DIRECTIVES)
    .filter(([name]) => !forMeta || !HEADER_ONLY_DIRECTIVES.has(name))
    .map(([name, value]) => `${name} ${value}`)
    .join('; ');
}

/** What partners' sites fetch: any origin may read it, and it stays fresh within minutes of a rebuild. */
const SHARED_WITH_PARTNERS = {
  'Access-Control-Allow-Origin': '*',
  'Cross-Origin-Resource-Policy': 'cross-origin',
  'Cache-Control': 'public, max-age=300, stale-while-revalidate=3600',
} as const;

export const HEADER_RULES: readonly HeaderRule[] = [
  {
    path: '/*',
    why: "Every response: no MIME sniffing, no full URLs sent to other sites, no powerful features, the site's own CSP.",
    headers: {
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
      'Permissions-Policy': 'camera=(), microphone=(), payment=(), usb=(), geolocation=(self)',
      'Content-Security-Policy': contentSecurityPolicy(),
    },
  },
  { path: '/api/*', why: 'The JSON feeds: read by the widgets on partner sites.', headers: SHARED_WITH_PARTNERS },
  { path: '/widgets/*', why: 'The widget script: loaded by partner pages.', headers: SHARED_WITH_PARTNERS },
  { path: '/feeds/*', why: 'Atom and iCalendar feeds: read by feed readers and calendars anywhere.', headers: SHARED_WITH_PARTNERS },
  {
    path: '/_astro/*',
    why: 'Scripts and styles whose names carry a hash of their content: a new build gives new names.',
    headers: { 'Cache-Control': 'public, max-age=31536000, immutable' },
  },
];

/** True when `pattern` (a HeaderRule path) matches `pathname`. */
export function pathMatches(pattern: string, pathname: string): boolean {
  return pattern.endsWith('*') ? pathname.startsWith(pattern.slice(0, -1)) : pathname === pattern;
}

/** The headers for a path: every matching rule's, in order. */
export function headersFor(pathname: string, rules: readonly HeaderRule[] = HEADER_RULES): Record<string, string> {
  return Object.assign({}, ...rules.filter((rule) => pathMatches(rule.path, pathname)).map((rule) => rule.headers)) as Record<
    string,
    string
  >;
}

/** The `_headers` file Netlify and Cloudflare Pages read: each rule's path, then its headers indented. */
export function headersFile(rules: readonly HeaderRule[] = HEADER_RULES): string {
  const blocks = rules.map(
    (rule) =>
      `# ${rule.why}\n${rule.path}\n${Object.entries(rule.headers)
        .map(([name, value]) => `  ${name}: ${value}`)
        .join('\n')}`,
  );
  return `# Written by the build from packages/model/src/publish/headers.ts: change that file, not this one.\n\n${blocks.join('\n\n')}\n`;
}
