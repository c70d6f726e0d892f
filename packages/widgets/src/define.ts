/**
 * Registers every hub element. `import '@opportunities-hub/widgets/define'` is all a page needs;
 * registering is idempotent, so this is harmless next to the script-tag file.
 */
import './opportunity-search/define.ts';
import './pathway/define.ts';
