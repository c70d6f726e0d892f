import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { fileFor } from './built-site.ts';
import { useHubInBrowser } from './hub-in-browser.ts';

/**
 * Pages that must say plainly what they show: every card on the home page leads to a pathway and
 * to a listing; the skills-gaps chart says what it counts, shows none as a gap in what the hub
 * offers, stays readable on a phone and sits beside its table on a wide screen.
 */

const run = useHubInBrowser();

describe('home page', () => {
  it('gives every “Start from where you are” card a pathway and a listing that exist', async () => {
    const page = await run.browser.newPage();
    await page.goto(`${run.hub.origin}/`);
    const cards = await page.locator('section[aria-labelledby="routes-in"] li.card').evaluateAll((items) =>
      items.map((li) => ({
        title: li.querySelector('.card__title')?.textContent?.trim() ?? '',
        links: [...li.querySelectorAll('a')].map((a) => new URL(a.href).pathname),
      })),
    );
    await page.close();
    expect(cards.length).toBeGreaterThanOrEqual(4);
    for (const card of cards) {
      const pathways = card.links.filter((l) => l.startsWith('/pathways/'));
      const listings = card.links.filter((l) => l.startsWith('/opportunities/'));
      expect(pathways.length, `${card.title}: no pathway`).toBeGreaterThan(0);
      expect(listings.length, `${card.title}: no listing`).toBeGreaterThan(0);
      for (const link of [...pathways, ...listings]) expect(fileFor(link), `${card.title}: ${link}`).toBeDefined();
    }
    const changing = cards.find((c) => c.title === 'Changing career')!;
    expect(changing.links).toContain('/pathways/career-changer-to-technician/');
    expect(changing.links).toContain('/opportunities/audience/career-changers/');
  });
});

describe('skills gaps', () => {
  const html = readFileSync(fileFor('/skills-gaps/')!, 'utf8');

  it('says the chart counts open opportunities on the hub, and shows none as a gap in what the hub offers', () => {
    expect(html).toContain('<figcaption id="open-by-skill-caption">Open opportunities on the hub in each skill area</figcaption>');
    expect(html).toMatch(/not a sign that the area has no gap/);
    const zeros = [...html.matchAll(/<td class="num">([^<]*)<\/td>/g)].map((m) => m[1]!).filter((v) => v.startsWith('0'));
    for (const zero of zeros) expect(zero).toBe('0: none on the hub yet');
  });

  it('keeps the chart’s text at 12 px or more on a 320 px screen', async () => {
    const context = await run.browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    await page.goto(`${run.hub.origin}/skills-gaps/`);
    const sizes = await page.locator('.chart__svg text').evaluateAll((texts) => texts.map((t) => t.getBoundingClientRect().height));
    await context.close();
    expect(sizes.length).toBeGreaterThan(10);
    // A text box is about 1.2 times its font size.
    expect(Math.min(...sizes) / 1.2).toBeGreaterThanOrEqual(12);
  });

  it('puts the chart beside its table on a wide screen', async () => {
    const context = await run.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${run.hub.origin}/skills-gaps/`);
    const figure = (await page.locator('.chart__figure').boundingBox())!;
    const table = (await page.locator('.chart__table').boundingBox())!;
    await context.close();
    expect(table.x).toBeGreaterThanOrEqual(figure.x + figure.width);
    expect(Math.abs(table.y - figure.y)).toBeLessThan(40);
  });
});

describe('employers page', () => {
  const settings = parse(readFileSync(resolve(import.meta.dirname, '../../content/site.yaml'), 'utf8')) as { contact: { email: string } };

  it('opens with a call to action that gives the contact from the site settings, above the page’s sections', async () => {
    const context = await run.browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    await page.goto(`${run.hub.origin}/employers/`);
    const cta = page.getByRole('region', { name: 'Offer a placement, an apprenticeship or mentoring' });
    await expect(cta.getByRole('link', { name: settings.contact.email }).getAttribute('href')).resolves.toBe(
      `mailto:${settings.contact.email}`,
    );
    const headings = await page.locator('main h2').allInnerTexts();
    expect(headings[0]).toBe('Offer a placement, an apprenticeship or mentoring');
    // On a phone the call to action starts within the first screen, not 3,800 px down.
    expect((await cta.boundingBox())!.y).toBeLessThan(640);
    await context.close();
  });

  it('has a contents list whose links reach every section of the page', async () => {
    const page = await run.browser.newPage();
    await page.goto(`${run.hub.origin}/employers/`);
    const contents = page.getByRole('navigation', { name: 'On this page' });
    const targets = await contents
      .getByRole('link')
      .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).hash.slice(1)));
    const sections = await page.locator('main h2[id]').evaluateAll((hs) => hs.map((h) => h.id));
    await page.close();
    expect(targets.length).toBeGreaterThan(5);
    for (const id of targets) expect(sections, id).toContain(id);
    for (const id of sections.filter((id) => !['offer-heading', 'contents-heading'].includes(id))) expect(targets, id).toContain(id);
  });
});
