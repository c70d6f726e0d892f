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
  /**
   * Patterns the rule leaves out, for another rule to set the same header there. Hosts have no
   * such syntax, so `_headers` spells the rule out for each top-level path of the built site but these.
   */
  except?: readonly string[];
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

/**
 * The git hosts the browser editor's configuration can name (site/lib/admin/cms-config.ts): their
 * APIs, which it reads and writes through, and where their avatars of signed-in editors come from.
 */
const GIT_HOSTS = {
  api: 'https://api.github.com https://gitlab.com',
  avatars: 'https://avatars.githubusercontent.com https://secure.gravatar.com',
};

/**
 * The browser editor's policy (/admin/, Decap CMS), looser than the site's where Decap needs it and
 * nowhere else: 'unsafe-eval' because it validates its configuration with ajv, which compiles
 * schemas to functions; inline styles, which its React interface sets throughout; the git host's
 * API and avatars; blob: for images being uploaded. No page may frame it.
 */
export const ADMIN_CSP_DIRECTIVES: Readonly<Record<string, string>> = {
  'default-src': "'self'",
  'script-src': "'self' 'unsafe-eval'",
  'style-src': "'self' 'unsafe-inline'",
  'img-src': `'self' data: blob: https://gitlab.com ${GIT_HOSTS.avatars}`,
  'font-src': "'self'",
  'connect-src': `'self' ${GIT_HOSTS.api}`,
  'object-src': "'none'",
  'base-uri': "'self'",
  'form-action': "'self'",
  'frame-ancestors': "'none'",
};

/** Directives a <meta http-equiv> policy may not carry (browsers ignore them there, with a warning). */
const HEADER_ONLY_DIRECTIVES = new Set(['frame-ancestors', 'report-uri', 'sandbox']);

/** The policy as a header value, or (`forMeta`) as the content of a <meta http-equiv> element. */
export function contentSecurityPolicy({ forMeta = false } = {}, directives: Readonly<Record<string, string>> = CSP_DIRECTIVES): string {
  return Object.entries(directives)
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
    why: 'Every response: no MIME sniffing, no full URLs sent to other sites, no powerful features.',
    headers: {
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
      'Permissions-Policy': 'camera=(), microphone=(), payment=(), usb=(), geolocation=(self)',
    },
  },
  {
    path: '/*',
    except: ['/admin/*'],
    why: "The site's own CSP, on every path but the browser editor's.",
    headers: { 'Content-Security-Policy': contentSecurityPolicy() },
  },
  {
    path: '/admin/*',
    why: "The browser editor (Decap CMS): its own CSP, looser than the site's only where Decap needs it.",
    headers: { 'Content-Security-Policy': contentSecurityPolicy({}, ADMIN_CSP_DIRECTIVES) },
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

/** True when `rule` applies to `pathname`: its path matches and none of its exceptions does. */
export function ruleMatches(rule: HeaderRule, pathname: string): boolean {
  return pathMatches(rule.path, pathname) && !(rule.except ?? []).some((pattern) => pathMatches(pattern, pathname));
}

/** The headers for a path: every matching rule's, in order. */
export function headersFor(pathname: string, rules: readonly HeaderRule[] = HEADER_RULES): Record<string, string> {
  return Object.assign({}, ...rules.filter((rule) => ruleMatches(rule, pathname)).map((rule) => rule.headers)) as Record<string, string>;
}

/**
 * The paths `_headers` writes a rule under: its own, or, for a rule with exceptions, the home page
 * and each top-level entry of the built site (`/about/*` for a folder, `/robots.txt` for a file)
 * that the rule applies to. A path no entry starts with (a 404) gets none of such a rule's headers.
 */
function hostPaths(rule: HeaderRule, siteEntries: readonly SiteEntry[]): string[] {
  if (!rule.except) return [rule.path];
  const paths = ['/', ...siteEntries.map(({ name, folder }) => (folder ? `/${name}/*` : `/${name}`))];
  return paths.filter((path) => ruleMatches(rule, path.replace(/\*$/, 'x')));
}

/** A top-level file or folder of the built site. */
export interface SiteEntry {
  name: string;
  folder: boolean;
}

/**
 * The `_headers` file Netlify and Cloudflare Pages read: each rule's path, then its headers
 * indented. `siteEntries` (the built site's top level) spells out rules with exceptions.
 */
export function headersFile(siteEntries: readonly SiteEntry[], rules: readonly HeaderRule[] = HEADER_RULES): string {
  const blocks = rules.flatMap((rule) =>
    hostPaths(rule, siteEntries).map(
      (path) =>
        `# ${rule.why}\n${path}\n${Object.entries(rule.headers)
          .map(([name, value]) => `  ${name}: ${value}`)
          .join('\n')}`,
    ),
  );
  return `# Written by the build from packages/model/src/publish/headers.ts: change that file, not this one.\n\n${blocks.join('\n\n')}\n`;
}
