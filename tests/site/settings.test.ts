import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadCatalogue } from '@opportunities-hub/model/node/load-catalogue';
import { describe, expect, it } from 'vitest';
import { htmlPages, markupOnly } from './built-site.ts';

/**
 * One settings record (content/site.yaml) names the hub and its contacts: pages take them from
 * there, never from a copy, and every page links to the contact details and the privacy notice.
 */
const contentDir = resolve(process.env.HUB_CONTENT ?? 'content');
const settings = loadCatalogue(contentDir).site.data;
const pages = htmlPages();
const page = (path: string) => pages.find((p) => p.path === path)?.html ?? '';

describe('the settings record', () => {
  it('is the only place an MDX page gets an email address or phone number from', () => {
    const pagesDir = join(contentDir, 'pages');
    for (const name of readdirSync(pagesDir)) {
      const source = readFileSync(join(pagesDir, name), 'utf8');
      expect(source, name).not.toMatch(/[\w.+-]+@[\w-]+\.[\w.]+/);
      expect(source, name).not.toMatch(/\b0\d{3,4} ?\d{3} ?\d{3,4}\b/);
    }
  });

  it('gives the pages that name a contact its addresses', () => {
    for (const path of ['/about/', '/employers/', '/partners/', '/events/']) {
      expect(page(path), path).toContain(`href="mailto:${settings.contact.email}"`);
    }
    expect(page('/accessibility/')).toContain(`href="mailto:${settings.accessibility.email}"`);
    expect(page('/accessibility/')).toContain(`Within ${settings.accessibility.replyWithinDays} working days`);
    for (const line of settings.contact.address) expect(page('/about/')).toContain(line);
  });

  it('names the hub in every page title and the operator in every footer', () => {
    for (const { path, html } of pages) {
      if (path.startsWith('/admin/')) continue;
      expect(html, path).toMatch(new RegExp(`<title>[^<]*${settings.name}</title>`));
      expect(html, path).toContain(`run by ${settings.operator.name}`);
    }
  });

  it('links every page to the contact details and the privacy notice', () => {
    for (const { path, html } of pages) {
      if (path.startsWith('/admin/')) continue;
      const footer = markupOnly(html).split('<footer')[1] ?? '';
      expect(footer, path).toContain('href="/about/#contact"');
      expect(footer, path).toContain('href="/privacy/"');
    }
    expect(page('/about/')).toContain('id="contact"');
  });

  it('has a privacy notice saying what the site does not collect and who is responsible', () => {
    const privacy = page('/privacy/');
    expect(privacy).toContain('does not set cookies');
    expect(privacy).toContain('analytics');
    expect(privacy).toContain(settings.privacy.controller);
    expect(privacy).toContain(`href="mailto:${settings.privacy.email}"`);
  });

  it('marks placeholder settings as placeholders on the pages that show them', () => {
    expect(settings.placeholder).toBe(true);
    for (const path of ['/about/', '/accessibility/', '/privacy/']) expect(page(path), path).toContain('>Placeholder</strong>');
  });
});
