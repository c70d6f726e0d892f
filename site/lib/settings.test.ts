import { describe, expect, it } from 'vitest';
import { hubSettings, telHref } from './settings.ts';

describe('hub settings', () => {
  it('come from content/site.yaml, validated', () => {
    expect(hubSettings().name).toBe('Opportunities Hub');
    expect(hubSettings().contact.email).toMatch(/@/);
  });

  it('write phone numbers as international tel: links', () => {
    expect(telHref('01632 960 100')).toBe('tel:+441632960100');
    expect(telHref('+44 20 7946 0123')).toBe('tel:+442079460123');
  });
});
