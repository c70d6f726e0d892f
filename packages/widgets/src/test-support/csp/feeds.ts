/** The feed each widget's strict-policy page reads (its csp/feed.json), as test fixtures. */
import { pathwaysFixture } from '@opportunities-hub/model/feed/read-pathways.fixture';
import { feedOf, SAMPLE_RECORDS } from '@opportunities-hub/model/testing/records';

export const STRICT_PAGE_FEEDS = {
  'opportunity-search': () => feedOf(SAMPLE_RECORDS),
  pathway: pathwaysFixture,
};
