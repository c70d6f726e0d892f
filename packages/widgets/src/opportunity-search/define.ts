/** Registers <hub-opportunity-search> (once, however many times this runs) and exports its class. */
import { defineElement } from '../shared/define.ts';
import { HubOpportunitySearch } from './opportunity-search.ts';

export { HubOpportunitySearch } from './opportunity-search.ts';
export type { HubOpportunitySearchEventMap, HubSearchDetail, HubSelectDetail } from './opportunity-search.ts';

defineElement('hub-opportunity-search', HubOpportunitySearch);
