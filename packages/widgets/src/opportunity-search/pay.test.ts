import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { restoreFetch } from '../test-support/fetch.ts';
import { $, $$, change, SEARCH_URL, searchFixture, serveSample, tick, titles } from '../test-support/search.ts';

afterEach(restoreFetch);

/** The sample's open opportunities with pay: a set wage (lab technician) and the apprentice minimum (degree apprenticeship). */
describe('<hub-opportunity-search> pay', () => {
  beforeEach(() => serveSample());

  it('shows each result’s pay in words, or that it is not stated', async () => {
    const el = await searchFixture();
    const pay = (title: string) => {
      const result = $$(el, '[part~="result"]').find((r) => r.querySelector('h3')!.textContent!.includes(title))!;
      const dt = [...result.querySelectorAll('dt')].find((d) => d.textContent === 'Pay')!;
      return dt.nextElementSibling!.textContent!.trim();
    };
    expect(pay('Laboratory technician apprenticeship')).to.equal('£21,000 a year');
    expect(pay('Laboratory scientist degree apprenticeship')).to.equal(
      'Apprentice minimum wage (the National Minimum Wage rate for apprentices)',
    );
    expect(pay('Data science bootcamp')).to.equal('Pay not stated');
  });

  it('filters by pay, with counts, and by a preset', async () => {
    const el = await searchFixture();
    expect($(el, 'input[name="pay"][value="fixed"]').closest('label')!.textContent).to.include('(1)');
    await tick(el, 'pay', 'fixed');
    await tick(el, 'pay', 'apprentice-minimum');
    expect(titles(el)).to.deep.equal(['Laboratory scientist degree apprenticeship', 'Laboratory technician apprenticeship']);
    const preset = await searchFixture('pay="not-stated"');
    expect(titles(preset)).to.not.include('Laboratory technician apprenticeship');
    expect(titles(preset)).to.include('Data science bootcamp');
  });

  it('sorts by highest pay: set wages first, then other stated pay, then the rest', async () => {
    const el = await searchFixture();
    await change(el, '#sort', 'pay');
    expect(titles(el).slice(0, 2)).to.deep.equal(['Laboratory technician apprenticeship', 'Laboratory scientist degree apprenticeship']);
    expect([...$(el, '#sort').querySelectorAll('option')].map((o) => o.textContent)).to.include('Highest pay');
  });
});

describe('<hub-opportunity-search> at 320 px', () => {
  beforeEach(() => serveSample());

  it('fits a 288 px column (a 320 px screen less margins) in a wide font: its menus shrink below their longest option', async () => {
    const container = await fixture<HTMLDivElement>(html`<div style="width: 288px; font: 18px/1.5 system-ui, sans-serif"></div>`);
    const loaded = oneEvent(container, 'hub-search');
    container.innerHTML = `<hub-opportunity-search src="${SEARCH_URL}"></hub-opportunity-search>`;
    await loaded;
    const el = container.querySelector('hub-opportunity-search')!;
    await el.updateComplete;
    // "Best match (closing soonest first)" is wider than that in this font.
    for (const part of ['base', 'search']) expect($(el, `[part~="${part}"]`).getBoundingClientRect().width, part).to.be.at.most(288);
  });
});
