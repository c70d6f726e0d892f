import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { payText, standardSummary, type PathwaysFeed } from '@opportunities-hub/model';
import { TEST_DIST } from '../support/hub.ts';
import { builtOpportunities, jsonLdOf } from './built-site.ts';

/**
 * Imported vacancies and standards as the built site shows them: whatever content/ holds (the
 * stored sample, or a partnership's real imports), so the daily rebuild's tests hold after an import.
 */

const page = (path: string) => readFileSync(join(TEST_DIST, path, 'index.html'), 'utf8');
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
const imported = builtOpportunities().filter((o) => o.source);

describe('imported vacancies and standards on the built site', () => {
  it('has imported vacancies to show', () => expect(imported.length).toBeGreaterThan(0));

  it('labels each imported vacancy with its source and reference, and shows its pay', () => {
    for (const o of imported) {
      const html = page(`opportunities/${o.slug}`);
      const words = text(html);
      expect(words, o.slug).toContain(`From ${o.source!.label}`);
      expect(words, o.slug).toContain(`(vacancy reference ${o.source!.reference})`);
      if (o.pay) expect(words, o.slug).toContain(payText(o.pay));
      if (o.source!.withdrawn) expect(words, o.slug).toContain('stopped listing this vacancy');
      const item = jsonLdOf(html, o.url).find((d) => 'identifier' in d)!;
      expect(item['identifier'], o.slug).toEqual({ '@type': 'PropertyValue', name: o.source!.label, value: o.source!.reference });
      if (item['@type'] === 'JobPosting') {
        expect(item['directApply'], o.slug).toBe(false);
        if (o.pay?.type === 'fixed') expect(item['baseSalary'], o.slug).toMatchObject({ currency: 'GBP', value: { value: o.pay.amount } });
      }
    }
  });

  it('shows each pathway step’s standard with its level, length, funding and job titles', () => {
    const { pathways } = JSON.parse(readFileSync(join(TEST_DIST, 'api/v1/pathways.json'), 'utf8')) as PathwaysFeed;
    const withStandards = pathways.filter((p) => p.steps.some((s) => s.standard));
    expect(withStandards.length).toBeGreaterThan(0);
    for (const pathway of withStandards) {
      const words = text(page(`pathways/${pathway.slug}`));
      for (const { standard: s } of pathway.steps.filter((step) => step.standard)) {
        expect(words, pathway.slug).toContain(`Apprenticeship standard: ${s!.title} (${s!.reference})`);
        expect(words, pathway.slug).toContain(`${standardSummary(s!)}.`);
        if (s!.typicalJobTitles.length) expect(words, pathway.slug).toContain(`Job titles: ${s!.typicalJobTitles.join(', ')}.`);
      }
    }
  });
});
