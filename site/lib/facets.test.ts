import { describe, expect, it } from 'vitest';
import { facetPath, facets, groupByFacet } from './facets.ts';
import { opportunity } from '@opportunities-hub/model/testing/records';

const listed = facets([
  { slug: 'laboratory-technical', name: 'Laboratory technical skills' },
  { slug: 'data', name: 'Data' },
]);
const byType = listed.find((f) => f.key === 'type');
const bySkill = listed.find((f) => f.key === 'skill');

describe('facets', () => {
  it('lists the facets with pages in the vocabulary order, with its labels', () => {
    expect(listed.map((f) => [f.key, f.label])).toEqual([
      ['type', 'Type of opportunity'],
      ['level', 'Level'],
      ['skill', 'Skill area'],
      ['audience', 'Who it is for'],
    ]);
    expect(byType!.values[0]).toEqual({ value: 'apprenticeship', label: 'Apprenticeship' });
  });
});

describe('groupByFacet', () => {
  it('groups in one pass, keeps record order and leaves out empty values', () => {
    const records = [opportunity({ slug: 'a' }), opportunity({ slug: 'b', type: 'course' }), opportunity({ slug: 'c' })];
    const groups = groupByFacet(byType!, records);
    expect([...groups.keys()]).toEqual(['apprenticeship', 'course']);
    expect(groups.get('apprenticeship')!.map((r) => r.slug)).toEqual(['a', 'c']);
  });

  it('puts a record under each of its skills', () => {
    const record = opportunity({
      skills: [
        { slug: 'laboratory-technical', name: 'Lab', group: 'specialist' },
        { slug: 'data', name: 'Data', group: 'specialist' },
      ],
    });
    expect([...groupByFacet(bySkill!, [record]).keys()]).toEqual(['laboratory-technical', 'data']);
  });

  it('refuses a value the facet does not know, naming the record', () => {
    const record = opportunity({ slug: 'odd', skills: [{ slug: 'juggling', name: 'Juggling', group: 'specialist' }] });
    expect(() => groupByFacet(bySkill!, [record])).toThrow(/"odd" has skill "juggling"/);
  });
});

describe('facetPath', () => {
  it('is the static listing page', () => {
    expect(facetPath('level', 'degree')).toBe('/opportunities/level/degree/');
  });
});
