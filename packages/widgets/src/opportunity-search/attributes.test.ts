import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { SAMPLE_RECORDS } from '@opportunities-hub/model/testing/records';
import type { HubErrorDetail } from '../shared/events.ts';
import { hubUrl } from '../shared/hub-url.ts';
import { json, requested, restoreFetch, route } from '../test-support/fetch.ts';
import { $, change, SEARCH_URL, searchFixture, serveSample, statusText, tick, titles } from '../test-support/search.ts';
import type { HubSearchDetail } from './opportunity-search.ts';

afterEach(restoreFetch);

/** console.warn, recorded while `run` runs. */
async function warnings(run: () => Promise<unknown>): Promise<string[]> {
  const seen: string[] = [];
  const real = console.warn;
  console.warn = (message: string) => void seen.push(message);
  try {
    await run();
  } finally {
    console.warn = real;
  }
  return seen;
}

/** hub-error details fired on the fixture's container while `run` runs. */
async function attributeErrors(run: () => Promise<unknown>): Promise<HubErrorDetail[]> {
  const seen: HubErrorDetail[] = [];
  const listen = (e: Event) => seen.push((e as CustomEvent<HubErrorDetail>).detail);
  document.addEventListener('hub-error', listen);
  try {
    await run();
  } finally {
    document.removeEventListener('hub-error', listen);
  }
  return seen.filter((d) => d.kind === 'attribute');
}

describe('<hub-opportunity-search> attribute mistakes', () => {
  beforeEach(() => serveSample());

  it('warns once per bad value, naming the attribute and what it accepts, with a hub-error of kind attribute', async () => {
    let el!: Awaited<ReturnType<typeof searchFixture>>;
    let errors: HubErrorDetail[] = [];
    const warned = await warnings(async () => {
      errors = await attributeErrors(async () => {
        // Some mistakes are told before the feed has loaded: wait for the results, not the first hub-error.
        const container = await fixture<HTMLDivElement>(html`<div></div>`);
        const loaded = oneEvent(container, 'hub-search');
        container.innerHTML = `<hub-opportunity-search src="${SEARCH_URL}" type="apprenticeship apprentice" radius="far" skill="labs" sort="cheapest" theme="blue" locked="type everything"></hub-opportunity-search>`;
        await loaded;
        el = container.querySelector('hub-opportunity-search')!;
        // Re-rendering (typing) reports nothing again.
        await change(el, '#q', 'lab', 'input');
      });
    });
    expect(warned).to.have.length(6);
    expect(warned).to.include(
      '<hub-opportunity-search> type="apprentice" is not used: it accepts apprenticeship, degree-apprenticeship, flexi-job-apprenticeship, t-level, industry-placement, work-placement, internship, course, short-course, bootcamp, mentoring, business-training.',
    );
    expect(warned).to.include('<hub-opportunity-search> radius="far" is not used: it accepts a number of miles above 0.');
    // Skill areas are checked against the feed's own.
    expect(warned.find((w) => w.includes('skill="labs"')))
      .to.include('data-science')
      .and.include('laboratory-technical');
    expect(warned.find((w) => w.includes('locked="everything"'))).to.include('provider, open, near, radius, sort');
    expect(errors.map((e) => e.attribute).sort()).to.deep.equal(['locked', 'radius', 'skill', 'sort', 'theme', 'type']);
    expect(errors.map((e) => e.message)).to.deep.equal(warned);
    // A bad value is not dropped in silence: it stays in the search, which then says nothing matches.
    expect(statusText(el)).to.equal('No opportunities match your search.');
  });

  it('says nothing about good values, level numbers, or a place the gazetteer knows', async () => {
    const warned = await warnings(() =>
      searchFixture(
        'type="apprenticeship" level="3 degree" skill="data-science" provider="genome-lab" near="cb1" radius="25" open="any" theme="dark" limit="5"',
      ),
    );
    expect(warned).to.deep.equal([]);
  });

  it('reports an unknown place preset once the gazetteer is loaded', async () => {
    const errors = await attributeErrors(() => warnings(() => searchFixture('near="Atlantis"')));
    expect(errors).to.have.length(1);
    expect(errors[0]!.message).to.equal(
      '<hub-opportunity-search> near="Atlantis" is not used: it accepts a place the hub knows (such as Cambridge), a postcode district or "lat,lng".',
    );
  });
});

describe('<hub-opportunity-search> "Did you mean…?"', () => {
  beforeEach(() => serveSample());

  it('offers the gazetteer place a mistyped one most likely means, and uses it when pressed', async () => {
    const el = await searchFixture();
    await change(el, '#near', 'Cambrige');
    expect($(el, '#near-problem').textContent).to.include('“Cambrige” is not a place this search knows.');
    const button = $(el, '#near-problem button');
    expect(button.textContent).to.equal('Did you mean Cambridge?');
    button.click();
    await el.updateComplete;
    expect($(el, '#near-problem')).to.equal(null);
    expect($<HTMLInputElement>(el, '#near').value).to.equal('Cambridge');
    expect(statusText(el)).to.match(/found$/);
  });

  it('suggests a town to try when nothing is close', async () => {
    const el = await searchFixture();
    await change(el, '#near', 'Zzyzx');
    expect($(el, '#near-problem button')).to.equal(null);
    expect($(el, '#near-problem').textContent).to.include('Try a town such as');
  });
});

describe('<hub-opportunity-search> open only', () => {
  beforeEach(() => serveSample());

  it('is on by default; open="any" starts with closed ones shown, and the reader can switch', async () => {
    const open = await searchFixture();
    const any = await searchFixture('open="any"');
    expect(titles(any).length).to.be.greaterThan(titles(open).length);
    const box = $<HTMLInputElement>(any, '[part="filters"] > label input[type="checkbox"]');
    expect(box.checked).to.equal(false);
    box.click();
    await any.updateComplete;
    expect(titles(any)).to.deep.equal(titles(open));
  });

  it('can be locked: the switch is hidden and clearing keeps it', async () => {
    const el = await searchFixture('open="any" locked="open"');
    expect($(el, '[part="filters"] > label input[type="checkbox"]')).to.equal(null);
    expect(titles(el)).to.include('Summer bioinformatics internship');
  });

  it('keeps the reader’s choice in the URL with sync-url', async () => {
    history.replaceState(null, '', location.pathname);
    const el = await searchFixture('sync-url');
    $<HTMLInputElement>(el, '[part="filters"] > label input[type="checkbox"]').click();
    await el.updateComplete;
    expect(new URLSearchParams(location.search).get('hub-open')).to.equal('0');
    history.replaceState(null, '', location.pathname);
  });
});

describe('<hub-opportunity-search> the feed a search matches (hub-search detail)', () => {
  beforeEach(() => serveSample());

  it('names the Atom and iCalendar feeds for one value of one facet, and none otherwise', async () => {
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const first = oneEvent(container, 'hub-search');
    container.innerHTML = `<hub-opportunity-search src="${SEARCH_URL}" type="apprenticeship"></hub-opportunity-search>`;
    const el = container.querySelector('hub-opportunity-search')!;
    expect(((await first) as CustomEvent<HubSearchDetail>).detail.feed).to.deep.equal({
      atom: 'https://hub.example/feeds/opportunities/type/apprenticeship.atom',
      calendar: 'https://hub.example/feeds/opportunities/type/apprenticeship.ics',
    });
    const two = oneEvent(container, 'hub-search');
    await tick(el, 'skill', 'laboratory-technical');
    expect(((await two) as CustomEvent<HubSearchDetail>).detail.feed).to.equal(undefined);
    const level = oneEvent(container, 'hub-search');
    el.type = '';
    el.skill = '';
    el.level = '6';
    expect(((await level) as CustomEvent<HubSearchDetail>).detail.feed?.atom).to.equal(
      'https://hub.example/feeds/opportunities/level/degree.atom',
    );
    const text = oneEvent(container, 'hub-search');
    await change(el, '#q', 'lab', 'input');
    expect(((await text) as CustomEvent<HubSearchDetail>).detail.feed).to.equal(undefined);
  });
});

describe('<hub-opportunity-search> reading only the slice a lock names', () => {
  /** The default feed and a slice, where the script's own hub would publish them. */
  const DEFAULT = hubUrl('/api/v1/search.json');
  const slice = (facet: string, value: string) => hubUrl(`/api/v1/search/${facet}/${value}.json`);

  beforeEach(() => {
    serveSample();
    const own = SAMPLE_RECORDS.filter((r) => r.provider.slug === 'east-university');
    route(DEFAULT, () => fetch(SEARCH_URL));
    route(slice('provider', 'east-university'), () => fetch(new URL('/api/v1/search/provider/east-university.json', SEARCH_URL)));
    expect(own.length).to.be.greaterThan(0);
  });

  async function widget(attributes: string) {
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const settled = oneEvent(container, 'hub-search');
    container.innerHTML = `<hub-opportunity-search ${attributes}></hub-opportunity-search>`;
    await settled;
    return container.querySelector('hub-opportunity-search')!;
  }

  it('loads the provider’s slice, not the whole feed, when the provider is locked and src is left alone', async () => {
    const el = await widget('provider="east-university" locked="provider"');
    expect(requested.filter((u) => u.startsWith(location.origin))).to.deep.equal([slice('provider', 'east-university')]);
    expect(titles(el)).to.deep.equal([
      'Laboratory scientist degree apprenticeship',
      'Commercial leadership for growing life-sciences firms',
    ]);
  });

  it('loads the whole feed when the preset is not locked, or names two values, or src is given', async () => {
    await widget('provider="east-university"');
    await widget('provider="east-university genome-lab" locked="provider"');
    expect(requested.filter((u) => u.startsWith(location.origin))).to.deep.equal([DEFAULT, DEFAULT]);
  });

  it('falls back to the whole feed, quietly, when the hub publishes no such slice', async () => {
    route(slice('skill', 'no-such-skill'), json({ error: 'Not found' }, { status: 404 }));
    const errors = await attributeErrors(async () => {
      const el = await widget('skill="no-such-skill" locked="skill"');
      expect(statusText(el)).to.equal('No opportunities match your search.');
    });
    expect(requested.filter((u) => u.startsWith(location.origin))).to.deep.equal([slice('skill', 'no-such-skill'), DEFAULT]);
    expect(errors.map((e) => e.attribute)).to.deep.equal(['skill']);
  });
});
