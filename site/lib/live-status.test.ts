import { describe, expect, it } from 'vitest';
import { staleFrom, statusHolder, variants } from './live-status.ts';

describe('status variants', () => {
  const r = { closes: '2027-03-31', opens: '2027-02-01' };

  it('marks the holder with its dates and today’s status', () => {
    expect(statusHolder(r, '2027-01-10')).toEqual({ 'data-closes': '2027-03-31', 'data-opens': '2027-02-01', 'data-status': 'upcoming' });
  });

  it('renders one variant per distinct value, showing only today’s', () => {
    const list = variants(r, '2027-01-10', (s) => (s === 'upcoming' ? 'Opens' : s === 'closed' ? 'Closed' : 'Closes'));
    expect(list.map((v) => [v.value, v.statuses, v.attributes.hidden])).toEqual([
      ['Opens', ['upcoming'], false],
      ['Closes', ['open', 'closing-soon', 'closes-today'], true],
      ['Closed', ['closed'], true],
    ]);
    expect(list[1]!.attributes).toMatchObject({ 'data-if': 'open closing-soon closes-today', 'data-pagefind-ignore': 'all' });
  });

  it('renders nothing a closed opportunity can no longer show', () => {
    expect(variants(r, '2027-04-01', (s) => s).map((v) => v.value)).toEqual(['closed']);
  });
});

it('counts a build as out of date once it is more than 3 days old', () => {
  expect(staleFrom('2026-11-28')).toBe('2026-12-02');
  expect(staleFrom('2027-03-27')).toBe('2027-03-31');
});
