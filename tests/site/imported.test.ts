import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TEST_DIST } from '../support/hub.ts';
import { builtOpportunities, jsonLdOf } from './built-site.ts';

/** Imported vacancies and standards (the stored sample) as the built site shows them. */

const page = (path: string) => readFileSync(join(TEST_DIST, path, 'index.html'), 'utf8');
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('imported vacancies and standards on the built site', () => {
  it('labels an imported vacancy with its source, pay, hours and standard', () => {
    const html = page('opportunities/laboratory-technician-apprentice-9990000101');
    const words = text(html);
    expect(words).toContain('From Find an apprenticeship');
    expect(words).toContain('£21,000 a year. Reviewed after 12 months.');
    expect(words).toContain('37.5 hours a week: Monday to Friday, 8.30am to 4.30pm');
    expect(words).toMatch(/Imported from Find an apprenticeship \(vacancy reference 9990000101\)/);
    const posting = jsonLdOf(html, 'imported vacancy').find((d) => d['@type'] === 'JobPosting')!;
    expect(posting).toMatchObject({
      identifier: { '@type': 'PropertyValue', name: 'Find an apprenticeship', value: '9990000101' },
      baseSalary: { currency: 'GBP', value: { value: 21000, unitText: 'YEAR' } },
      directApply: false,
    });
  });

  it('publishes imported records in the feed with structured pay and their source', () => {
    const imported = builtOpportunities().filter((o) => o.source);
    expect(imported.map((o) => o.source!.reference).sort()).toEqual(['9990000101', '9990000102', '9990000103', '9990000104', '9990000106']);
    expect(imported.every((o) => o.illustrative)).toBe(true);
    expect(imported.find((o) => o.source!.reference === '9990000104')!.pay).toEqual({ type: 'competitive' });
    expect(imported.find((o) => o.source!.reference === '9990000102')!.standard).toMatchObject({ reference: 'ST0216', level: 2 });
  });

  it('shows each pathway step’s standard with its level, length, funding and job titles', () => {
    const words = text(page('pathways/healthcare-support-to-nursing-associate'));
    expect(words).toContain('Apprenticeship standard: Healthcare support worker (ST0216)');
    expect(words).toContain('Level 2, typically 15 months, up to £5,500 of funding for training.');
    expect(words).toContain('Job titles: Healthcare support worker, Healthcare assistant, Maternity support worker.');
    expect(words).toContain('Nursing associate (NMC 2018) (ST0508)');
  });
});
