/**
 * The search page's script: loads Pagefind from this site, fills the filter menus with the
 * values in the index, searches as the reader types (debounced) and keeps the query in the URL
 * so a search can be shared or reloaded. Results are announced through a polite status region.
 */

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(query: string | null, o?: { filters?: Record<string, string> }): Promise<{ results: { data(): Promise<PagefindResultData> }[] }>;
}

const PAGE_SIZE = 20;

async function loadPagefind(): Promise<Pagefind> {
  // A variable specifier keeps the bundler from resolving the index, which exists only after the build.
  const url = '/pagefind/pagefind.js';
  const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
  await pagefind.options({ baseUrl: '/' });
  await pagefind.init();
  return pagefind;
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
  const selects = [...form.querySelectorAll<HTMLSelectElement>('select[data-filter]')];
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

  let run = 0;
  async function search(): Promise<void> {
    const current = ++run;
    const term = query.value.trim();
    const filters = Object.fromEntries(selects.filter((s) => s.value).map((s) => [s.dataset.filter!, s.value]));
    const url = new URL(location.href);
    url.search = new URLSearchParams({ ...(term ? { q: term } : {}), ...filters }).toString();
    history.replaceState(null, '', url);
    if (!term && Object.keys(filters).length === 0) {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    const found = await pagefind.search(term || null, { filters });
    const data = await Promise.all(found.results.slice(0, PAGE_SIZE).map((r) => r.data()));
    if (current !== run) return; // a newer search has started
    list.replaceChildren(...data.map(resultItem));
    const count = found.results.length;
    status.textContent =
      count === 0
        ? `No results${term ? ` for “${term}”` : ''}. Try fewer words or remove a filter.`
        : `${count} result${count === 1 ? '' : 's'}${term ? ` for “${term}”` : ''}${count > PAGE_SIZE ? `, showing the first ${PAGE_SIZE}` : ''}.`;
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  const soon = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void search(), 250);
  };
  query.addEventListener('input', soon);
  for (const select of selects) select.addEventListener('change', () => void search());
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
