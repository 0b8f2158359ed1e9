// Starts the Pagefind UI on /search/. A static file, not an inline script, so
// the site's CSP can forbid inline scripts. `?q=` runs a search (the WebSite
// SearchAction points here); `?sort=newest|oldest` sorts by the story date
// that pages expose with data-pagefind-sort="date".
(function () {
  'use strict';
  function start() {
    var target = document.getElementById('search');
    if (!target || typeof window.PagefindUI !== 'function') return;
    var params = new URLSearchParams(window.location.search);
    var sortName = params.get('sort');
    var sort = sortName === 'newest' ? { date: 'desc' } : sortName === 'oldest' ? { date: 'asc' } : null;
    var options = { element: '#search', showSubResults: true, showImages: false, resetStyles: false };
    if (sort) options.sort = sort;
    var ui = new window.PagefindUI(options);
    var query = params.get('q');
    if (query) ui.triggerSearch(query);

    var sortBox = document.querySelector('[data-search-sort]');
    var select = document.getElementById('search-sort');
    if (!sortBox || !select) return;
    sortBox.classList.remove('hidden');
    sortBox.classList.add('flex');
    select.value = sort ? sortName : 'relevance';
    select.addEventListener('change', function () {
      var input = target.querySelector('input');
      var next = new URLSearchParams();
      if (input && input.value) next.set('q', input.value);
      if (select.value !== 'relevance') next.set('sort', select.value);
      window.location.search = next.toString();
    });
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
