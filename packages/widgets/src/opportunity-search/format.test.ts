import { expect } from '@open-wc/testing';
import { countLabel, formatClosing, formatMiles, formatStart, showMoreLabel } from './format.ts';

describe('format helpers', () => {
  it('writes dates and starts in British English', () => {
    expect(formatStart('2027-09-01')).to.equal('1 September 2027');
    expect(formatStart('rolling')).to.equal('Any time');
  });
  it('rounds miles to what a reader can use', () => {
    expect(formatMiles(0.3)).to.equal('less than a mile');
    expect(formatMiles(1.04)).to.equal('1 mile');
    expect(formatMiles(3.27)).to.equal('3.3 miles');
    expect(formatMiles(28.6)).to.equal('29 miles');
  });
  it('describes each closing status', () => {
    const today = '2027-03-01';
    expect(formatClosing('rolling', { closes: 'rolling' }, today)).to.equal('Rolling applications');
    expect(formatClosing('upcoming', { closes: '2027-06-01', opens: '2027-04-01' }, today)).to.equal('Opens soon: opens 1 April 2027');
    expect(formatClosing('closed', { closes: '2027-02-01' }, today)).to.equal('Closed on 1 February 2027');
    expect(formatClosing('closing-soon', { closes: '2027-03-01' }, today)).to.equal('Closing soon: closes 1 March 2027 (today)');
    expect(formatClosing('closing-soon', { closes: '2027-03-02' }, today)).to.equal('Closing soon: closes 2 March 2027 (tomorrow)');
    expect(formatClosing('open', { closes: '2027-06-30' }, today)).to.equal('Open: closes 30 June 2027');
  });
  it('counts and labels show-more', () => {
    expect(countLabel(1)).to.equal('1 opportunity');
    expect(countLabel(1200)).to.equal('1,200 opportunities');
    expect(showMoreLabel(10, 35)).to.equal('Show 10 more (35 not shown yet)');
    expect(showMoreLabel(10, 4)).to.equal('Show the last 4 opportunities');
  });
});
