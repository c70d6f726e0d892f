import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { pathwaysFixture } from '@opportunities-hub/model/feed/read-pathways.fixture';
import type { HubErrorDetail } from '../shared/events.ts';
import { json, never, plainText, requested, restoreFetch, route, serve } from '../test-support/fetch.ts';
import './define.ts';
import type { HubPathway, HubPathwaySelectDetail } from './pathway.ts';

const FEED = 'https://hub.example/api/v1/pathways.json';

beforeEach(() => serve({}));
afterEach(restoreFetch);

/** Renders the element and waits for its first load to finish (hub-load or hub-error). */
async function show(slug: string, src = FEED): Promise<HubPathway> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 20rem"></div>`);
  const el = document.createElement('hub-pathway');
  el.src = src;
  el.pathway = slug;
  const done = Promise.race([oneEvent(el, 'hub-load'), oneEvent(el, 'hub-error')]);
  wrapper.append(el);
  await done;
  await el.updateComplete;
  return el;
}

const $ = (el: HubPathway, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const $$ = (el: HubPathway, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const text = (el: Element | null) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('<hub-pathway>', () => {
  it('is registered once, and registering again is harmless', async () => {
    const first = customElements.get('hub-pathway');
    const { defineElement } = await import('../shared/define.ts');
    defineElement('hub-pathway', class extends HTMLElement {});
    expect(customElements.get('hub-pathway')).to.equal(first);
  });

  it('shows a step’s apprenticeship standard: level, typical duration, funding, job titles and a link to it', async () => {
    route(FEED, json(pathwaysFixture()));
    const el = await show('lab-science');
    const [, , apprenticeship, degree] = $$(el, '[part=step]');
    const details = text(apprenticeship!.querySelector('[part=step-details]'));
    expect(details).to.include(
      'Apprenticeship standard Laboratory scientist (integrated degree) (ST0626): Level 6 with a degree, typically 60 months, up to £27,000 of funding for training. Job titles: Analytical chemist, Biomedical scientist.',
    );
    const link = apprenticeship!.querySelector<HTMLAnchorElement>('a[part=standard-link]')!;
    expect(link.href).to.equal('https://skillsengland.education.gov.uk/apprenticeships/st0626-v1-2');
    expect(degree!.querySelector('[part=standard-link]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('says when a standard’s figures are samples, and never links a standard page that is not a web address', async () => {
    const feed = pathwaysFixture();
    const step = feed.pathways[0]!.steps.find((s) => s.standard)!;
    step.standard = { ...step.standard!, illustrative: true, url: 'javascript:alert(1)' };
    route(FEED, json(feed));
    const el = await show('lab-science');
    // A standard whose page is not http(s) fails the reader's check: the pathway is skipped, not shown with a bad link.
    expect(el.shadowRoot!.querySelector('[part=error]')).to.not.equal(null);
    step.standard = { ...step.standard!, url: 'https://skillsengland.education.gov.uk/x' };
    route(FEED, json(feed));
    const sample = await show('lab-science');
    expect(text(sample.shadowRoot!.querySelector('[part=step-details]:has([part=standard-link])'))).to.include(
      'Sample figures, not the standard’s own.',
    );
  });

  it('shows a loading state that is accessible', async () => {
    route(FEED, never);
    const el = await fixture<HubPathway>(html`<hub-pathway pathway="lab-science" src=${FEED}></hub-pathway>`);
    expect(text($(el, '[part=status]'))).to.equal('Loading the pathway…');
    expect($(el, '[part=base]')!.getAttribute('aria-busy')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('renders every step with its kind, level, timing, duration, provider and entry requirements', async () => {
    route(FEED, json(pathwaysFixture()));
    const el = await show('lab-science');
    expect(text($(el, '[part=title]'))).to.equal('Into laboratory science through a T Level');
    const steps = $$(el, '[part=step]');
    expect(steps.map((s) => text(s.querySelector('[part=step-title]')))).to.deep.equal([
      'T Level in Science',
      'Industry placement',
      'Laboratory Scientist degree apprenticeship',
      'Full-time degree in biomedical science',
      'Laboratory scientist',
    ]);
    const first = steps[0]!;
    expect(text(first.querySelector('[part=step-kind]'))).to.equal('Education · Level 3 (A level, T Level)');
    const details = text(first.querySelector('[part=step-details]'));
    for (const bit of ['Age 16 to 18', '2 years', 'City College', 'Five GCSEs at grade 4 or above']) expect(details).to.contain(bit);
    expect(text(steps[4]!.querySelector('[part=step-kind]'))).to.equal('Job');
    await expect(el).to.be.accessible();
  });

  it('draws the route at a glance: one box per step, a branch’s routes side by side, accessible', async () => {
    route(FEED, json(pathwaysFixture()));
    const el = await show('lab-science');
    const boxes = $$(el, '.map li:not(.fork)');
    const steps = $$(el, '[part=step-title]');
    expect(boxes.map(text)).to.have.members(steps.map(text));
    el.parentElement!.style.width = '70rem';
    await new Promise(requestAnimationFrame);
    const fork = $(el, '.map .fork')!;
    const routes = [...fork.children].map((r) => r.getBoundingClientRect());
    expect(routes.length).to.equal(2);
    expect(routes[1]!.left).to.be.greaterThan(routes[0]!.right - 1);
    expect(routes[1]!.top).to.equal(routes[0]!.top);
    await expect(el).to.be.accessible();
  });

  it('stacks a branch’s routes, each in its own box, when they do not fit side by side (reflow at 320 px)', async () => {
    route(FEED, json(pathwaysFixture()));
    const el = await show('lab-science');
    el.parentElement!.style.width = '12rem';
    await new Promise(requestAnimationFrame);
    const map = $(el, '.map')!;
    const fork = $(el, '.map .fork')!;
    const routes = [...fork.children].map((r) => r.getBoundingClientRect());
    expect(fork.getBoundingClientRect().right).to.be.at.most(map.getBoundingClientRect().right + 0.5);
    expect(routes[1]!.top).to.be.greaterThan(routes[0]!.bottom - 1);
    expect(getComputedStyle(fork.children[0]!).borderTopStyle).to.equal('dashed');
  });

  it('describes the branch in words and nests its routes in the ordered list', async () => {
    route(FEED, json(pathwaysFixture()));
    const el = await show('lab-science');
    expect(text($(el, '[part=overview]'))).to.equal('5 steps. After Industry placement the route branches into 2 routes.');
    const branch = $(el, '[part=branch]')!;
    expect(branch.parentElement!.tagName).to.equal('OL');
    expect(text(branch.querySelector('[part=branch-label]'))).to.equal(
      'The route branches after Industry placement: choose one of 2 routes.',
    );
    const routes = [...branch.querySelectorAll('[part=branch-route]')];
    expect(routes.map((r) => text(r.querySelector('.route-label')))).to.deep.equal([
      'Route 1 of 2: If you want to earn while you learn',
      'Route 2 of 2: If you would rather study full time first',
    ]);
    expect(text(branch.querySelector('.branch-join'))).to.equal('The routes meet again at Laboratory scientist.');
    // The join comes after the branch in the main list.
    const top = [...el.shadowRoot!.querySelector('.scroller > ol')!.children].map((li) => li.getAttribute('part'));
    expect(top).to.deep.equal(['step', 'step', 'branch', 'step']);
  });

  it('shows open opportunities with a count and links resolved against the feed URL, closed ones left out', async () => {
    route(FEED, json(pathwaysFixture()));
    const el = await show('lab-science');
    const [tLevel, placement, apprenticeship, degree] = $$(el, '[part=step]');
    expect(text(tLevel!.querySelector('.count'))).to.equal('1 open opportunity');
    const link = tLevel!.querySelector<HTMLAnchorElement>('[part=opportunity-link]')!;
    expect(link.href).to.equal('https://hub.example/opportunities/t-level-science/');
    expect(text(tLevel!.querySelector('[part=opportunity-status]'))).to.equal('Rolling applications');
    expect(text(tLevel!)).not.to.contain('Last year’s intake');
    expect(text(placement!.querySelector('[part=opportunity-status]'))).to.equal('Closing soon');
    expect(text(apprenticeship!.querySelector('.count'))).to.equal('1 open opportunity');
    expect($$(el, '[part=step]')[2]!.querySelectorAll('[part=opportunity-link]').length).to.equal(2);
    expect(text(degree!.querySelector('.count'))).to.equal('No open opportunities right now');
    expect($(el, '.more a')!.getAttribute('href')).to.equal('https://hub.example/pathways/lab-science/');
  });

  it('fires hub-select when an opportunity link is activated from the keyboard', async () => {
    route(FEED, json(pathwaysFixture()));
    const el = await show('lab-science');
    const link = $(el, '[part=opportunity-link]') as HTMLAnchorElement;
    // Keep the test page where it is.
    link.addEventListener('click', (e) => e.preventDefault());
    link.focus();
    const selected = oneEvent(document, 'hub-select');
    await sendKeys({ press: 'Enter' });
    const { detail } = (await selected) as CustomEvent<HubPathwaySelectDetail>;
    expect(detail).to.deep.equal({
      opportunity: {
        slug: 't-level-science',
        title: 'T Level Science at City College',
        type: 't-level',
        status: 'rolling',
        url: 'https://hub.example/opportunities/t-level-science/',
      },
      pathway: 'lab-science',
      step: 't-level',
    });
  });

  it('lets the keyboard reach every link in reading order', async () => {
    route(FEED, json(pathwaysFixture()));
    const el = await show('lab-science');
    const links = $$(el, 'a');
    links[0]!.focus();
    const visited = [text(links[0]!)];
    for (let i = 1; i < links.length; i++) {
      await sendKeys({ press: 'Tab' });
      visited.push(text(el.shadowRoot!.activeElement));
    }
    expect(visited).to.deep.equal(links.map(text));
  });

  it('is vertical in a narrow container and horizontal in a wide one', async () => {
    await setViewport({ width: 1400, height: 900 });
    route(FEED, json(pathwaysFixture()));
    const el = await show('lab-science');
    const [a, b] = $$(el, '.scroller > ol > [part=step]');
    const narrow = [a!.getBoundingClientRect(), b!.getBoundingClientRect()];
    expect(narrow[1]!.top).to.be.greaterThan(narrow[0]!.bottom - 1);
    el.parentElement!.style.width = '70rem';
    await new Promise(requestAnimationFrame);
    const wide = [a!.getBoundingClientRect(), b!.getBoundingClientRect()];
    expect(wide[1]!.left).to.be.greaterThan(wide[0]!.right - 1);
    expect(Math.abs(wide[1]!.top - wide[0]!.top)).to.be.lessThan(1);
    await expect(el).to.be.accessible();
  });

  it('fits its headings into the page outline with heading-level', async () => {
    route(FEED, json(pathwaysFixture()));
    const el = await show('lab-science');
    expect($(el, '[part=title]')!.getAttribute('aria-level')).to.equal('2');
    expect($(el, '[part=step-title]')!.getAttribute('aria-level')).to.equal('3');
    el.setAttribute('heading-level', '3');
    await el.updateComplete;
    expect($(el, '[part=title]')!.getAttribute('aria-level')).to.equal('3');
    expect($(el, '[part=step-title]')!.getAttribute('aria-level')).to.equal('4');
    el.setAttribute('heading-level', 'nonsense');
    await el.updateComplete;
    expect($(el, '[part=title]')!.getAttribute('aria-level')).to.equal('2');
  });

  it('shows other pathways when the attribute changes, without fetching again', async () => {
    route(FEED, json(pathwaysFixture()));
    const el = await show('lab-science');
    const loaded = oneEvent(el, 'hub-load');
    el.pathway = 'healthcare-support';
    await loaded;
    await el.updateComplete;
    expect(text($(el, '[part=title]'))).to.equal('Into healthcare support');
    expect(text($(el, '[part=overview]'))).to.equal('2 steps, one after another.');
    expect(requested).to.have.length(1);
  });

  it('names an unknown slug and links to the hub’s pathway list', async () => {
    route(FEED, json(pathwaysFixture()));
    const errored = new Promise<CustomEvent<HubErrorDetail>>((done) =>
      document.addEventListener('hub-error', (e) => done(e as CustomEvent<HubErrorDetail>), { once: true }),
    );
    const el = await show('no-such-route');
    const { detail } = await errored;
    expect(detail.kind).to.equal('not-found');
    expect(detail.message).to.contain('“no-such-route”');
    expect(text($(el, '[part=error]'))).to.contain('The hub has no pathway called “no-such-route”');
    expect($(el, '[part=error] a')!.getAttribute('href')).to.equal('https://hub.example/pathways/');
    expect($(el, '[part=retry]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  // Each case: what the reader is told (plain words) and what hub-error tells the partner (the detail).
  const failures: Array<[string, () => void, RegExp, RegExp]> = [
    ['network', () => undefined, /could not be reached/, /Could not reach/],
    [
      'http',
      () => route(FEED, plainText('gone', { status: 503, statusText: 'Service Unavailable' })),
      /did not send its list of pathways/,
      /answered 503/,
    ],
    ['not-json', () => route(FEED, plainText('<!doctype html><p>Hello')), /not a list of pathways/, /did not return JSON/],
    ['version', () => route(FEED, json({ ...pathwaysFixture(), version: '2.0' })), /newer format/, /format version 2\.0/],
    ['shape', () => route(FEED, json({ version: '1.0', opportunities: [] })), /not in the format this widget reads/, /no "pathways" list/],
  ];
  for (const [kind, arrange, message, detail] of failures) {
    it(`shows a ${kind} error with a message, a retry and a link to the hub`, async () => {
      arrange();
      const errors: string[] = [];
      const record = (e: Event) => errors.push((e as CustomEvent<{ message: string }>).detail.message);
      document.addEventListener('hub-error', record);
      const el = await show('lab-science').finally(() => document.removeEventListener('hub-error', record));
      const error = $(el, '[part=error]')!;
      expect(error.dataset['kind']).to.equal(kind);
      expect(error.getAttribute('role')).to.equal('alert');
      expect(text(error)).to.match(message);
      expect(text(error)).not.to.match(detail);
      expect(errors.join(' ')).to.match(detail);
      expect($(el, '[part=hub-link]')!.getAttribute('href')).to.equal('https://hub.example/pathways/');
      await expect(el).to.be.accessible();

      // Retry once the feed is back: the pathway appears and focus lands on its title.
      route(FEED, json(pathwaysFixture()));
      const loaded = oneEvent(el, 'hub-load');
      $(el, '[part=retry]')!.focus();
      await sendKeys({ press: 'Enter' });
      await loaded;
      await el.updateComplete;
      expect(text($(el, '[part=title]'))).to.equal('Into laboratory science through a T Level');
      expect(el.shadowRoot!.activeElement).to.equal($(el, '[part=title]'));
    });
  }

  it('skips invalid records and never renders feed text as HTML', async () => {
    const feed = pathwaysFixture();
    const record = feed.pathways[0]!;
    record.title = '<img src=x onerror="window.pwned=1">Lab';
    record.steps[0]!.opportunities.push({ ...record.steps[0]!.opportunities[0]!, slug: 'evil', url: '//evil.example/x' });
    (feed.pathways as unknown[]).push({ slug: 'broken' });
    route(FEED, json(feed));
    const el = await show('lab-science');
    expect($(el, '[part=title]')!.textContent).to.equal('<img src=x onerror="window.pwned=1">Lab');
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect((window as { pwned?: number }).pwned).to.equal(undefined);
    // Every link leads to the hub, but a standard's, which leads to its page (checked as https by the reader).
    const hrefs = $$(el, 'a:not([part=standard-link])').map((a) => (a as HTMLAnchorElement).href);
    expect(hrefs.every((h) => h.startsWith('https://hub.example/'))).to.equal(true);
    expect($$(el, 'a[part=standard-link]').map((a) => (a as HTMLAnchorElement).href)).to.deep.equal([record.steps[2]!.standard!.url]);
    expect(text($$(el, '[part=step]')[0]!)).to.contain('T Level Science at City College');
  });

  it('counts skipped records in hub-load', async () => {
    const feed = pathwaysFixture();
    (feed.pathways as unknown[]).push({ slug: 'broken' });
    route(FEED, json(feed));
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('hub-pathway');
    el.src = FEED;
    el.pathway = 'lab-science';
    const loaded = oneEvent(el, 'hub-load');
    wrapper.append(el);
    const { detail } = await loaded;
    expect(detail).to.deep.equal({ pathway: 'lab-science', title: 'Into laboratory science through a T Level', steps: 5, skipped: 1 });
  });

  it('sends no credentials and sets no cookies or storage', async () => {
    const seen: RequestInit[] = [];
    window.fetch = async (_input: RequestInfo | URL, init?: RequestInit) => {
      seen.push(init ?? {});
      return new Response(JSON.stringify(pathwaysFixture()));
    };
    await show('lab-science');
    expect(seen[0]!.credentials).to.equal('omit');
    expect(document.cookie).to.equal('');
    expect(localStorage.length + sessionStorage.length).to.equal(0);
  });

  it('defaults src to the feed beside the script', () => {
    const el = document.createElement('hub-pathway');
    expect(el.src).to.match(/\/api\/v1\/pathways\.json$/);
  });
});
