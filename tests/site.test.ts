import { describe, expect, it } from 'vitest';
import { DEFAULT_SITE_URL, absoluteUrl, siteUrl } from '@/lib/site';

describe('siteUrl', () => {
  it('falls back to the local default when SITE_URL is unset or blank', () => {
    expect(siteUrl({})).toBe(DEFAULT_SITE_URL);
    expect(siteUrl({ SITE_URL: '  ' })).toBe(DEFAULT_SITE_URL);
  });

  it('normalises a configured origin and drops a trailing slash', () => {
    expect(siteUrl({ SITE_URL: 'https://Archive.Example.org/' })).toBe('https://archive.example.org');
  });

  it('rejects a URL with a path, because the export is built for the root of its host', () => {
    expect(() => siteUrl({ SITE_URL: 'https://example.org/archive' })).toThrow(/origin only/);
  });

  it('rejects something that is not an http(s) URL', () => {
    expect(() => siteUrl({ SITE_URL: 'archive.example.org' })).toThrow(/SITE_URL/);
    expect(() => siteUrl({ SITE_URL: 'ftp://example.org' })).toThrow(/SITE_URL/);
  });

  it('follows a changed setting from one call to the next, and a bad one still throws after a good one', () => {
    expect(siteUrl({ SITE_URL: 'https://a.example' })).toBe('https://a.example');
    expect(siteUrl({ SITE_URL: 'https://a.example' })).toBe('https://a.example');
    expect(siteUrl({ SITE_URL: 'https://B.example/' })).toBe('https://b.example');
    expect(() => siteUrl({ SITE_URL: 'https://b.example/path' })).toThrow(/origin only/);
    expect(siteUrl({})).toBe(DEFAULT_SITE_URL);
    expect(siteUrl({ SITE_URL: 'https://a.example' })).toBe('https://a.example');
  });
});

describe('absoluteUrl', () => {
  it('joins a site path onto the origin', () => {
    expect(absoluteUrl('/articles/x/', 'https://a.example')).toBe('https://a.example/articles/x/');
  });

  it('refuses a relative path so a forgotten slash cannot produce a wrong host', () => {
    expect(() => absoluteUrl('articles/x/', 'https://a.example')).toThrow();
  });
});
