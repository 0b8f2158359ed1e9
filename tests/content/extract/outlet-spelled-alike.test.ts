/**
 * A top line's name that the page's address spells in a Latin transliteration of its own (outlet-address.ts
 * spellsAlike), and one that stands after a separator ("World – Harbour Ledger"): outlet-masthead.ts reads both.
 * Pages and names are made up.
 */
import { describe, expect, it } from 'vitest';
import { sourceLines } from '../../support/compile-text';
import { PIER_PAGE } from '../../support/pier-page';
import { nameStopwords } from '@/lib/content/extract/name-shape';
import { outletFinds } from '@/lib/content/extract/outlet-lines';
import { chooseOutlet } from '@/lib/content/extract/infer-outlet';
import { spellsAlike } from '@/lib/content/extract/outlet-address';

const outlet = (lines: string[], language: string) => chooseOutlet(outletFinds(sourceLines(lines.join('\n')), nameStopwords(language)), null)?.value ?? null;

const RU = [
  'Совет проголосовал за восстановление старого причала',
  '5 декабря 2026',
  'Городской совет в четверг проголосовал за восстановление старого причала, закрытого после шторма.',
  'Работы обойдутся примерно в четыре миллиона рублей и начнутся весной, сообщили в совете.',
  'Первые суда смогут причалить там летом 2028 года.',
  'Поделиться',
];
const EN = PIER_PAGE;

describe('a name and an address spelled alike', () => {
  it.each([
    ['severnyvestnik.ru', 'Северный вестник'],
    ['chrdilotismacne.ge', 'ჩრდილოეთის მაცნე'],
    ['kommersant.ru', 'Коммерсантъ'],
  ])('agree by a transliteration’s letters: %s and %s', (domain, name) => {
    expect(spellsAlike(domain, name)).toBe(true);
  });

  it.each([
    ['a Latin name one letter off (its own spelling, not a transliteration)', 'harborledger.com', 'Harbour Ledger'],
    ['another name with the same consonants in part', 'severnyvestnik.ru', 'Северный'],
    ['a short skeleton', 'nova.ru', 'Нива'],
  ])('do not agree for %s', (_, domain, name) => {
    expect(spellsAlike(domain, name)).toBe(false);
  });

  it('makes a top line in sentence case with its tagline the masthead when the page’s e-mail address spells it transliterated', () => {
    expect(outlet(['Северный вестник – новости побережья', ...RU, 'Пишите нам: redakciya@severnyvestnik.ru'], 'ru')).toBe('Северный вестник');
    expect(outlet(['Северный вестник – новости побережья', ...RU, 'Пишите нам: redakciya@yuzhnyvestnik.ru'], 'ru')).toBeNull();
  });

  it('reads the site’s name after a separator of the top line when the page’s address spells it', () => {
    expect(outlet(['World – Harbour Ledger', ...EN, 'desk@harbourledger.example'], 'en')).toBe('Harbour Ledger');
    expect(outlet(['World – Harbour Ledger', ...EN], 'en')).toBeNull();
  });
});
