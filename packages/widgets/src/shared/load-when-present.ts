import { emit, type HubErrorDetail } from './events.ts';

/**
 * Runs `load` (a dynamic import that registers the element `tag`) once, as soon as the document
 * has such an element: at once if it is already there, else when one is added. So a page without
 * one never fetches its code. Elements inside another component's shadow root are not seen:
 * such a page imports the element itself (README, "The script-tag file").
 *
 * If the code cannot be fetched, each waiting element gets a `hub-error` of kind `network`.
 */
export function loadWhenPresent(tag: string, load: () => Promise<unknown>): void {
  if (customElements.get(tag)) return;
  const found = (): boolean => {
    if (!document.querySelector(tag)) return false;
    observer.disconnect();
    load().catch(() => {
      for (const el of document.querySelectorAll<HTMLElement>(tag))
        emit<HubErrorDetail>(el, 'hub-error', { kind: 'network', message: `The code of <${tag}> could not be loaded from the hub.` });
    });
    return true;
  };
  const observer = new MutationObserver(found);
  if (!found()) observer.observe(document, { childList: true, subtree: true });
}
