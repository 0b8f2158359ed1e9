import { describe, expect, it } from 'vitest';
import { hostRedirects, nginxRedirectMap } from '@/lib/redirect-files';

const REDIRECTS = [
  { from: 'old-headline', to: 'corrected-headline' },
  { from: 'a-first-draft', to: 'corrected-headline' },
];

const entries = (text: string) => text.split('\n').filter((l) => l && !l.startsWith('#'));

describe('redirect files for previous slugs', () => {
  it('lists every old story URL, with and without its slash, for nginx', () => {
    expect(entries(nginxRedirectMap(REDIRECTS))).toEqual([
      '"/articles/a-first-draft/" "/articles/corrected-headline/";',
      '"/articles/a-first-draft" "/articles/corrected-headline/";',
      '"/articles/old-headline/" "/articles/corrected-headline/";',
      '"/articles/old-headline" "/articles/corrected-headline/";',
    ]);
  });

  it('writes _redirects lines as source, destination and 301', () => {
    expect(entries(hostRedirects(REDIRECTS))).toEqual([
      '/articles/a-first-draft/ /articles/corrected-headline/ 301',
      '/articles/a-first-draft /articles/corrected-headline/ 301',
      '/articles/old-headline/ /articles/corrected-headline/ 301',
      '/articles/old-headline /articles/corrected-headline/ 301',
    ]);
  });

  it('lists the moved list pages after the stories, each old URL with and without its slash, keeping a section', () => {
    const moved = [
      { from: '/timeline/stilet/', to: '/tags/stilet/' },
      { from: '/events/page/2/', to: '/events/2005/' },
      { from: '/events/stilet/page/2/', to: '/tags/stilet/page/3/#events' },
    ];
    expect(entries(nginxRedirectMap(REDIRECTS.slice(0, 1), moved))).toEqual([
      '"/articles/old-headline/" "/articles/corrected-headline/";',
      '"/articles/old-headline" "/articles/corrected-headline/";',
      '"/timeline/stilet/" "/tags/stilet/";',
      '"/timeline/stilet" "/tags/stilet/";',
      '"/events/page/2/" "/events/2005/";',
      '"/events/page/2" "/events/2005/";',
      '"/events/stilet/page/2/" "/tags/stilet/page/3/#events";',
      '"/events/stilet/page/2" "/tags/stilet/page/3/#events";',
    ]);
    expect(entries(hostRedirects([], moved.slice(1, 2)))).toEqual(['/events/page/2/ /events/2005/ 301', '/events/page/2 /events/2005/ 301']);
  });

  it('gives valid empty files when no story changed its slug', () => {
    expect(entries(nginxRedirectMap([]))).toEqual([]);
    expect(entries(hostRedirects([]))).toEqual([]);
    expect(nginxRedirectMap([]).endsWith('\n')).toBe(true);
  });

  it('refuses a path nginx would read as syntax or a variable, instead of writing a broken map', () => {
    expect(() => nginxRedirectMap([{ from: 'a"b;c', to: 'fine' }])).toThrow(/nginx/);
    expect(() => nginxRedirectMap([{ from: 'fine', to: 'd$e' }])).toThrow(/nginx/);
  });
});
