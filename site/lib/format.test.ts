import { describe, expect, it } from 'vitest';
import { formatDay, inSentence } from './format.ts';

describe('inSentence', () => {
  it('lowers only the first letter of an ordinary label', () => {
    expect(inSentence('Laboratory technical skills')).toBe('laboratory technical skills');
    expect(inSentence('Data science, machine learning and AI')).toBe('data science, machine learning and AI');
    expect(inSentence('School leavers (16 to 18)')).toBe('school leavers (16 to 18)');
  });

  it('leaves acronyms, single letters and names alone', () => {
    expect(inSentence('T Level')).toBe('T Level');
    expect(inSentence('T Level in Science (laboratory sciences)')).toBe('T Level in Science (laboratory sciences)');
    expect(inSentence('NHS trusts')).toBe('NHS trusts');
    expect(inSentence('Laboratory Scientist degree apprenticeship')).toBe('Laboratory Scientist degree apprenticeship');
  });
});

describe('formatDay', () => {
  it('writes a real day and refuses 31 February instead of printing 3 March', () => {
    expect(formatDay('2027-03-03')).toBe('3 March 2027');
    expect(() => formatDay('2027-02-31')).toThrow('"2027-02-31" is not a day');
  });
});
