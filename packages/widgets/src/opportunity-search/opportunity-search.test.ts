import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { feedOf, FIXTURE_TODAY, opportunity, SAMPLE_RECORDS } from '@opportunities-hub/model/testing/records';
import { defineElement } from '../shared/define.ts';
import { hubUrl } from '../shared/hub-url.ts';
import { HubOpportunitySearch } from './opportunity-search.ts';
import { json, requested, restoreFetch, serve } from '../test-support/fetch.ts';
import {
  $,
  $$,
  change,
  FEED_URL,
  SEARCH_URL,
  searchFixture,
  serveSample,
  sliceUrl,
  statusText,
  tick,
  titles,
} from '../test-support/search.ts';

/** Every open sample opportunity in the default order with no query or place: closing soonest first, rolling last. */
const ALL_OPEN = [
  'Laboratory scientist degree apprenticeship',
  'Commercial leadership for growing life-sciences firms',
  'Laboratory technician apprenticeship',
  'Healthcare support work placement',
  'Data science bootcamp',
];

/** Result links must not navigate the test page away. */
const stopNavigation = (e: Event) => (e.composedPath()[0] as Element).closest?.('a') && e.preventDefault();
before(() => document.addEventListener('click', stopNavigation, true));
after(() => document.removeEventListener('click', stopNavigation, true));
afterEach(restoreFetch);

describe('<hub-opportunity-search> rendering', () => {
  beforeEach(() => serveSample());

  it('shows a loading state, then open results closing soonest first with a polite count', async () => {
    const el = document.createElement('hub-opportunity-search');
    el.src = FEED_URL;
    document.body.append(el);
    await el.updateComplete;
    expect(statusText(el)).to.equal('Loading opportunities…');
    expect($(el, '.base').getAttribute('aria-busy')).to.equal('true');
    el.remove();

    const ready = await searchFixture();
    expect(titles(ready)).to.deep.equal(ALL_OPEN);
    const live = $(ready, '[role="status"]');
    expect(live.getAttribute('aria-live')).to.equal('polite');
    expect(live.textContent).to.equal('5 opportunities found');
  });

  it('shows each result’s type, provider, place, level, start, status and links', async () => {
    const el = await searchFixture();
    const results = $$(el, '[part~="result"]');
    const [degree, bootcamp] = [results[0]!, results[4]!];
    expect(bootcamp.textContent)
      .to.include('Bootcamp · Anglia Digital Skills')
      .and.include('Online')
      .and.include('Level 4')
      .and.include('Any time')
      .and.include('Rolling applications');
    expect(degree.textContent)
      .to.include('Norwich')
      .and.include('Level 6')
      .and.include('15 April 2027')
      .and.include('Closing soon: closes 10 March 2027 (in 9 days)');
    expect(degree.querySelector('[part~="result-status"]')!.className).to.equal('closing-soon');
    expect(degree.querySelector('a[part~="result-link"]')!.getAttribute('href')).to.equal(
      'https://hub.example/opportunities/laboratory-scientist-degree-apprenticeship/',
    );
    expect(degree.querySelector('a[part~="apply-link"]')!.getAttribute('href')).to.equal('https://example.org/apply');
    expect($(el, 'a[part~="hub-link"]').getAttribute('href')).to.equal('https://hub.example/opportunities/');
  });

  it('inserts feed text as text, never as markup', async () => {
    serveSample([opportunity({ slug: 'x', title: '<img src=x onerror="window.hacked=1">Sneaky' })]);
    const el = await searchFixture();
    expect(titles(el)).to.deep.equal(['<img src=x onerror="window.hacked=1">Sneaky']);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
  });

  it('fetches only the compact search feed, which brings the gazetteer with it', async () => {
    await searchFixture();
    await new Promise((r) => setTimeout(r, 20));
    expect(requested).to.deep.equal([SEARCH_URL]);
  });

  it('reads a full opportunities feed given as src, searching its descriptions too', async () => {
    const el = await searchFixture(`src="${FEED_URL}"`);
    expect(requested).to.deep.equal([FEED_URL]);
    expect(titles(el)).to.deep.equal(ALL_OPEN);
    // "assays" is only in descriptions, which the compact search feed leaves to each opportunity's page.
    await change(el, '#q', 'assays', 'input');
    expect(titles(el)).to.include('Laboratory technician apprenticeship');
    const compact = await searchFixture('q="assays"');
    expect(titles(compact)).to.deep.equal([]);
  });

  it('reads a slice of the search feed given as src: one provider’s opportunities, a fraction of the bytes', async () => {
    const el = await searchFixture(`src="${sliceUrl('provider', 'east-university')}" provider="east-university" locked="provider"`);
    expect(requested).to.deep.equal([sliceUrl('provider', 'east-university')]);
    expect(titles(el)).to.deep.equal([
      'Laboratory scientist degree apprenticeship',
      'Commercial leadership for growing life-sciences firms',
    ]);
    expect($(el, 'input[name="provider"]')).to.equal(null);
  });

  it('pages through results with show-more and moves focus to the first new one', async () => {
    const el = await searchFixture('limit="2"');
    expect(titles(el)).to.have.length(2);
    const more = $(el, '[part~="show-more"]');
    expect(more.textContent).to.equal('Show 2 more (3 not shown yet)');
    more.click();
    await el.updateComplete;
    expect(titles(el)).to.have.length(4);
    expect(el.shadowRoot!.activeElement!.textContent).to.equal(ALL_OPEN[2]);
  });

  it('treats a zero or nonsense limit as the default page of 10', async () => {
    const el = await searchFixture('limit="0"');
    expect(titles(el)).to.have.length(5);
    expect($(el, '[part~="show-more"]')).to.equal(null);
  });

  it('uses the heading attribute', async () => {
    const el = await searchFixture('heading="College courses"');
    expect($(el, 'h2').textContent).to.equal('College courses');
  });

  it('reads a feed from a data: address, where links cannot be resolved', async () => {
    restoreFetch();
    const el = await searchFixture();
    const done = oneEvent(el, 'hub-search');
    el.src = `data:application/json,${encodeURIComponent(JSON.stringify(feedOf(SAMPLE_RECORDS.slice(0, 1))))}`;
    await done;
    await el.updateComplete;
    expect($$(el, '[part~="result"] h3').map((h) => h.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
      'Laboratory technician apprenticeship Example',
    ]);
    expect($(el, 'a[part~="result-link"]')).to.equal(null);
    expect($(el, 'a[part~="apply-link"]').getAttribute('href')).to.equal('https://example.org/apply');
  });

  it('falls back to a page-relative feed when the script has no hierarchical URL (an inline module)', () => {
    expect(hubUrl('/api/v1/opportunities.json', 'about:blank')).to.equal('/api/v1/opportunities.json');
  });

  it('registers once, however often it is defined', () => {
    defineElement('hub-opportunity-search', class extends HubOpportunitySearch {});
    expect(customElements.get('hub-opportunity-search')).to.equal(HubOpportunitySearch);
  });
});

describe('<hub-opportunity-search> search and facets', () => {
  beforeEach(() => serveSample());

  it('searches as the reader types, tolerating typos, and fires hub-search', async () => {
    const el = await searchFixture();
    const event = oneEvent(el, 'hub-search');
    await change(el, '#q', 'labratory', 'input');
    expect(titles(el)).to.deep.equal(['Laboratory scientist degree apprenticeship', 'Laboratory technician apprenticeship']);
    const { detail } = await event;
    expect(detail).to.include({ query: 'labratory', count: 2, sort: 'relevance' });
    expect(statusText(el)).to.equal('2 opportunities found');
  });

  const FACET_CASES: [facet: string, value: string, expected: string[]][] = [
    ['type', 'bootcamp', ['Data science bootcamp']],
    ['level', 'degree', ['Laboratory scientist degree apprenticeship']],
    ['skill', 'healthcare-support', ['Healthcare support work placement']],
    ['audience', 'employers', ['Commercial leadership for growing life-sciences firms']],
    ['attendance', 'flexible', ['Healthcare support work placement']],
    ['delivery', 'hybrid', ['Commercial leadership for growing life-sciences firms']],
    ['start', 'months-6-12', ['Healthcare support work placement']],
    [
      'provider',
      'east-university',
      ['Laboratory scientist degree apprenticeship', 'Commercial leadership for growing life-sciences firms'],
    ],
  ];
  for (const [facet, value, expected] of FACET_CASES) {
    it(`filters by ${facet}, showing counts`, async () => {
      const el = await searchFixture();
      const option = $(el, `input[name="${facet}"][value="${value}"]`).closest('label')!;
      expect(option.textContent).to.match(new RegExp(`\\(${expected.length}\\)`));
      await tick(el, facet, value);
      expect(titles(el)).to.deep.equal(expected);
      expect(option.closest('details')!.querySelector('summary')!.textContent).to.include('(1 chosen)');
    });
  }

  it('ORs values within a facet and updates other facets’ counts', async () => {
    const el = await searchFixture();
    await tick(el, 'type', 'bootcamp');
    await tick(el, 'type', 'apprenticeship');
    expect(titles(el)).to.deep.equal(['Laboratory technician apprenticeship', 'Data science bootcamp']);
    expect($(el, 'input[name="delivery"][value="online"]').closest('label')!.textContent).to.include('(1)');
    expect($(el, 'input[name="delivery"][value="hybrid"]')).to.equal(null);
  });

  it('shows closed opportunities when "open only" is unticked', async () => {
    const el = await searchFixture();
    const open = $<HTMLInputElement>(el, '.filters > label input');
    expect(open.checked).to.equal(true);
    open.click();
    await el.updateComplete;
    expect(titles(el)).to.include('Summer bioinformatics internship');
    const closed = $$(el, '[part~="result-status"]').find((s) => s.className === 'closed')!;
    expect(closed.textContent).to.equal('Closed on 1 February 2027');
  });

  it('sorts by closing date and by newest', async () => {
    const el = await searchFixture();
    await change(el, '#sort', 'closing');
    expect(titles(el)).to.deep.equal([
      'Laboratory scientist degree apprenticeship',
      'Commercial leadership for growing life-sciences firms',
      'Laboratory technician apprenticeship',
      'Healthcare support work placement',
      'Data science bootcamp',
    ]);
    await change(el, '#sort', 'newest');
    expect(titles(el)).to.deep.equal([
      'Data science bootcamp',
      'Laboratory scientist degree apprenticeship',
      'Commercial leadership for growing life-sciences firms',
      'Laboratory technician apprenticeship',
      'Healthcare support work placement',
    ]);
    expect($<HTMLSelectElement>(el, '#sort').options[0]!.textContent).to.equal('Best match (closing soonest first)');
  });

  it('shows an empty state whose one button clears everything and focuses the search box', async () => {
    const el = await searchFixture();
    await change(el, '#q', 'astronaut', 'input');
    expect(statusText(el)).to.equal('No opportunities match your search.');
    const clear = $(el, '[part~="empty"] button');
    clear.click();
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(ALL_OPEN);
    expect(el.shadowRoot!.activeElement!.id).to.equal('q');
    expect($<HTMLInputElement>(el, '#q').value).to.equal('');
  });
});

describe('<hub-opportunity-search> distance', () => {
  beforeEach(() => serveSample());

  it('measures from a typed place, with a default radius, and sorts nearest first', async () => {
    const el = await searchFixture();
    await change(el, '#near', 'cambridge');
    expect($<HTMLSelectElement>(el, '#radius').value).to.equal('25');
    // With a place and no query, the default order is nearest first, and the sort menu says so.
    expect(titles(el)).to.deep.equal([
      'Commercial leadership for growing life-sciences firms',
      'Laboratory technician apprenticeship',
      'Data science bootcamp',
    ]);
    expect($<HTMLSelectElement>(el, '#sort').selectedOptions[0]!.textContent).to.equal('Best match (nearest first)');
    await change(el, '#q', 'laboratory', 'input');
    expect($<HTMLSelectElement>(el, '#sort').selectedOptions[0]!.textContent).to.equal('Best match');
    await change(el, '#q', '', 'input');
    await change(el, '#radius', '');
    expect(titles(el)).to.have.length(5);
    expect($$(el, '[part~="result"]')[2]!.textContent).to.include('Peterborough, 29 miles');
  });

  it('knows every place in the gazetteer, not just those opportunities name, and says when a place is unknown', async () => {
    const el = await searchFixture();
    expect($$(el, '#places option').map((o) => o.getAttribute('value'))).to.include('Ely');
    await change(el, '#near', 'Atlantis');
    expect($(el, '#near-problem').textContent).to.include('“Atlantis” is not a place this search knows');
    expect($(el, '#near').getAttribute('aria-describedby')).to.equal('near-hint near-problem');
  });

  it('measures the first results and hub-search from a preset place no opportunity names', async () => {
    const counts: number[] = [];
    const record = (e: Event) => counts.push((e as CustomEvent<{ count: number }>).detail.count);
    document.addEventListener('hub-search', record);
    try {
      const el = await searchFixture('near="Ely" radius="25"');
      await new Promise((r) => setTimeout(r, 20));
      expect(counts).to.deep.equal([4]);
      expect(el.shadowRoot!.querySelector('#near-problem')).to.equal(null);
    } finally {
      document.removeEventListener('hub-search', record);
    }
  });

  it('asks for the browser’s location only when the button is pressed', async () => {
    let asked = 0;
    const geo = navigator.geolocation;
    const original = geo.getCurrentPosition;
    geo.getCurrentPosition = (ok: PositionCallback) => {
      asked++;
      ok({ coords: { latitude: 52.631, longitude: 1.297 } } as GeolocationPosition);
    };
    try {
      const el = await searchFixture();
      expect(asked).to.equal(0);
      $(el, 'button.secondary').click();
      await el.updateComplete;
      expect(asked).to.equal(1);
      expect($<HTMLInputElement>(el, '#near').value).to.equal('Your location');
      expect($<HTMLSelectElement>(el, '#sort').value).to.equal('nearest');
      expect(titles(el)).to.deep.equal(['Laboratory scientist degree apprenticeship', 'Data science bootcamp']);
    } finally {
      geo.getCurrentPosition = original;
    }
  });
});

describe('<hub-opportunity-search> presets and locks', () => {
  beforeEach(() => serveSample());

  it('presets filters from attributes, and the reader can change them', async () => {
    const el = await searchFixture('type="apprenticeship degree-apprenticeship" level="6" sort="closing"');
    expect(titles(el)).to.deep.equal(['Laboratory scientist degree apprenticeship']);
    await tick(el, 'type', 'apprenticeship');
    expect(titles(el)).to.deep.equal(['Laboratory scientist degree apprenticeship']);
    expect($<HTMLSelectElement>(el, '#sort').value).to.equal('closing');
  });

  it('locks presets: a provider shows only its own, with no control to undo it', async () => {
    const el = await searchFixture('provider="east-university" near="Ipswich" radius="10" locked="provider near radius"');
    expect(titles(el)).to.deep.equal(['Commercial leadership for growing life-sciences firms']);
    expect($(el, 'input[name="provider"]')).to.equal(null);
    expect($(el, '#near')).to.equal(null);
    expect($(el, '#radius')).to.equal(null);
  });

  it('keeps locked presets when the filters are cleared', async () => {
    const el = await searchFixture('provider="east-university" locked="provider" q="zzzz"');
    $(el, '[part~="empty"] button').click();
    await el.updateComplete;
    expect(titles(el)).to.deep.equal([
      'Laboratory scientist degree apprenticeship',
      'Commercial leadership for growing life-sciences firms',
    ]);
  });

  it('moves focus to the first control left after clearing, when the search box is locked', async () => {
    const el = await searchFixture('q="laboratory" locked="q" type="bootcamp"');
    expect(statusText(el)).to.equal('No opportunities match your search.');
    $(el, '[part~="empty"] button').click();
    await el.updateComplete;
    expect(titles(el)).to.have.length(2);
    expect(el.shadowRoot!.activeElement!.id).to.equal('near');
  });

  it('offers no clear button when clearing would change nothing (every preset locked)', async () => {
    const el = await searchFixture('provider="east-university" q="zzzz" locked="provider q"');
    expect($(el, '[part~="empty"]').textContent).to.include('no opportunities to show here');
    expect($(el, '[part~="empty"] button')).to.equal(null);
  });

  it('presets the search text', async () => {
    const el = await searchFixture('q="nhs"');
    expect(titles(el)).to.deep.equal(['Healthcare support work placement']);
    expect($<HTMLInputElement>(el, '#q').value).to.equal('nhs');
  });
});

describe('<hub-opportunity-search> URL sync', () => {
  const start = location.href;
  beforeEach(() => {
    serveSample();
    history.replaceState(null, '', `${location.pathname}?page=theirs`);
  });
  afterEach(() => history.replaceState(null, '', start));

  const popped = () => new Promise((resolve) => addEventListener('popstate', resolve, { once: true }));

  it('writes the search into the query string and follows back and forward', async () => {
    const el = await searchFixture('sync-url');
    await tick(el, 'type', 'bootcamp');
    expect(new URLSearchParams(location.search).get('hub-type')).to.equal('bootcamp');
    expect(new URLSearchParams(location.search).get('page')).to.equal('theirs');
    await change(el, '#sort', 'newest');
    expect(location.search).to.include('hub-sort=newest');

    let pop = popped();
    history.back();
    await pop;
    await el.updateComplete;
    expect($<HTMLSelectElement>(el, '#sort').value).to.equal('relevance');
    expect(titles(el)).to.deep.equal(['Data science bootcamp']);

    pop = popped();
    history.back();
    await pop;
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(ALL_OPEN);

    pop = popped();
    history.forward();
    await pop;
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['Data science bootcamp']);
  });

  it('keeps the distance and sort menus in step with back and forward after the reader has used them', async () => {
    const el = await searchFixture('sync-url');
    await change(el, '#near', 'cambridge');
    for (const [radius, sort] of [
      ['5', 'closing'],
      ['10', 'newest'],
    ] as const) {
      await change(el, '#radius', radius);
      await change(el, '#sort', sort);
    }
    const menus = () => [$<HTMLSelectElement>(el, '#radius').value, $<HTMLSelectElement>(el, '#sort').value];
    for (const [step, expected] of [
      [() => history.back(), ['10', 'closing']],
      [() => history.back(), ['5', 'closing']],
      [() => history.forward(), ['10', 'closing']],
    ] as const) {
      const pop = popped();
      step();
      await pop;
      await el.updateComplete;
      expect(menus()).to.deep.equal(expected);
    }
  });

  it('starts from the state in the URL, but not over a lock', async () => {
    history.replaceState(null, '', `${location.pathname}?hub-q=laboratory&hub-provider=genome-lab`);
    const el = await searchFixture('sync-url provider="east-university" locked="provider"');
    expect(titles(el)).to.deep.equal(['Laboratory scientist degree apprenticeship']);
    expect($<HTMLInputElement>(el, '#q').value).to.equal('laboratory');
  });

  it('replaces rather than pushes history while typing', async () => {
    const el = await searchFixture('sync-url');
    const length = history.length;
    await change(el, '#q', 'l', 'input');
    await change(el, '#q', 'la', 'input');
    expect(history.length).to.equal(length);
    expect(location.search).to.include('hub-q=la');
  });

  it('leaves the URL alone without sync-url', async () => {
    const el = await searchFixture();
    await tick(el, 'type', 'bootcamp');
    expect(location.search).to.equal('?page=theirs');
  });
});

describe('<hub-opportunity-search> keyboard', () => {
  beforeEach(() => serveSample());

  it('skips from the controls past the filters to the results, which announce their count', async () => {
    const el = await searchFixture();
    $(el, '#sort').focus();
    await sendKeys({ press: 'Tab' });
    const skip = el.shadowRoot!.activeElement as HTMLAnchorElement;
    expect(skip.textContent).to.equal('Skip to results');
    // Hidden until focused, then on screen.
    expect(skip.getBoundingClientRect().width).to.be.greaterThan(50);
    await sendKeys({ press: 'Enter' });
    const results = el.shadowRoot!.activeElement!;
    expect(results.getAttribute('part')).to.equal('results');
    expect(el.shadowRoot!.getElementById(results.getAttribute('aria-labelledby')!)!.textContent).to.equal('5 opportunities found');
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement!.textContent).to.equal(ALL_OPEN[0]);
    expect(location.hash).to.equal('');
  });

  it('can be used with the keyboard alone: type, tab to a filter, tick it, follow a result', async () => {
    const el = await searchFixture();
    $(el, '#q').focus();
    await sendKeys({ type: 'laboratory' });
    await el.updateComplete;
    expect(titles(el)).to.have.length(2);
    // From the search box, tabbing reaches the near box, location button, distance, sort, the skip link, then the filters.
    const order: string[] = [];
    for (let i = 0; i < 7; i++) {
      await sendKeys({ press: 'Tab' });
      const active = el.shadowRoot!.activeElement as HTMLElement;
      order.push(active.id || active.tagName.toLowerCase());
    }
    expect(order).to.deep.equal(['near', 'button', 'radius', 'sort', 'a', 'input', 'summary']);
    await sendKeys({ press: 'Enter' }); // opens the Type facet
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['Laboratory technician apprenticeship']);
    expect((el.shadowRoot!.activeElement as HTMLInputElement).checked).to.equal(true);
    const select = oneEvent(el, 'hub-select');
    $(el, 'a[part~="result-link"]').focus();
    await sendKeys({ press: 'Enter' });
    const { detail } = await select;
    expect(detail).to.include({ link: 'details', url: 'https://hub.example/opportunities/lab-technician/' });
    expect(detail.opportunity.slug).to.equal('lab-technician');
  });
});

describe('<hub-opportunity-search> errors', () => {
  const CASES: [kind: string, answer: Parameters<typeof serve>[0][string], message: string][] = [
    ['network', 'network', 'could not be reached'],
    ['http', () => new Response('Not found', { status: 404, statusText: 'Not Found' }), 'did not send'],
    ['not-json', () => new Response('<!doctype html><title>Oops</title>', { status: 200 }), 'not a list of opportunities'],
    ['version', json(feedOf(SAMPLE_RECORDS, '2.0')), 'newer format'],
    ['shape', json({ version: '1.0', items: [] }), 'not in the format this widget reads'],
    ['invalid-records', json(feedOf([{ slug: 'Bad' }, { ...SAMPLE_RECORDS[0], type: 'job' }])), 'could be read'],
  ];
  for (const [kind, answer, message] of CASES) {
    it(`explains a ${kind} failure, fires hub-error, links to the hub and retries`, async () => {
      serve({ [FEED_URL]: answer });
      const container = document.createElement('div');
      document.body.append(container);
      const failed = oneEvent(container, 'hub-error');
      container.innerHTML = `<hub-opportunity-search src="${FEED_URL}"><a href="https://hub.example/opportunities/">Our fallback</a></hub-opportunity-search>`;
      const el = container.firstElementChild as HubOpportunitySearch;
      el.today = FIXTURE_TODAY;
      expect((await failed).detail.kind).to.equal(kind);
      await el.updateComplete;
      const error = $(el, '[part~="error"]');
      expect(error.textContent).to.include(message);
      expect(statusText(el)).to.equal('Opportunities could not be loaded.');
      expect($(el, '[part~="error"] a[part~="hub-link"]').getAttribute('href')).to.equal('https://hub.example/opportunities/');
      expect($<HTMLSlotElement>(el, '[part~="error"] slot').assignedElements()).to.have.length(1);
      await expect(el).to.be.accessible();

      serveSample();
      $(el, '[part~="retry"]').click();
      await oneEvent(el, 'hub-search');
      await el.updateComplete;
      expect(titles(el)).to.deep.equal(ALL_OPEN);
      expect(el.shadowRoot!.activeElement!.id).to.equal('q');
      container.remove();
    });
  }

  it('keeps focus on "Try again" when a retry fails too', async () => {
    serve({ [FEED_URL]: 'network' });
    const el = await searchFixture();
    $(el, '[part~="retry"]').click();
    await oneEvent(el, 'hub-error');
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.id).to.equal('retry');
  });

  it('skips and counts invalid records, showing the rest', async () => {
    const container = document.createElement('div');
    document.body.append(container);
    serve({
      [FEED_URL]: json(feedOf([...SAMPLE_RECORDS, { ...SAMPLE_RECORDS[0], slug: 'evil', apply: { url: 'javascript:alert(1)' } }, 'junk'])),
    });
    const warned = oneEvent(container, 'hub-error');
    container.innerHTML = `<hub-opportunity-search src="${FEED_URL}"></hub-opportunity-search>`;
    const el = container.firstElementChild as HubOpportunitySearch;
    el.today = FIXTURE_TODAY;
    expect((await warned).detail).to.include({ kind: 'invalid-records' });
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(ALL_OPEN);
    expect(el.shadowRoot!.textContent).to.include('2 opportunities in the list could not be read and are not shown.');
    expect(el.shadowRoot!.innerHTML).not.to.include('javascript:');
    container.remove();
  });

  it('hides light-DOM fallback content once upgraded and loaded', async () => {
    serveSample();
    const container = document.createElement('div');
    document.body.append(container);
    container.innerHTML = `<hub-opportunity-search src="${FEED_URL}"><a href="/opportunities/">See all opportunities</a></hub-opportunity-search>`;
    const el = container.firstElementChild as HubOpportunitySearch;
    await oneEvent(el, 'hub-search');
    expect(el.querySelector('a')!.getClientRects().length).to.equal(0);
    container.remove();
  });
});

describe('<hub-opportunity-search> accessibility (axe)', () => {
  beforeEach(() => serveSample());

  it('has no violations while loading', async () => {
    serve({ [FEED_URL]: () => new Promise<Response>(() => {}) });
    const el = document.createElement('hub-opportunity-search');
    el.src = FEED_URL;
    document.body.append(el);
    await el.updateComplete;
    await expect(el).to.be.accessible();
    el.remove();
  });

  it('has no violations with results, with a facet open', async () => {
    const el = await searchFixture();
    await tick(el, 'type', 'apprenticeship');
    await expect(el).to.be.accessible();
  });

  it('has no violations in the empty state', async () => {
    const el = await searchFixture('q="astronaut"');
    await expect(el).to.be.accessible();
  });
});

describe('<hub-opportunity-search> places in words', () => {
  beforeEach(() => serveSample());

  it('shows each result’s nearest place with its distance, then its other places', async () => {
    const el = await searchFixture('near="ipswich" radius="50" q="commercial"');
    // A hybrid opportunity: its places, then online.
    expect($(el, '[part~="result"] dd').textContent).to.equal('Ipswich, less than a mile; also Cambridge and online');
    await change(el, '#near', 'Cambridge');
    expect($(el, '[part~="result"] dd').textContent).to.equal('Cambridge, less than a mile; also Ipswich and online');
  });

  it('shows a preset place by its gazetteer name, never its slug', async () => {
    const el = await searchFixture('near="peterborough"');
    expect($<HTMLInputElement>(el, '#near').value).to.equal('Peterborough');
  });
});
