import { describe, expect, it } from 'vitest';
import { pagefindParts } from '@/scripts/postbuild/pagefind-page-parts';

describe('pagefindParts', () => {
  const body = '<div data-pagefind-body lang="en"><div class="p"><p>The plant <b>opened</b>.</p></div><div>More</div></div>';
  const facets = '<span data-pagefind-meta="title">Opened</span><span data-pagefind-filter="entity">Minsk</span>';
  it('takes the marked body whole (nested elements of its own kind included), every data-pagefind element, h1, title, img and the html tag', () => {
    const html = `<!DOCTYPE html><html lang="en"><head><title>Opened</title></head><body><nav><a href="/">Home</a></nav><h1 class="t">Opened</h1>${body}<div hidden>${facets}</div><img src="/a.png" alt=""><aside>Related: Older story</aside></body></html>`;
    expect(pagefindParts(html).split('\0')).toEqual([
      '<html lang="en">',
      '<title>Opened</title>',
      '<h1 class="t">Opened</h1>',
      body,
      '<span data-pagefind-meta="title">Opened</span>',
      '<span data-pagefind-filter="entity">Minsk</span>',
      '<img src="/a.png" alt="">',
    ]);
  });

  it('is the same for pages that differ only outside those parts, and differs when they change', () => {
    const at = (nav: string, inside: string) => `<html lang="en"><body><nav>${nav}</nav>${body.replace('More', inside)}${facets}</body></html>`;
    expect(pagefindParts(at('Older: A', 'More'))).toBe(pagefindParts(at('Older: B · Newer: C', 'More')));
    expect(pagefindParts(at('Older: A', 'More'))).not.toBe(pagefindParts(at('Older: A', 'Less')));
  });

  it('runs an element with no closing tag to the end of the page rather than guess where it ends', () => {
    expect(pagefindParts('<div data-pagefind-body><p>Cut off<nav>tail</nav>')).toBe('<div data-pagefind-body><p>Cut off<nav>tail</nav>');
  });
});
