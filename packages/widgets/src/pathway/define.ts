/** Registers <hub-pathway> (once, however many times this runs) and exports its class. */
import { defineElement } from '../shared/define.ts';
import { HubPathway } from './pathway.ts';

export { HubPathway } from './pathway.ts';
export type { HubPathwayEventMap, HubPathwayLoadDetail, HubPathwaySelectDetail } from './pathway.ts';

defineElement('hub-pathway', HubPathway);
