import { describe, expect, it } from 'vitest';
import { buildAtomFeed, escapeXml, type AtomFeed } from './atom.ts';

const feed = (entries: AtomFeed['entries']): AtomFeed => ({
  id: 'https://hub.example/feeds/opportunities.atom',
  title: 'New & open',
  selfUrl: 'https://hub.example/feeds/opportunities.atom',
  htmlUrl: 'https://hub.example/opportunities/',
  author: 'Hub',
  entries,
});
const entry = (id: string, updated: string) => ({
  id: `https://hub.example/${id}/`,
  title: `Title <${id}>`,
  url: `https://hub.example/${id}/`,
  published: '2026-10-01T00:00:00Z',
  updated,
  summary: 'Fish & "chips"',
  categories: [{ term: 'course', label: 'Course' }],
});

describe('buildAtomFeed', () => {
  it('writes entries in the order given and takes the feed date from the latest update', () => {
    const xml = buildAtomFeed(feed([entry('b', '2026-10-02T00:00:00Z'), entry('a', '2026-11-05T00:00:00Z')]));
    expect(xml.indexOf('/b/')).toBeLessThan(xml.indexOf('/a/'));
    expect(xml).toMatch(/<feed [^>]*>\n {2}<id>[^<]+<\/id>\n {2}<title>New &amp; open<\/title>/);
    expect(xml).toContain('  <updated>2026-11-05T00:00:00Z</updated>\n  <author>');
    expect(xml).toContain('<title>Title &lt;a&gt;</title>');
    expect(xml).toContain('<summary>Fish &amp; &quot;chips&quot;</summary>');
  });

  it('is deterministic for an empty feed', () => {
    expect(buildAtomFeed(feed([]))).toContain('<updated>1970-01-01T00:00:00Z</updated>');
  });

  it('refuses a date that is not RFC 3339, naming the entry', () => {
    expect(() => buildAtomFeed(feed([entry('a', '2026-11-05')]))).toThrow(/entry "https:\/\/hub.example\/a\/" updated "2026-11-05"/);
  });
});

describe('escapeXml', () => {
  it('escapes markup and drops characters XML cannot hold', () => {
    expect(escapeXml(`a<b>&'"\u0001c`)).toBe('a&lt;b&gt;&amp;&apos;&quot;c');
  });
});
