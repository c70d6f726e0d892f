import { expect } from '@open-wc/testing';
import { $, $$, FEED_URL, restoreFetch, searchFixture, serveSample, statusText, titles } from './test-support.ts';

describe('<hub-opportunity-search> smoke', () => {
  beforeEach(() => serveSample());
  afterEach(restoreFetch);
  it('renders results', async () => {
    const el = await searchFixture();
    console.log(statusText(el), titles(el).join(' | '));
    expect(titles(el).length).to.equal(5);
  });
});
