'use client';

import { useEffect, useRef, useState } from 'react';

/** Another Pagefind bundle to search alongside the primary one (a story language other than the site's). */
type MergeIndex = { bundlePath: string; language: string };
type PagefindUIOptions = {
  element: HTMLElement;
  mergeIndex: MergeIndex[];
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

/** Loads the Pagefind UI bundle (a static file, so a strict CSP allows it) once. */
function loadPagefindUI(src: string): Promise<void> {
  const existing = document.querySelector(`script[src="${src}"]`);
  if (existing && window.PagefindUI) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`could not load ${src}`));
    document.head.append(script);
  });
}

const isMergeIndex = (value: unknown): value is MergeIndex =>
  typeof value === 'object' && value !== null && 'bundlePath' in value && typeof value.bundlePath === 'string' && 'language' in value && typeof value.language === 'string';

/** The per-language bundles the index step listed beside the primary bundle (scripts/postbuild/pagefind.ts); none if it listed none. */
async function loadMergeIndex(bundle: string): Promise<MergeIndex[]> {
  try {
    const response = await fetch(new URL('merge-index.json', new URL(bundle, window.location.href)));
    const list: unknown = response.ok ? await response.json() : [];
    return Array.isArray(list) ? list.filter(isMergeIndex) : [];
  } catch {
    return [];
  }
}

/**
 * The Pagefind search box, started after hydration so React never fights the
 * UI over the container's children. `?q=` runs a search on arrival; the sort
 * choice (relevance, newest, oldest by story date) is kept in `?sort=`.
 */
export function SearchUI({ bundle = '/pagefind/pagefind-ui.js' }: { bundle?: string }) {
  const container = useRef<HTMLDivElement>(null);
  const [sort, setSort] = useState<SortName | null>(null);

  useEffect(() => {
    const param = new URLSearchParams(window.location.search).get('sort');
    setSort(isSortName(param) ? param : 'relevance');
  }, []);

  useEffect(() => {
    const element = container.current;
    if (!element || sort === null) return;
    let ui: PagefindUI | undefined;
    let cancelled = false;
    const params = new URLSearchParams(window.location.search);
    const term = params.get('q');
    Promise.all([loadPagefindUI(bundle), loadMergeIndex(bundle)]).then(([, mergeIndex]) => {
      if (cancelled || !window.PagefindUI) return;
      const order = SORTS[sort];
      ui = new window.PagefindUI({ element, mergeIndex, showSubResults: true, showImages: false, resetStyles: false, ...(order ? { sort: { ...order } } : {}) });
      if (term) ui.triggerSearch(term);
    });
    return () => {
      cancelled = true;
      ui?.destroy();
    };
  }, [sort, bundle]);

  function changeSort(next: SortName) {
    const params = new URLSearchParams(window.location.search);
    const term = container.current?.querySelector('input')?.value ?? '';
    if (term) params.set('q', term);
    else params.delete('q');
    if (next === 'relevance') params.delete('sort');
    else params.set('sort', next);
    const query = params.toString();
    history.replaceState(null, '', query ? `?${query}` : window.location.pathname);
    setSort(next);
  }

  return (
    <div>
      {sort !== null ? (
        <div className="mb-4 flex items-center gap-2 font-sans text-sm">
          <label htmlFor="search-sort">Sort results</label>
          <select
            id="search-sort"
            value={sort}
            onChange={(e) => isSortName(e.target.value) && changeSort(e.target.value)}
            className="rounded border border-stone-400 bg-transparent px-2 py-1"
          >
            <option value="relevance">by relevance</option>
            <option value="newest">newest first</option>
            <option value="oldest">oldest first</option>
          </select>
        </div>
      ) : null}
      <div ref={container} id="search" />
    </div>
  );
}
