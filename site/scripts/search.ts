/**
 * The search page's script: loads Pagefind from this site, fills the filter menus with the
 * values in the index, searches as the reader types (debounced) and keeps the query in the URL
 * so a search can be shared or reloaded. Results come a page at a time, with a button for the
 * next page; they are announced through a polite status region. Titles weigh more than body text
 * (META_WEIGHTS); a query naming a place lists opportunities nearest to it first, in bands of
 * distance (NEAR_BANDS); opportunities that open later, then closed ones, come after everything a
 * reader can apply for now.
 */
import {
  AVAILABILITY_FILTER,
  META_WEIGHTS,
  NEAR_BANDS,
  NEAR_FILTER,
  nearestBandFirst,
  openBeforeClosed,
  placeInQuery,
  type SearchPlace,
} from '../lib/search-ranking.ts';
import { correctQuery, type Vocabulary } from '../lib/spelling.ts';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
}
interface PagefindResult {
  id: string;
  data(): Promise<PagefindResultData>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(query: string | null, o?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] }>;
}

const PAGE_SIZE = 20;

async function loadPagefind(): Promise<Pagefind> {
  // A variable specifier keeps the bundler from resolving the index, which exists only after the build.
  const url = '/pagefind/pagefind.js';
  const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
  await pagefind.options({ baseUrl: '/', ranking: { metaWeights: META_WEIGHTS } });
  await pagefind.init();
  return pagefind;
}

/** The hub's words for spelling correction; without them, search simply does not correct. */
async function loadVocabulary(): Promise<Vocabulary> {
  try {
    const response = await fetch('/search/vocabulary.json');
    return response.ok ? ((await response.json()) as Vocabulary) : {};
  } catch {
    return {};
  }
}

function element<T extends Element>(selector: string): T {
  const found = document.querySelector<T>(selector);
  if (!found) throw new Error(`Search page: ${selector} is missing`);
  return found;
}

/** Wires up the search page. */
export async function startSearch(): Promise<void> {
  const form = element<HTMLFormElement>('[data-search-form]');
  const status = element<HTMLElement>('[data-search-status]');
  const list = element<HTMLOListElement>('[data-search-results]');
  const query = element<HTMLInputElement>('#search-q');
  const more = element<HTMLButtonElement>('[data-search-more]');
  const openOnly = element<HTMLInputElement>('[data-open-only]');
  const selects = [...form.querySelectorAll<HTMLSelectElement>('select[data-filter]')];
  const exactButton = element<HTMLButtonElement>('[data-search-exact]');
  const places = JSON.parse(element('[data-search-places]').textContent!) as Pick<SearchPlace, 'slug' | 'name'>[];
  const vocabulary = loadVocabulary();
  let pagefind: Pagefind;
  try {
    pagefind = await loadPagefind();
  } catch {
    status.textContent = 'Search could not load. Please use the listings below.';
    return;
  }
  element<HTMLElement>('[data-search-fallback]').hidden = true;
  form.hidden = false;

  const available = await pagefind.filters();
  for (const select of selects) {
    const values = Object.keys(available[select.dataset.filter!] ?? {}).sort((a, b) => a.localeCompare(b));
    for (const value of values) select.append(new Option(value, value));
  }
  const params = new URLSearchParams(location.search);
  query.value = params.get('q') ?? '';
  for (const select of selects) select.value = params.get(select.name) ?? '';
  openOnly.checked = params.get(openOnly.name) === openOnly.value;
  /** True when the reader asked for their words as typed, without spelling correction. */
  let exact = params.get('exact') === '1';
  const words = await vocabulary;

  let run = 0;
  let found: PagefindResult[] = [];
  let term = '';
  let typed = '';
  /**
   * Shows the next page of `found` after the ones already listed (or, `fresh`, the first page in
   * place of the last search's, swapped in one step once loaded); says how many are shown.
   */
  async function showMore(current: number, fresh = false): Promise<HTMLLIElement[]> {
    const shown = fresh ? 0 : list.children.length;
    const data = await Promise.all(found.slice(shown, shown + PAGE_SIZE).map((r) => r.data()));
    if (current !== run) return []; // a newer search has started
    const items = data.map(resultItem);
    if (fresh) list.replaceChildren(...items);
    else list.append(...items);
    const count = found.length;
    const all = list.children.length === count;
    more.hidden = all;
    status.textContent =
      count === 0
        ? `No results${term ? ` for “${term}”` : ''}. Try fewer words or remove a filter.`
        : `${count} result${count === 1 ? '' : 's'}${term ? ` for “${term}”` : ''}${all ? '' : `, showing the first ${list.children.length}`}.`;
    if (term !== typed) status.textContent += ` You searched for “${typed}”: we corrected the spelling.`;
    return items;
  }

  async function search(): Promise<void> {
    const current = ++run;
    typed = query.value.trim();
    term = (!exact && typed && correctQuery(typed, words)) || typed;
    exactButton.hidden = term === typed;
    exactButton.textContent = `Search for “${typed}” as typed`;
    const filters = Object.fromEntries(selects.filter((s) => s.value).map((s) => [s.dataset.filter!, s.value]));
    const url = new URL(location.href);
    url.search = new URLSearchParams({
      ...(typed ? { q: typed } : {}),
      ...filters,
      ...(openOnly.checked ? { [openOnly.name]: openOnly.value } : {}),
      ...(exact ? { exact: '1' } : {}),
    }).toString();
    history.replaceState(null, '', url);
    if (!term && Object.keys(filters).length === 0 && !openOnly.checked) {
      list.replaceChildren();
      more.hidden = true;
      status.textContent = '';
      return;
    }
    // Until the new results are in, the last search's stay listed, and the status says so.
    status.textContent = 'Searching…';
    if (openOnly.checked) filters[AVAILABILITY_FILTER] = 'open';
    // A second search for just the closed matches tells which results to move to the end
    // (their ids are known without loading each result's data).
    // So does one for those that open later, and one per distance band around a place the query
    // names, to list the nearest first.
    const place = term ? placeInQuery(term, places) : undefined;
    const later = (availability: string) =>
      openOnly.checked ? { results: [] } : pagefind.search(term || null, { filters: { ...filters, [AVAILABILITY_FILTER]: availability } });
    const [all, closed, upcoming, ...bands] = await Promise.all([
      pagefind.search(term || null, { filters }),
      later('closed'),
      later('upcoming'),
      ...(place
        ? NEAR_BANDS.map((miles) => pagefind.search(term, { filters: { ...filters, [NEAR_FILTER]: `${place.slug}~${miles}` } }))
        : []),
    ]);
    if (current !== run) return;
    const bandOf = new Map(bands.flatMap((band, i) => band.results.map((r) => [r.id, NEAR_BANDS[i]!] as const)));
    const ids = (found: { results: PagefindResult[] }) => new Set(found.results.map((r) => r.id));
    found = openBeforeClosed(nearestBandFirst(all.results, bandOf), ids(closed), ids(upcoming));
    await showMore(current, true);
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  const soon = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void search(), 250);
  };
  query.addEventListener('input', () => {
    exact = false;
    soon();
  });
  exactButton.addEventListener('click', () => {
    exact = true;
    void search();
    query.focus();
  });
  for (const control of [...selects, openOnly]) control.addEventListener('change', () => void search());
  more.addEventListener('click', async () => {
    // Focus the first new result, so keyboard and screen reader users carry on reading from there.
    const [first] = await showMore(run);
    first?.querySelector('a')?.focus();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void search();
  });
  await search();
}

function resultItem(result: PagefindResultData): HTMLLIElement {
  const item = document.createElement('li');
  const heading = document.createElement('h2');
  const link = document.createElement('a');
  link.href = result.url;
  link.textContent = result.meta['title'] ?? result.url;
  heading.append(link);
  const excerpt = document.createElement('p');
  // Pagefind's excerpt is text from our own pages, escaped by Pagefind, with <mark> around matches.
  excerpt.innerHTML = result.excerpt;
  item.append(heading, excerpt);
  if (result.meta['status']) {
    const meta = document.createElement('p');
    meta.className = 'muted';
    meta.textContent = result.meta['status'];
    item.append(meta);
  }
  return item;
}
