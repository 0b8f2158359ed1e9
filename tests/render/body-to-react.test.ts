import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { renderBody } from '@/lib/render/body-to-react';

describe('renderBody', () => {
  it('escapes markup in the text instead of rendering it', () => {
    const html = renderToStaticMarkup(
      renderBody([{ kind: 'paragraph', text: '<img src=x onerror=alert(1)> & *stars*', line: 1 }], { mentions: [], entityHref: () => undefined }),
    );
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; *stars*');
  });

  it('renders ids, the paragraph self-link and entity links as real elements', () => {
    const text = 'Belarus builds Polonez.';
    const html = renderToStaticMarkup(
      renderBody([{ kind: 'heading', text: 'Missiles', line: 1 }, { kind: 'paragraph', text, line: 2 }], {
        mentions: [{ entity: 'polonez', block: 1, start: 15, end: 22, surface: 'Polonez' }],
        entityHref: (e) => `/tags/${e}/`,
        entityLinkClassName: ['entity'],
        anchorClassName: ['anchor'],
      }),
    );
    expect(html).toBe(
      '<h2 id="s-1">Missiles</h2>\n<p id="p-1">Belarus builds <a href="/tags/polonez/" class="entity">Polonez</a>. <a href="#p-1" class="anchor" aria-label="Link to paragraph 1">¶</a></p>',
    );
  });
});
