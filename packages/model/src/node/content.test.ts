import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COLLECTIONS } from '../catalogue.ts';
import { statusOf } from '../logic/status.ts';
import { AUDIENCES, LEVEL_BAND_OF, LEVEL_BANDS, OPPORTUNITY_TYPES, SKILL_GROUPS } from '../vocabulary.ts';
import { loadCatalogue } from './load-catalogue.ts';

/**
 * The hub's own content: every file passes its schema and its references resolve, and the
 * opportunities cover what the listings, filters and statuses need to show (issue 2's brief).
 */
const catalogue = loadCatalogue(resolve(import.meta.dirname, '../../../../content'));
const opportunities = catalogue.opportunities.map((e) => e.data);
const skillGroup = new Map(catalogue.skills.map((e) => [e.slug, e.data.group]));
const TODAY = '2026-11-28';

describe("the hub's content", () => {
  it('loads with no problems in any file', () => {
    for (const name of Object.keys(COLLECTIONS) as (keyof typeof COLLECTIONS)[]) expect(catalogue[name].length).toBeGreaterThan(0);
    expect(catalogue.site.data.name).toBe('Opportunities Hub');
  });

  it('has at least 40 opportunities and 5 pathways', () => {
    expect(opportunities.length).toBeGreaterThanOrEqual(40);
    expect(catalogue.pathways.length).toBeGreaterThanOrEqual(5);
    expect(catalogue.recommendations.map((e) => e.data.number).sort()).toEqual([1, 2, 3, 4, 5]);
  });

  it('covers every type, level band, skill group and audience', () => {
    expect(new Set(opportunities.map((o) => o.type))).toEqual(new Set(OPPORTUNITY_TYPES));
    expect(new Set(opportunities.map((o) => LEVEL_BAND_OF[o.level]))).toEqual(new Set(LEVEL_BANDS));
    expect(new Set(opportunities.flatMap((o) => o.skills.map((s) => skillGroup.get(s))))).toEqual(new Set(SKILL_GROUPS));
    expect(new Set(opportunities.flatMap((o) => o.audiences))).toEqual(new Set(AUDIENCES));
  });

  it(`has closed, closing-soon, open, upcoming and rolling opportunities on ${TODAY}`, () => {
    const statuses = new Set(opportunities.map((o) => statusOf(o, TODAY)));
    expect(statuses).toEqual(new Set(['closed', 'closing-soon', 'open', 'upcoming', 'rolling']));
  });

  it('labels illustrative entries, keeping the few real ones from the brief unlabelled', () => {
    const real = opportunities.filter((o) => !o.illustrative);
    expect(real.length).toBeGreaterThan(0);
    expect(real.length).toBeLessThan(opportunities.length / 4);
  });

  it('has a pathway from T Level laboratory sciences through a placement and degree apprenticeship to a job, with a branch', () => {
    const flagship = catalogue.pathways.find((p) => p.slug === 't-level-to-laboratory-scientist')?.data;
    expect(flagship?.steps.map((s) => s.kind)).toEqual(expect.arrayContaining(['education', 'placement', 'apprenticeship', 'job']));
    expect(flagship?.steps.some((s) => (s.next?.length ?? 0) > 1)).toBe(true);
  });
});
