/**
 * The search page's markup for enhance/search.ts: a sort choice (hidden until the script runs)
 * and the container Pagefind's own UI fills. `bundle` is the Pagefind UI script it loads.
 */
export function SearchUI({ bundle = '/pagefind/pagefind-ui.js' }: { bundle?: string }) {
  return (
    <div>
      <div hidden data-search-sort className="mb-4 flex items-center gap-2 font-sans text-sm">
        <label htmlFor="search-sort">Sort results</label>
        <select id="search-sort" defaultValue="relevance" className="rounded border border-stone-400 bg-transparent px-2 py-1">
          <option value="relevance">by relevance</option>
          <option value="newest">newest first</option>
          <option value="oldest">oldest first</option>
        </select>
      </div>
      <div id="search" data-search={bundle} />
    </div>
  );
}
