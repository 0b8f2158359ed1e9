import { describe, expect, it } from 'vitest';
import { compileArticle } from '../../support/compile-text';

/** A made-up page: a title line with the site, a menu, the story, a © line. */
const page = [
  'Fabrika zvyšuje výrobu nákladních vozů – Ranní Kurýr',
  'Zprávy',
  'Domov',
  'Svět',
  'Fabrika zvyšuje výrobu nákladních vozů',
  'Autor: Jan Novák',
  'Závod v Minsku letos vyrobí více těžkých podvozků než kdykoli předtím, uvedlo vedení podniku.',
  'Většina výroby poputuje do Ruska, část zakázek však přišla také z Číny a ze Srbska.',
  'Zprávy',
  'Svět',
  '© 2021 Ranní Kurýr, a.s.',
].join('\n');

describe('the outlet and author a page states about itself', () => {
  it('names the outlet from its title and © lines, with both as evidence, and the author from the byline', () => {
    const article = compileArticle(page);
    expect(article?.outlet).toEqual({
      value: 'Ranní Kurýr',
      source: 'text',
      line: 1,
      evidence: 'title line on line 1: “Fabrika zvyšuje výrobu nákladních vozů – Ranní Kurýr”; copyright line on line 11: “© 2021 Ranní Kurýr, a.s.”',
    });
    expect(article?.author).toEqual({ value: 'Jan Novák', source: 'text', line: 6, evidence: 'byline on line 6' });
  });

  it('takes no menu phrase as the author', () => {
    const article = compileArticle(page.replace('Autor: Jan Novák', 'Autor: Všechny Zprávy'));
    expect(article?.author ?? null).toBeNull();
  });

  it('splits a glued masthead, section and headline and still finds the headline', () => {
    const glued = page.replace('Fabrika zvyšuje výrobu nákladních vozů\nAutor', 'Ranní KurýrSvět Fabrika zvyšuje výrobu nákladních vozů\nAutor');
    const article = compileArticle(glued);
    expect(article?.title.value).toBe('Fabrika zvyšuje výrobu nákladních vozů');
    expect(article?.outlet?.value).toBe('Ranní Kurýr');
  });
});
