/**
 * Starts Pagefind's own search UI on the search page (`[data-search]`), loading its bundle as a
 * static file so the Content-Security-Policy needs no inline script. `?q=` runs a search on
 * arrival; the sort choice (relevance, newest, oldest by story date) is kept in `?sort=`.
 */
/**
 * Another Pagefind bundle to search alongside the primary one (a language's stories of some years),
 * and its weight when results are sorted by date (scripts/postbuild/pagefind-date-order.ts).
 */
type MergeIndex = { bundlePath: string; language: string; dateSortWeight?: number };
/** A bundle as Pagefind's UI merges it; `indexWeight` multiplies its results' scores. */
type MergedBundle = { bundlePath: string; language: string; indexWeight?: number };
type PagefindUIOptions = {
  element: HTMLElement;
  mergeIndex: MergedBundle[];
  showSubResults: boolean;
  showImages: boolean;
  resetStyles: boolean;
  sort?: Record<string, 'asc' | 'desc'>;
};
type PagefindUI = { triggerSearch: (term: string) => void; destroy: () => void };

declare global {
  interface Window {
    PagefindUI?: new (options: PagefindUIOptions) => PagefindUI;
  }
}

const SORTS = { relevance: undefined, newest: { date: 'desc' }, oldest: { date: 'asc' } } as const;
type SortName = keyof typeof SORTS;
const isSortName = (value: string | null): value is SortName => value !== null && value in SORTS;

function loadScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`could not load ${src}`));
    document.head.append(script);
  });
}

const isMergeIndex = (value: unknown): value is MergeIndex =>
  typeof value === 'object' &&
  value !== null &&
  'bundlePath' in value &&
  typeof value.bundlePath === 'string' &&
  'language' in value &&
  typeof value.language === 'string' &&
  (!('dateSortWeight' in value) || typeof value.dateSortWeight === 'number');

/**
 * The bundles as Pagefind's UI gets them: under a date sort each weighed so that one date order
 * runs over all of them (Pagefind orders each bundle on its own), by relevance all alike. Fresh
 * objects each time: the UI deletes `bundlePath` from what it is given.
 */
const mergedBundles = (list: readonly MergeIndex[], byDate: boolean): MergedBundle[] =>
  list.map(({ bundlePath, language, dateSortWeight }) => (byDate && dateSortWeight !== undefined ? { bundlePath, language, indexWeight: dateSortWeight } : { bundlePath, language }));

/** The bundles the index step listed beside the primary bundle (scripts/postbuild/pagefind.ts); none if it listed none. */
async function loadMergeIndex(bundle: string): Promise<MergeIndex[]> {
  try {
    const response = await fetch(new URL('merge-index.json', new URL(bundle, window.location.href)));
    const list: unknown = response.ok ? await response.json() : [];
    return Array.isArray(list) ? list.filter(isMergeIndex) : [];
  } catch {
    return [];
  }
}

/** Wires the search page's results container and sort choice, if this is the search page. */
export function enhanceSearch(root: ParentNode = document): void {
  const element = root.querySelector<HTMLElement>('[data-search]');
  if (!element) return;
  const sortBox = root.querySelector<HTMLElement>('[data-search-sort]');
  const select = sortBox?.querySelector('select');
  const param = new URLSearchParams(window.location.search).get('sort');
  let sort: SortName = isSortName(param) ? param : 'relevance';
  let ui: PagefindUI | undefined;
  let mergeIndex: MergeIndex[] = [];

  const start = (term: string | null) => {
    ui?.destroy();
    if (!window.PagefindUI) return;
    const order = SORTS[sort];
    ui = new window.PagefindUI({ element, mergeIndex: mergedBundles(mergeIndex, order !== undefined), showSubResults: true, showImages: false, resetStyles: false, ...(order ? { sort: { ...order } } : {}) });
    if (term) ui.triggerSearch(term);
  };

  if (select && sortBox) {
    select.value = sort;
    sortBox.hidden = false;
    select.addEventListener('change', () => {
      if (!isSortName(select.value)) return;
      sort = select.value;
      const params = new URLSearchParams(window.location.search);
      const term = element.querySelector('input')?.value ?? '';
      if (term) params.set('q', term);
      else params.delete('q');
      if (sort === 'relevance') params.delete('sort');
      else params.set('sort', sort);
      const query = params.toString();
      history.replaceState(null, '', query ? `?${query}` : window.location.pathname);
      start(term || null);
    });
  }
  const bundle = element.dataset.search ?? '/pagefind/pagefind-ui.js';
  Promise.all([loadScript(bundle), loadMergeIndex(bundle)])
    .then(([, merged]) => {
      mergeIndex = merged;
      start(new URLSearchParams(window.location.search).get('q'));
    })
    .catch((error: unknown) => console.error(error));
}
