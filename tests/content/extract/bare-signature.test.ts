import { describe, expect, it } from 'vitest';
import { markBareSignature } from '@/lib/content/extract/bare-signature';
import type { Block } from '@/lib/content/segment/segment';
import { compileArticle } from '../../support/compile-text';

/** The author the lines compile to; a rejected page fails the test here. */
function authorOf(lines: string[]): string | null {
  const article = compileArticle(lines.join('\n'));
  if (article === undefined) throw new Error('the page was rejected');
  return article.author?.value ?? null;
}

const head = ['Kraj', 'Świat', 'Rada miasta zatwierdziła budowę nowej biblioteki', '03.04.2024 08:30'];
const story = [
  'Rada miasta we wtorek zatwierdziła budowę nowej biblioteki na osiedlu przy parku.',
  'Mieszkańcy od lat czekali na miejsce, w którym dzieci mogłyby odrabiać lekcje po szkole.',
  'Budowa ma ruszyć jesienią i potrwać około dwóch lat, jeśli przetarg zakończy się na czas.',
];

describe('a bare name alone under the story', () => {
  it('is the writer when furniture follows it', () => {
    expect(authorOf([...head, ...story, 'Anna Zielińska', 'Udostępnij', 'Tagi: biblioteka, rada miasta'])).toBe('Anna Zielińska');
  });

  it('is the writer over a short button that is no name', () => {
    expect(authorOf([...head, ...story, 'Anna Zielińska', 'Drukuj'])).toBe('Anna Zielińska');
  });

  it('is not read when it ends the page (a last button has the same shape)', () => {
    expect(authorOf([...head, ...story, 'Anna Zielińska'])).toBeNull();
  });

  it('is the writer over a related-stories block the page cut off first', () => {
    expect(authorOf([...head, ...story, 'Anna Zielińska', 'Czytaj Także', 'Festiwal w parku potrwa w tym roku dłużej'])).toBe('Anna Zielińska');
  });

  it('is not read when another name follows (a list of tags or people)', () => {
    expect(authorOf([...head, ...story, 'Anna Zielińska', 'Piotr Wiśniewski', 'Udostępnij'])).toBeNull();
  });

  it('is not read over a line of four words or more (a short teaser headline over the next one)', () => {
    expect(authorOf([...head, ...story, 'Nowy Dworzec Otwarty', 'Festiwal w parku potrwa w tym roku dłużej', 'Udostępnij'])).toBeNull();
  });

  it('is not read over running text (a reader under their name, or a bio)', () => {
    const comment = 'Bardzo dobra wiadomość dla całej dzielnicy, czekamy na otwarcie.';
    expect(authorOf([...head, ...story, 'Anna Zielińska', comment, 'Udostępnij'])).toBeNull();
  });

  it('is not read when the page prints it elsewhere (a menu entry, the outlet, a copyright line)', () => {
    expect(authorOf(['Gazeta Miejska', ...head, ...story, 'Gazeta Miejska', 'Udostępnij'])).toBeNull();
    expect(authorOf([...head, ...story, 'Gazeta Miejska', 'Udostępnij', '© 2024 Gazeta Miejska'])).toBeNull();
  });

  it('is not read when the story names its surname (a tag naming the story’s person)', () => {
    const named = [...story.slice(0, 2), 'Prezydent miasta Jan Kowalski powiedział, że przetarg ruszy wkrótce.'];
    expect(authorOf([...head, ...named, 'Jan Kowalski', 'Udostępnij'])).toBeNull();
  });

  it('is not read under a last paragraph that ends no sentence (a caption, a list)', () => {
    const open = [...story.slice(0, 2), 'Budowa ma ruszyć jesienią i potrwać około dwóch lat, jeśli przetarg zakończy się na czas']; // no full stop
    expect(authorOf([...head, ...open, 'Anna Zielińska', 'Udostępnij'])).toBeNull();
  });

  it('is not read in capitals (a section label)', () => {
    expect(authorOf([...head, ...story, 'ANNA ZIELIŃSKA', 'Udostępnij'])).toBeNull();
  });

  it('gives way to a byline above', () => {
    const withByline = [...head.slice(0, 3), 'Autor: Marek Nowak', head[3]!, ...story, 'Anna Zielińska', 'Udostępnij'];
    expect(authorOf(withByline)).toBe('Marek Nowak');
  });
});

/** The footer's blocks, one line each, numbered from 20. */
const footerOf = (lines: string[]): Block[] => lines.map((text, i) => ({ text, line: 20 + i, lines: [{ n: 20 + i, text }], mark: null }));
const storyTexts = [head[2]!, ...story];
/** The name markBareSignature signs under `storyLines`, with `pageLines` as the page's other lines; null when none. */
function signed(footer: string[], storyLines: string[] = storyTexts, pageLines: string[] = [], cutBelow = false): string | null {
  const first = markBareSignature(footerOf(footer), { story: storyLines, lines: [...pageLines, ...storyLines, ...footer], language: 'pl', cutBelow })[0];
  return first?.mark?.kind === 'byline' ? first.mark.byline.author : null;
}

describe('markBareSignature', () => {
  it('signs the footer’s first line with the name over a button', () => {
    expect(signed(['Anna Zielińska', 'Drukuj'])).toBe('Anna Zielińska');
  });

  it('signs over a heading in title case that holds a function or desk word (no next name of a list)', () => {
    expect(signed(['Anna Zielińska', 'Czytaj Także'])).toBe('Anna Zielińska');
    expect(signed(['Anna Zielińska', 'Piotr Także'])).toBe('Anna Zielińska');
    expect(signed(['Anna Zielińska', 'Piotr Nowak'])).toBeNull();
  });

  it('signs the footer’s last line only when a related-stories block was cut off below it', () => {
    expect(signed(['Anna Zielińska'])).toBeNull();
    expect(signed(['Anna Zielińska'], storyTexts, [], true)).toBe('Anna Zielińska');
  });

  it('does not sign over running text (a reader’s comment under their name)', () => {
    expect(signed(['Anna Zielińska', 'Bardzo dobra wiadomość dla całej dzielnicy, czekamy na otwarcie.'])).toBeNull();
    expect(signed(['Anna Zielińska', 'Odpowiedź: to dobra wiadomość.'])).toBeNull();
  });

  it('does not sign a name the page prints on another line too (a menu entry, an author page link)', () => {
    expect(signed(['Anna Zielińska', 'Drukuj'], storyTexts, ['Felietony', 'Anna Zielińska'])).toBeNull();
    expect(signed(['Anna Zielińska', 'Drukuj'], storyTexts, ['Więcej tekstów: Anna Zielińska'])).toBeNull();
  });

  it('does not sign a name whose surname the story writes (a tag naming one of its people)', () => {
    const named = [...storyTexts.slice(0, 3), 'Według Zielińskiej budowa ruszy jesienią, o ile przetarg się uda.'];
    expect(signed(['Anna Zielińska', 'Drukuj'], named)).toBeNull();
  });

  it('does not take a short surname for the start of another word (“Martín” in “martes”), but reads its inflections', () => {
    const weekday = [...storyTexts.slice(0, 3), 'Pleno se reunió el martes para votar el presupuesto.'];
    expect(signed(['Pedro Martín', 'Drukuj'], weekday)).toBe('Pedro Martín');
    const inflected = [...storyTexts.slice(0, 3), 'Zdaniem Nowaka budowa ruszy jesienią.'];
    expect(signed(['Jan Nowak', 'Drukuj'], inflected)).toBeNull();
  });

  it('does not sign under a last block that ends no sentence (a caption or a list item over a photographer)', () => {
    expect(signed(['Anna Zielińska', 'Drukuj'], [...storyTexts.slice(0, 3), 'Plac budowy przy parku'])).toBeNull();
  });

  it('does not sign a line the rules already marked', () => {
    const footer = footerOf(['Anna Zielińska', 'Drukuj']);
    const dated: Block[] = [{ ...footer[0]!, mark: { kind: 'furniture', reason: 'navigation' } }, footer[1]!];
    expect(markBareSignature(dated, { story: storyTexts, lines: [], language: 'pl' })[0]?.mark?.kind).toBe('furniture');
  });
});

describe('a signature under the story over its own address', () => {
  it('takes a name over the writer\'s own mail address, with nothing under it', () => {
    expect(authorOf([...head, ...story, 'Anna Zielińska', 'anna.zielinska@gazeta-miejska.pl'])).toBe('Anna Zielińska');
  });

  it('does not take a name over an address that spells someone else', () => {
    expect(authorOf([...head, ...story, 'Anna Zielińska', 'redakcja@gazeta-miejska.pl'])).toBeNull();
  });

  it('does not take a name over its address when the story names the same surname', () => {
    const named = [...story.slice(0, 2), 'Radna Anna Zielińska zapowiedziała, że budowa ruszy jesienią tego roku.'];
    expect(authorOf([...head, ...named, 'Anna Zielińska', 'anna.zielinska@gazeta-miejska.pl'])).toBeNull();
  });
});

describe('a bare name with a short surname under the story', () => {
  const page = (surnameInStory: boolean) => [
    'Trang chủ', 'Thời sự',
    'Thành phố mở thêm ba tuyến xe buýt nối khu công nghiệp',
    '14/03/2024 10:15',
    'Thành phố vừa mở thêm ba tuyến xe buýt nối trung tâm với các khu công nghiệp phía nam.',
    'Mỗi tuyến chạy từ năm giờ sáng đến mười giờ tối, giá vé không thay đổi so với trước.',
    surnameInStory ? 'Ông Hà cho biết sẽ đánh giá lại lượng khách sau ba tháng vận hành.' : 'Sở giao thông cho biết sẽ đánh giá lại lượng khách sau ba tháng vận hành.',
    'Nguyễn Thu Hà',
    'Chia sẻ',
  ];

  it('is the writer though a longer word of the story opens with the surname ("hành" after "Hà")', () => {
    expect(authorOf(page(false))).toBe('Nguyễn Thu Hà');
  });

  it('is no writer when the story names the surname whole', () => {
    expect(authorOf(page(true))).toBeNull();
  });
});
