import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { pathwaysFixture } from '@opportunities-hub/model/feed/read-pathways.fixture';
import '../pathway/define.ts';
import { json, restoreFetch, route } from '../test-support/fetch.ts';
import { SEARCH_URL, serveSample } from '../test-support/search.ts';

const PATHWAYS = 'https://hub.example/api/v1/pathways.json';
const LIGHT = 'rgb(255, 255, 255)';
const DARK = 'rgb(22, 24, 26)';

/** Both elements, loaded, on a page whose color-scheme is `scheme` ('' for none: a light-only page). */
async function widgets(scheme: string, theme = ''): Promise<HTMLElement[]> {
  serveSample();
  route(PATHWAYS, json(pathwaysFixture()));
  const page = await fixture<HTMLDivElement>(html`<div style="color-scheme: ${scheme || 'normal'}"></div>`);
  const loaded = Promise.all([oneEvent(page, 'hub-search'), oneEvent(page, 'hub-load')]);
  const attr = theme ? ` theme="${theme}"` : '';
  page.innerHTML = `<hub-opportunity-search src="${SEARCH_URL}"${attr}></hub-opportunity-search><hub-pathway src="${PATHWAYS}" pathway="lab-science"${attr}></hub-pathway>`;
  await loaded;
  return [...page.children] as HTMLElement[];
}

const background = (el: Element) => getComputedStyle(el).backgroundColor;

afterEach(async () => {
  restoreFetch();
  await emulateMedia({ colorScheme: 'light' });
});

describe('colour scheme', () => {
  // [page's color-scheme, reader's preference, theme attribute, expected background]
  const CASES: [string, 'light' | 'dark', string, string][] = [
    ['', 'dark', '', LIGHT], // a light-only page stays light whatever the reader's system prefers
    ['', 'light', '', LIGHT],
    ['light', 'dark', '', LIGHT],
    ['light dark', 'dark', '', DARK], // a page that supports both follows the reader
    ['light dark', 'light', '', LIGHT],
    ['dark', 'light', '', DARK],
    ['light dark', 'dark', 'light', LIGHT], // theme overrides the page
    ['', 'light', 'dark', DARK],
    ['dark', 'dark', 'auto', DARK],
  ];
  for (const [scheme, preference, theme, expected] of CASES) {
    it(`page "${scheme || 'none'}", reader prefers ${preference}, theme "${theme || 'none'}": ${expected === DARK ? 'dark' : 'light'}`, async () => {
      await emulateMedia({ colorScheme: preference });
      for (const el of await widgets(scheme, theme)) expect(background(el), el.localName).to.equal(expected);
    });
  }
});

/** sRGB relative luminance of "rgb(r, g, b)". */
function luminance(rgb: string): number {
  const [r, g, b] = rgb
    .match(/\d+(\.\d+)?/g)!
    .slice(0, 3)
    .map((c) => {
      const v = Number(c) / 255;
      return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};

/** The colour behind an element's focus ring: the first opaque background among its ancestors, across shadow roots. */
function behind(el: Element): string {
  for (let node: Element | null = el.parentElement ?? (el.getRootNode() as ShadowRoot).host; node;) {
    const bg = getComputedStyle(node).backgroundColor;
    if (!/rgba\(.*, 0\)|transparent/.test(bg)) return bg;
    node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null);
  }
  return LIGHT;
}

describe('focus indicators', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`are at least 3:1 against what is behind them, for every control reached by Tab (${scheme})`, async () => {
      const els = await widgets(scheme);
      // Open every disclosure, so the facets' checkboxes are reached too.
      for (const d of els[0]!.shadowRoot!.querySelectorAll('details')) d.open = true;
      await (els[0] as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      const seen = new Set<string>();
      let checked = 0;
      for (const el of els) {
        el.shadowRoot!.querySelector<HTMLElement>('input, a, button, summary')!.focus();
        for (let i = 0; i < 60 && el.shadowRoot!.activeElement; i++) {
          const focused = el.shadowRoot!.activeElement;
          const style = getComputedStyle(focused);
          const ratio = contrast(style.outlineColor, behind(focused));
          const name = `${el.localName} ${focused.localName}${focused.id ? `#${focused.id}` : ''}`;
          expect(style.outlineStyle, name).to.equal('solid');
          expect(parseFloat(style.outlineWidth), name).to.be.at.least(2);
          expect(ratio, `${name}: ${style.outlineColor} on ${behind(focused)}`).to.be.at.least(3);
          seen.add(focused.localName);
          checked++;
          await sendKeys({ press: 'Tab' });
        }
      }
      expect(checked).to.be.greaterThan(20);
      expect([...seen].sort()).to.include.members(['a', 'button', 'input', 'select', 'summary']);
    });
  }
});
