import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { HubErrorDetail } from './events.ts';
import { loadWhenPresent } from './load-when-present.ts';

/** A tag no other test defines, so each case starts with the element unregistered. */
let n = 0;
const freshTag = () => `hub-lazy-test-${++n}`;
const nextFrame = () => new Promise((done) => requestAnimationFrame(done));

describe('loadWhenPresent (the script-tag file fetches <hub-pathway> only for pages that show one)', () => {
  it('loads at once when the element is already on the page, and only once', async () => {
    const tag = freshTag();
    await fixture(html`<div></div>`).then((div) => (div.innerHTML = `<${tag}></${tag}><${tag}></${tag}>`));
    let loads = 0;
    loadWhenPresent(tag, async () => void loads++);
    document.body.append(document.createElement(tag));
    await nextFrame();
    expect(loads).to.equal(1);
  });

  it('does not load while the page has no such element, then loads when one is added', async () => {
    const tag = freshTag();
    let loads = 0;
    loadWhenPresent(tag, async () => void loads++);
    const div = await fixture<HTMLDivElement>(html`<div><p>No widget here</p></div>`);
    await nextFrame();
    expect(loads).to.equal(0);
    div.append(Object.assign(document.createElement('section'), { innerHTML: `<${tag}></${tag}>` }));
    await nextFrame();
    expect(loads).to.equal(1);
    div.append(document.createElement(tag));
    await nextFrame();
    expect(loads).to.equal(1);
  });

  it('does nothing for an element already registered (another copy of the script defined it)', async () => {
    const tag = freshTag();
    customElements.define(tag, class extends HTMLElement {});
    await fixture(html`<div></div>`).then((div) => (div.innerHTML = `<${tag}></${tag}>`));
    let loads = 0;
    loadWhenPresent(tag, async () => void loads++);
    await nextFrame();
    expect(loads).to.equal(0);
  });

  it('tells each waiting element when its code cannot be fetched (hub-error, kind network)', async () => {
    const tag = freshTag();
    const div = await fixture<HTMLDivElement>(html`<div></div>`);
    div.innerHTML = `<${tag}></${tag}>`;
    const error = oneEvent(div, 'hub-error');
    loadWhenPresent(tag, () => Promise.reject(new TypeError('Failed to fetch dynamically imported module')));
    const { detail } = (await error) as CustomEvent<HubErrorDetail>;
    expect(detail.kind).to.equal('network');
    expect(detail.message).to.contain(`<${tag}>`);
  });
});
