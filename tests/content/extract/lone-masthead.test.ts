/**
 * The lone masthead: a name of two to four capitalised words alone on the page's first line, read as the
 * outlet, and the first lines of the same length that are not one (a home link, a menu run on one line, a
 * skip link, a shouted label, a phrase in lower case, a single section word). Pages and names are made up.
 */
import { describe, expect, it } from 'vitest';
import { sourceLines } from '../../support/compile-text';
import { nameStopwords } from '@/lib/content/extract/name-shape';
import { loneFirstLineMastheadFind } from '@/lib/content/extract/outlet-first-line';
import { chooseOutlet } from '@/lib/content/extract/infer-outlet';
import { outletFinds } from '@/lib/content/extract/outlet-lines';

const line = (text: string) => ({ n: 1, text });
const lone = (text: string, language: string) => loneFirstLineMastheadFind(line(text), nameStopwords(language))?.value ?? null;

describe('a name alone on the first line', () => {
  it.each([
    ['Gazeta do Vale', 'pt'],
    ['Corriere della Valle', 'it'],
    ['Nordkustens Dagblad', 'sv'],
    ['Dunărea Liberă', 'ro'],
    ['Karadeniz Postası', 'tr'],
    ['Jihočeský Deník', 'cs'],
    ['Il Quotidiano del Sud', 'it'],
    ['Naidheachdan na Mara', 'gd'],
    ['Papur y Cwm', 'cy'],
    ['Jounal la Kote', 'en'],
  ])('reads “%s” as a masthead', (name, language) => {
    expect(lone(name, language)).toBe(name);
  });

  it.each([
    ['Ana Sayfa', 'tr', 'a home link'],
    ['Strona główna', 'pl', 'a phrase running on in lower case'],
    ['Home Cronaca Politica', 'it', 'a menu opening with the home link'],
    ['Wiadomości Polska Świat Biznes', 'pl', 'four words: a menu on one line'],
    ['Domů Zprávy Komentáře Kultura', 'cs', 'four words opening with a stopword, no joining word inside'],
    ['Direkt zum Inhalt', 'de', 'a skip link'],
    ['Hoppa till innehåll', 'sv', 'a skip link'],
    ['IN EVIDENZA', 'it', 'a label shouted in capitals'],
    ['Politica', 'it', 'a single word'],
    ['Connect with us', 'en', 'a phrase ending in a stopword'],
    ['Nuacht na', 'gd', 'a short lower-case word last: no particle joins two words there'],
    ['Marți, 5 martie', 'ro', 'a date'],
    ['Notizie di Oggi.', 'it', 'a sentence'],
    ['الأخبار اليومية', 'ar', 'a script without letter case'],
  ])('does not read “%s” (%s: %s)', (text, language) => {
    expect(lone(text, language)).toBeNull();
  });
});

describe('the lone masthead as the page outlet', () => {
  const story = [
    'Marinha recebe o primeiro navio-patrulha da nova série',
    'O navio foi entregue ontem no estaleiro e deve iniciar as provas de mar na próxima semana.',
    'Segundo o comandante, a tripulação já concluiu o treino em terra durante o verão.',
  ].join('\n');

  it('names the outlet when it stands alone on line 1, only there', () => {
    // A section word between it and the headline (line 3): right over the headline it would need a second find.
    const finds = outletFinds(sourceLines(`Gazeta do Vale\nDefesa\n${story}`), nameStopwords('pt'));
    expect(chooseOutlet(finds, null, 3)?.value).toBe('Gazeta do Vale');
    const lower = outletFinds(sourceLines(`Defesa\n${story}\nGazeta do Vale`), nameStopwords('pt'));
    expect(chooseOutlet(lower, null, 2)).toBeNull();
  });

  it('gives way to the headline when the first line is the headline', () => {
    const finds = outletFinds(sourceLines(`Navio Novo Chega\n${story}`), nameStopwords('pt'));
    expect(chooseOutlet(finds, null, 1)).toBeNull();
  });
});

describe('a lone name right over the headline: a section label’s place', () => {
  const headline = 'Council approves new cycle lanes on the high street';
  const story = [
    'The council approved plans on Monday for two new cycle lanes along the high street.',
    'Work is due to start in March and should take about six weeks.',
    'Shop owners asked the council to keep deliveries possible during the works.',
  ].join('\n');
  const en = nameStopwords('en');

  it('is no outlet alone: a kicker over the headline has the same shape', () => {
    const finds = outletFinds(sourceLines(`Local News\n${headline}\nPublished 05/03/2024\n${story}`), en);
    expect(chooseOutlet(finds, null, 2)).toBeNull();
    // Blank lines between them change nothing: the headline is still the next line with text.
    const spaced = outletFinds(sourceLines(`Local News\n\n${headline}\n\n${story}`), en);
    expect(chooseOutlet(spaced, null, 3)).toBeNull();
  });

  it('names the outlet when a section word or a menu stands between it and the headline', () => {
    const finds = outletFinds(sourceLines(`Harbour Gazette\nTransport\n${headline}\n${story}`), en);
    expect(chooseOutlet(finds, null, 3)?.value).toBe('Harbour Gazette');
  });

  it('is no outlet over a menu when the page uses it as a section: a breadcrumb’s crumb, a phrase in lower case', () => {
    const crumb = outletFinds(sourceLines(`Local News\nHome › Local News\nSport\n${headline}\n${story}`), en);
    expect(chooseOutlet(crumb, null, 4)).toBeNull();
    const phrase = outletFinds(sourceLines(`Local News\nTransport\nSport\n${headline}\n${story}\nGet more local news every morning`), en);
    expect(chooseOutlet(phrase, null, 4)).toBeNull();
    // A site's name may open the breadcrumb in the home link's place.
    const site = outletFinds(sourceLines(`Harbour Gazette\nHarbour Gazette › Transport\nSport\n${headline}\n${story}`), en);
    expect(chooseOutlet(site, null, 4)?.value).toBe('Harbour Gazette');
  });

  it('names the outlet over the headline when another find agrees', () => {
    const finds = outletFinds(sourceLines(`Harbour Gazette\n${headline}\n${story}\nSend your news to desk@harbourgazette.co.uk today`), en);
    expect(chooseOutlet(finds, null, 2)?.value).toBe('Harbour Gazette');
  });

  it('still names the outlet when the story has no headline line to stand over', () => {
    const finds = outletFinds(sourceLines(`Harbour Gazette\n${story}`), en);
    expect(chooseOutlet(finds, null, null)?.value).toBe('Harbour Gazette');
  });
});
