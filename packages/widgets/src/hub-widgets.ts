/**
 * The script-tag file, /widgets/v1/hub-widgets.js: Lit and <hub-opportunity-search> in one ES
 * module, and <hub-pathway> fetched beside it only when a page shows one (see loadWhenPresent).
 * A partner page needs only `<script type="module" src=".../hub-widgets.js">`; the default feeds
 * and the pathway's file are found from this file's own URL.
 */
import './opportunity-search/define.ts';
import { loadWhenPresent } from './shared/load-when-present.ts';

// The bundler turns this import into a file of its own, resolved against this module's URL.
loadWhenPresent('hub-pathway', () => import('./pathway/define.ts'));
