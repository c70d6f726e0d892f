import { expect, fixture, html as fixtureHtml, oneEvent } from '@open-wc/testing';
import { LitElement, html } from 'lit';
import { FeedError } from '@opportunities-hub/model/feed/read-header';
import { json, never, requested, restoreFetch, route, serve } from '../test-support/fetch.ts';
import { defineElement } from './define.ts';
import { FeedController } from './feed-controller.ts';

const A = 'https://hub.example/a.json';
const B = 'https://hub.example/b.json';

/** A host that shows the feed's `name`, or its status, and a button to retry. */
class FeedHost extends LitElement {
  feed = new FeedController<string>(this, (value) => {
    const name = (value as { name?: unknown }).name;
    if (typeof name !== 'string') throw new FeedError('not-found', 'no name');
    return name;
  });
  override render() {
    const s = this.feed.state;
    return html`<p id="out">${s.status === 'ready' ? s.value : s.status}</p>
      <button id="retry">Try again</button>`;
  }
}
defineElement('feed-host', FeedHost);

async function host(): Promise<FeedHost> {
  return fixture<FeedHost>(fixtureHtml`<feed-host></feed-host>`);
}
const settled = async (el: FeedHost) => {
  while (el.feed.state.status === 'loading') await new Promise((r) => setTimeout(r));
  await el.updateComplete;
};

afterEach(restoreFetch);

describe('FeedController', () => {
  it('reads a feed once per URL and renders its value', async () => {
    serve({ [A]: json({ name: 'first' }) });
    const el = await host();
    await el.feed.load(A);
    await el.feed.load(A);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('#out')!.textContent).to.equal('first');
    expect(requested).to.deep.equal([A]);
  });

  it('lets a newer load win over a slower older one', async () => {
    serve({ [A]: never, [B]: json({ name: 'second' }) });
    const el = await host();
    void el.feed.load(A);
    await el.feed.load(B);
    await settled(el);
    expect(el.feed.state).to.include({ status: 'ready', value: 'second' });
  });

  it('reports an error kind of the reader’s own as hub-error, then retries and moves focus', async () => {
    serve({ [A]: json({}) });
    const el = await host();
    const failed = oneEvent(el, 'hub-error');
    void el.feed.load(A);
    expect((await failed).detail).to.deep.equal({ kind: 'not-found', message: 'no name' });
    expect(el.feed.state).to.include({ status: 'error', kind: 'not-found', url: A });

    route(A, json({ name: 'back' }));
    el.feed.retry('#retry');
    await settled(el);
    expect(el.shadowRoot!.querySelector('#out')!.textContent).to.equal('back');
    expect(el.shadowRoot!.activeElement?.id).to.equal('retry');
    expect(requested).to.deep.equal([A, A]);
  });

  it('aborts its load when the host is disconnected, and loads again when reconnected', async () => {
    serve({ [A]: never });
    const el = await host();
    void el.feed.load(A);
    const parent = el.parentElement!;
    el.remove();
    route(A, json({ name: 'again' }));
    parent.append(el);
    await settled(el);
    expect(el.feed.state).to.include({ status: 'ready', value: 'again' });
  });
});
