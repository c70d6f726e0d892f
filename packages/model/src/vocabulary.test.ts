import { describe, expect, it } from 'vitest';
import { APPLY_LINK_SCHEMES, linkWithScheme, STATUS_LABELS, STATUSES, WEB_LINK_SCHEMES } from './vocabulary.ts';
import { FACET_LABELS, FACETS, START_WINDOW_LABELS, START_WINDOWS } from './vocabulary/facets.ts';
import { PATHWAY_STEP_KIND_LABELS, PATHWAY_STEP_KINDS } from './vocabulary/pathway-steps.ts';

describe('linkWithScheme', () => {
  it('passes web and mail links for applying, resolved to absolute addresses', () => {
    expect(linkWithScheme('https://example.org/apply', APPLY_LINK_SCHEMES)).toBe('https://example.org/apply');
    expect(linkWithScheme('MAILTO:jobs@example.org', APPLY_LINK_SCHEMES)).toBe('mailto:jobs@example.org');
    expect(linkWithScheme('/opportunities/x/', APPLY_LINK_SCHEMES, 'https://hub.example/api/v1/opportunities.json')).toBe(
      'https://hub.example/opportunities/x/',
    );
  });

  it('refuses script, data and file links, relative links with no base, and mail for a web link', () => {
    for (const link of ['javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,hi', 'file:///etc/passwd', '/apply', 'not a url'])
      expect(linkWithScheme(link, APPLY_LINK_SCHEMES), link).toBeUndefined();
    expect(linkWithScheme('mailto:a@b.org', WEB_LINK_SCHEMES)).toBeUndefined();
  });
});

describe('the lists', () => {
  it('label every facet, start window, status and step kind, in the order given', () => {
    expect(Object.keys(FACET_LABELS)).toEqual([...FACETS]);
    expect(Object.keys(START_WINDOW_LABELS)).toEqual([...START_WINDOWS]);
    expect(Object.keys(STATUS_LABELS)).toEqual([...STATUSES]);
    expect(Object.keys(PATHWAY_STEP_KIND_LABELS)).toEqual([...PATHWAY_STEP_KINDS]);
  });
});
