/**
 * An Atom 1.0 (RFC 4287) feed writer: pure, so it is unit tested without a build. Every text is
 * XML-escaped, and characters XML 1.0 forbids are dropped rather than breaking readers.
 */

export interface AtomEntry {
  /** A permanent, unique id: the entry's absolute URL. */
  id: string;
  title: string;
  /** Absolute URL of the entry's page. */
  url: string;
  /** RFC 3339 date-times, e.g. 2026-11-01T00:00:00Z. */
  published: string;
  updated: string;
  summary: string;
  /** Category terms and labels, e.g. the opportunity type. */
  categories?: { term: string; label: string }[];
  author?: string;
}

export interface AtomFeed {
  id: string;
  title: string;
  subtitle?: string;
  /** Absolute URL of the feed itself. */
  selfUrl: string;
  /** Absolute URL of the HTML page the feed mirrors. */
  htmlUrl: string;
  /** The feed's author (Atom requires one at feed or entry level). */
  author: string;
  entries: AtomEntry[];
}

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/** Characters XML 1.0 does not allow: naming the few control characters it does allow is the point. */
// eslint-disable-next-line no-control-regex
const NOT_XML = /[^\x09\x0A\x0D\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Escapes text for XML content and attribute values, removing characters XML 1.0 does not allow. */
export function escapeXml(text: string): string {
  return text
    .replace(NOT_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

function checkDate(value: string, where: string): string {
  if (!RFC3339.test(value)) throw new Error(`Atom feed: ${where} "${value}" is not an RFC 3339 date-time like 2026-11-01T00:00:00Z`);
  return value;
}

/**
 * The feed as XML. Entries are written in the order given; the feed's `updated` is the latest
 * entry update (or the Unix epoch for an empty feed), so a rebuild with unchanged content gives
 * an identical file.
 */
export function buildAtomFeed(feed: AtomFeed): string {
  const x = escapeXml;
  const updated = feed.entries.reduce(
    (latest, e) => (checkDate(e.updated, `entry "${e.id}" updated`) > latest ? e.updated : latest),
    '1970-01-01T00:00:00Z',
  );
  const entries = feed.entries.map((e) => {
    checkDate(e.published, `entry "${e.id}" published`);
    const categories = (e.categories ?? []).map((c) => `    <category term="${x(c.term)}" label="${x(c.label)}"/>\n`).join('');
    const author = e.author ? `    <author><name>${x(e.author)}</name></author>\n` : '';
    return (
      `  <entry>\n    <id>${x(e.id)}</id>\n    <title>${x(e.title)}</title>\n    <link rel="alternate" type="text/html" href="${x(e.url)}"/>\n` +
      `    <published>${e.published}</published>\n    <updated>${e.updated}</updated>\n${author}${categories}    <summary>${x(e.summary)}</summary>\n  </entry>\n`
    );
  });
  return (
    `<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en-GB">\n` +
    `  <id>${x(feed.id)}</id>\n  <title>${x(feed.title)}</title>\n` +
    (feed.subtitle ? `  <subtitle>${x(feed.subtitle)}</subtitle>\n` : '') +
    `  <link rel="self" type="application/atom+xml" href="${x(feed.selfUrl)}"/>\n  <link rel="alternate" type="text/html" href="${x(feed.htmlUrl)}"/>\n` +
    `  <updated>${updated}</updated>\n  <author><name>${x(feed.author)}</name></author>\n` +
    entries.join('') +
    `</feed>\n`
  );
}
