import { describe, expect, it } from 'vitest';
import { correctQuery, correctWord, vocabularyOf } from './spelling.ts';

const vocabulary = vocabularyOf([
  'Laboratory Scientist degree apprenticeship',
  'T Level in Science (laboratory sciences)',
  'Laboratory technician apprenticeship in Wisbech',
  'Labour market insight for employers',
  'Production chef apprenticeship on Cambridge Science Park',
]);

describe('vocabularyOf', () => {
  it('counts words of four letters or more, lower-cased', () => {
    expect(vocabulary['laboratory']).toBe(3);
    expect(vocabulary['apprenticeship']).toBe(3);
    expect(vocabulary['chef']).toBe(1);
    expect(vocabulary['in']).toBeUndefined();
  });
});

describe('correctWord', () => {
  it('corrects a misspelling to the commonest known word within reach', () => {
    expect(correctWord('labratory', vocabulary)).toBe('laboratory');
    expect(correctWord('apprentiseship', vocabulary)).toBe('apprenticeship');
    expect(correctWord('cambrigde', vocabulary)).toBe('cambridge');
  });

  it('leaves known words, prefixes of known words, short words and far-off words alone', () => {
    expect(correctWord('laboratory', vocabulary)).toBeUndefined();
    expect(correctWord('labor', vocabulary)).toBeUndefined();
    expect(correctWord('lab', vocabulary)).toBeUndefined();
    expect(correctWord('zebrafish', vocabulary)).toBeUndefined();
  });
});

describe('correctQuery', () => {
  it('corrects only the words that need it, and says undefined when none do', () => {
    expect(correctQuery('Labratory cambridge', vocabulary)).toBe('laboratory cambridge');
    expect(correctQuery('chef cambridge', vocabulary)).toBeUndefined();
  });
});
