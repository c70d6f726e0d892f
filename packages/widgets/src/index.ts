/**
 * The package's main entry: every element's class and event types, registered on import.
 * For one element alone, import '@opportunities-hub/widgets/pathway' (or '/opportunity-search').
 */
export * from './opportunity-search/define.ts';
export * from './pathway/define.ts';
export type { HubErrorDetail } from './shared/events.ts';
