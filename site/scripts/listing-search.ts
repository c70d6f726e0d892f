/**
 * The hub's listings with JavaScript (see ListingSearch.astro): swaps the static listing for its
 * <hub-opportunity-search> once the search has results, and keeps the page's "Follow these
 * opportunities" links on the feed that matches the search. Until the search is ready, and for
 * good if its feed fails, the static listing and its feed stand.
 */
import { matchingFeedKey, type FollowedSearch } from '../lib/matching-feed.ts';
import type { FeedLinks } from '../lib/follow.ts';

for (const root of document.querySelectorAll<HTMLElement>('[data-listing-search]')) {
  const staticPart = root.querySelector<HTMLElement>('[data-listing-static]')!;
  const livePart = root.querySelector<HTMLElement>('[data-listing-live]')!;
  const feeds = JSON.parse(root.querySelector('[data-follow-table]')!.textContent!) as Record<string, FeedLinks>;
  livePart.addEventListener('hub-search', (event) => {
    follow((event as CustomEvent<FollowedSearch>).detail, feeds);
    if (!livePart.hidden) return;
    // A reader already in the static list (keyboard or screen reader) keeps a place: the search box.
    const hadFocus = staticPart.contains(document.activeElement);
    livePart.hidden = false;
    staticPart.hidden = true;
    if (hadFocus) livePart.querySelector('hub-opportunity-search')?.shadowRoot?.querySelector<HTMLElement>('input')?.focus();
  });
}

/** Points the follow section at the feed matching `search`, or says that no single feed does. */
function follow(search: FollowedSearch, feeds: Record<string, FeedLinks>): void {
  const section = document.querySelector<HTMLElement>('[data-follow]');
  if (!section) return;
  const key = matchingFeedKey(search);
  const named = key === undefined ? undefined : feeds[key];
  // The widget names the matching feed itself: its addresses win; the page's table gives the name.
  const feed = named && { ...named, ...(search.feed && { atom: search.feed.atom, calendar: search.feed.calendar }) };
  section.querySelector<HTMLElement>('[data-follow-feeds]')!.hidden = !feed;
  section.querySelector<HTMLElement>('[data-follow-none]')!.hidden = !!feed;
  if (!feed) return;
  for (const name of section.querySelectorAll('[data-follow-name]')) name.textContent = feed.name;
  for (const hidden of section.querySelectorAll('[data-follow-in]')) hidden.textContent = ` in ${feed.name}`;
  for (const link of section.querySelectorAll<HTMLAnchorElement>('[data-follow-atom]')) link.href = feed.atom;
  for (const link of section.querySelectorAll<HTMLAnchorElement>('[data-follow-calendar]')) link.href = feed.calendar;
}
