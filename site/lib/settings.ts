import type { SiteSettings } from '@opportunities-hub/model';
import { getCatalogue } from './catalogue.ts';

/**
 * The hub's settings (content/site.yaml): its name, who runs it, how to reach them. Validated with
 * the rest of the content by loadCatalogue, so a mistake stops the build naming the field.
 */
export function hubSettings(): SiteSettings {
  return getCatalogue().site.data;
}

/** A phone number as a `tel:` link in international form: 01632 960 100 → tel:+441632960100. */
export function telHref(phone: string): string {
  const digits = phone.replace(/[^\d+]/g, '');
  return `tel:${digits.startsWith('0') ? `+44${digits.slice(1)}` : digits}`;
}
