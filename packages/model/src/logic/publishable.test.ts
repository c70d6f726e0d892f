import { describe, expect, it } from 'vitest';
import { siteSettingsSchema, type SiteSettings } from '../schemas/settings.ts';
import { isDramaNumber, isReservedHost, originProblem, placeholderIssues } from './publishable.ts';

const real: SiteSettings = siteSettingsSchema.parse({
  name: 'Opportunities Hub',
  tagline: 'Routes into life-sciences careers.',
  origin: 'https://hub.lifesciences.org.uk',
  operator: { name: 'Anglia Ruskin University', website: 'https://www.aru.ac.uk/' },
  contact: { email: 'hub@aru.ac.uk', phone: '01223 363271', address: ['East Road', 'Cambridge', 'CB1 1PT'] },
  accessibility: { email: 'access@aru.ac.uk', replyWithinDays: 5 },
  privacy: { controller: 'Anglia Ruskin University', email: 'dpo@aru.ac.uk', keepMessagesMonths: 12 },
});

describe('originProblem', () => {
  it('accepts a public https origin', () => {
    expect(originProblem('https://hub.lifesciences.org.uk')).toBeUndefined();
  });
  it.each([
    [undefined, 'no public origin'],
    ['http://hub.lifesciences.org.uk', 'must start with https:'],
    ['https://localhost:4321', 'local or example'],
    ['https://127.0.0.1', 'local or example'],
    ['https://hub.example.org', 'local or example'],
    ['https://preview.test', 'local or example'],
    ['https://hub.lifesciences.org.uk/hub/', 'no path'],
    ['hub.lifesciences.org.uk', 'is not an address'],
  ])('refuses %s', (origin, reason) => {
    expect(originProblem(origin)).toContain(reason);
  });
});

describe('placeholder checks', () => {
  it('finds nothing in real settings', () => {
    expect(placeholderIssues(real, 'content/site.yaml')).toEqual([]);
  });

  it('names the flag and every example value by field', () => {
    const example: SiteSettings = {
      ...real,
      placeholder: true,
      origin: 'https://hub.example.org',
      contact: { ...real.contact, email: 'hub@example.org', phone: '01632 960 123' },
      operator: { name: 'PLACEHOLDER: the partnership', website: 'https://www.example.com/' },
    };
    const issues = placeholderIssues(example, 'content/site.yaml');
    expect(issues.map((i) => i.field)).toEqual(['placeholder', 'operator.name', 'operator.website', 'contact.email', 'contact.phone']);
    expect(issues.every((i) => i.file === 'content/site.yaml')).toBe(true);
    expect(issues[3]!.message).toBe('"hub@example.org" uses example.org, a domain reserved for examples: set the real value');
  });

  it('knows reserved hosts and drama numbers', () => {
    expect(isReservedHost('www.example.com')).toBe(true);
    expect(isReservedHost('example.org.uk')).toBe(false);
    expect(isDramaNumber('+44 20 7946 0123')).toBe(true);
    expect(isDramaNumber('07700 900456')).toBe(true);
    expect(isDramaNumber('01223 363271')).toBe(false);
  });
});
