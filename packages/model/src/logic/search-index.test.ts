import { describe, expect, it } from 'vitest';
import { createIndex, tokenize, withinEdits, type Fields } from './search-index.ts';

const docs: Fields[] = [
  [
    ['Laboratory technician apprenticeship', 3],
    ['Work in a lab', 1],
  ],
  [
    ['Data science bootcamp', 3],
    ['Python and statistics; a laboratory project', 1],
  ],
  [
    ['Healthcare support placement', 3],
    ['Hospital wards in Peterborough', 1],
  ],
  [
    ['Café management course', 3],
    ['Run a café', 1],
  ],
];
const index = createIndex(docs);
const ids = (q: string) => index.search(q).map((h) => h.id);

describe('tokenize', () => {
  it('lower-cases, folds accents and splits on punctuation', () => {
    expect(tokenize('Café, Data-Science & AI!')).toEqual(['cafe', 'data', 'science', 'ai']);
  });
});

describe('withinEdits', () => {
  it.each([
    ['laboratory', 'labratory', 1, true],
    ['science', 'sceince', 1, true],
    ['data', 'date', 1, true],
    ['data', 'dome', 1, false],
    ['bootcamp', 'botcmap', 2, true],
    ['abc', 'abcdef', 2, false],
  ])('%s ~ %s within %d: %s', (a, b, max, expected) => {
    expect(withinEdits(a, b, max)).toBe(expected);
  });
});

describe('createIndex', () => {
  it('ranks a title match above a match in the body', () => {
    expect(ids('laboratory')).toEqual([0, 1]);
  });
  it('matches prefixes while the word is being typed', () => {
    expect(ids('labor')).toEqual([0, 1]);
    expect(ids('boot')).toEqual([1]);
  });
  it('tolerates typos', () => {
    expect(ids('labratory')).toEqual([0, 1]);
    expect(ids('helthcare')).toEqual([2]);
    expect(ids('statistcs')).toEqual([1]);
  });
  it('needs every word to match', () => {
    expect(ids('laboratory python')).toEqual([1]);
    expect(ids('laboratory hospital')).toEqual([]);
  });
  it('ranks an exact match above a typo match', () => {
    const i = createIndex([[['date', 1]], [['data', 1]]]);
    expect(i.search('data').map((h) => h.id)).toEqual([1, 0]);
  });
  it('finds accented words from plain letters and back', () => {
    expect(ids('cafe')).toEqual([3]);
    expect(ids('CAFÉ')).toEqual([3]);
  });
  it('returns nothing for a query with no words', () => {
    expect(index.search(' ,. ')).toEqual([]);
  });
});
