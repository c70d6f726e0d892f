/** The feed each widget's strict-policy page reads (its csp/feed.json), as test fixtures. */
import { pathwaysFixture } from '../../../../model/src/feed/read-pathways.fixture.ts';
import { feedOf, SAMPLE_RECORDS } from '../../../../model/src/logic/test-fixtures.ts';

export const STRICT_PAGE_FEEDS = {
  'opportunity-search': () => feedOf(SAMPLE_RECORDS),
  pathway: pathwaysFixture,
};
