import { describe, expect, it } from 'vitest';
import { bodyTexts, compileArticle } from '../../support/compile-text';

const TICKER = ['SON DAKİKA', 'Başkentte trafik düzenlemesi yarın başlıyor', 'Merkez Bankası faiz kararını açıkladı'];
const HEADLINE = "Deniz Kuvvetleri'ne iki yeni korvet teslim edildi";
const CAPTION = "Korvetlerin teslim töreni İstanbul'daki tersanede yapıldı.";
const TEXT = [
  "Deniz Kuvvetleri Komutanlığı'na iki yeni korvet dün düzenlenen törenle teslim edildi.",
  '',
  'Gemiler yerli firmaların ürettiği sistemlerle donatıldı.',
  '',
  'Üçüncü geminin gelecek yıl teslim edilmesi bekleniyor.',
];

describe('a photo caption between the headline and the text (textUnderCaption)', () => {
  it('leaves the caption glued over its credit, with the date under them, out of the story', () => {
    const lines = [...TICKER, HEADLINE, CAPTION, 'Foto: AA', '16.03.2026', '', ...TEXT];
    expect(bodyTexts(lines)[0]).toBe(TEXT[0]);
    expect(bodyTexts(lines)).not.toContain(CAPTION);
    expect(compileArticle(lines.join('\n'))?.title.value).toBe(HEADLINE);
  });

  it('keeps a one-line lead over a photo credit when no date or byline follows the credit', () => {
    const lines = [...TICKER, HEADLINE, '', CAPTION, 'Foto: AA', '', ...TEXT];
    expect(bodyTexts(lines)[0]).toBe(CAPTION);
  });

  it('keeps the first line when no line above it could be the headline', () => {
    const lines = ['Gündem', CAPTION, 'Foto: AA', '16.03.2026', '', ...TEXT];
    expect(bodyTexts(lines)[0]).toBe(CAPTION);
  });
});

describe('a headline the lead repeats (asidesOf)', () => {
  const lead = 'Marinha recebe o quarto submarino da nova classe, construído no estaleiro de Itaguaí, e prevê que ele entre em operação em 2027.';
  const rest = ['', 'A cerimônia reuniu o ministro da Defesa e o comandante da Marinha.', '', 'O programa prevê ainda um submarino de propulsão nuclear.'];
  const top = ['Últimas notícias', 'Governo anuncia novo pacote para a indústria'];
  const headline = 'Marinha recebe o quarto submarino da nova classe';

  it('is the headline when the page prints it twice (title and h1), not a teaser of the lead', () => {
    const got = compileArticle([...top, headline, headline, '17/03/2026 09h30', lead, ...rest].join('\n'));
    expect(got?.title.value).toBe(headline);
  });

  it('is still set aside as a teaser when printed once under a headline of its own', () => {
    const got = compileArticle(['Notícias', 'Submarino novo entra no mar em Itaguaí', headline, '17/03/2026 09h30', lead, ...rest].join('\n'));
    expect(got?.title.value).toBe('Submarino novo entra no mar em Itaguaí');
  });
});
