import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { SourcePanel } from '@/components/source-panel';
import { makeArticle } from '../support/article';

// next/link reads the site's trailingSlash setting from this variable, which `next build` inlines.
process.env.__NEXT_TRAILING_SLASH = 'true';

describe('SourcePanel', () => {
  const article = makeArticle('001_x', {
    removed: [
      { line: 4, text: 'Фото: Министерство обороны Республики Казахстан', reason: 'photo-credit', lang: 'ru' },
      { line: 1, text: '• $ 87.25 -0.60', reason: 'ticker' },
    ],
    editorNotes: ['Checked against the print edition.'],
    derivedFrom: '000_parent',
  });
  const html = renderToStaticMarkup(SourcePanel({ article, parent: { slug: 'the-parent', title: { value: 'The parent story', source: 'text', line: 1, evidence: '' }, language: article.language } }));

  it('names the source file and lists removed lines with their line numbers and reasons, collapsed', () => {
    expect(html).toContain('001_x.txt');
    expect(html).toMatch(/<details[^>]*><summary[^>]*>Removed as boilerplate \(2 lines\)/);
    expect(html).toContain('line 4');
    expect(html).toContain('photo credit');
    expect(html).toContain('exchange-rate ticker');
  });

  it('marks a removed line with the language recorded at compile, and leaves a line without one to the page', () => {
    expect(html).toContain('<q lang="ru"');
    expect(html).toMatch(/<q class="break-words">• \$ 87\.25/);
  });

  it('shows editor’s notes and links a recovered story to its parent', () => {
    expect(html).toContain('Checked against the print edition.');
    expect(html).toMatch(/<a[^>]*href="\/articles\/the-parent\/"[^>]*>The parent story<\/a>/);
  });
});
