import { describe, expect, it } from 'vitest';
import { compileText } from '../../support/compile-text';
import { lineOverMeta } from '@/lib/content/extract/fallback-headline';
import { normaliseText, toLines } from '@/lib/content/source/normalise';
import { segmentLines } from '@/lib/content/segment/segment';
import { stopwordsFor } from '@/lib/content/segment/line-evidence';

const title = (text: string) => compileText(text).articles[0]?.title;

const BODY_IT =
  'La Marina Militare ha ricevuto oggi nel porto di La Spezia la prima delle due nuove fregate ordinate nel 2022.\n\nLa nave entrerà in servizio entro la fine dell\'anno dopo un ciclo di prove in mare.';

describe('a short headline over the date (lineOverMeta)', () => {
  it('takes a two-word headline glued under a menu of one-word items, straight above the date', () => {
    const got = title(`Home\nCronaca\nPolitica\nEsteri\nDifesa\nNuove fregate\n12 marzo 2026\n\n${BODY_IT}`);
    expect(got).toMatchObject({ value: 'Nuove fregate', source: 'text' });
  });

  it('takes a three-word headline in a caseless script over an unread time widget, a breadcrumb aside', () => {
    const body = 'وصلت إلى القاعدة الجوية اليوم أربع طائرات نقل جديدة ضمن صفقة وقعت العام الماضي.\n\nوقال قائد القاعدة إن الطائرات ستدخل الخدمة بعد تدريب الطواقم.';
    const got = title(`الرئيسية\nأخبار محلية\nالرئيسية / أخبار محلية\nوصول طائرات جديدة\nمنذ ساعتين\nالأحد 15 مارس 2026\n\n${body}`);
    expect(got).toMatchObject({ value: 'وصول طائرات جديدة', source: 'text' });
  });

  it('derives a title when two lines of the run over the date are equally long (no line says the most)', () => {
    const got = title(`Home\nUltime notizie\nPrima pagina\n12 marzo 2026\n\n${BODY_IT}`);
    expect(got?.source).toBe('derived');
  });

  it('derives a title when the longest line over the date is printed twice on the page (a section name)', () => {
    const got = title(`Home\nDifesa\nUltime notizie\n12 marzo 2026\n\n${BODY_IT}\n\nUltime notizie`);
    expect(got?.source).toBe('derived');
  });

  it('takes a two-word headline straight above the text when no date stands between', () => {
    const got = title(`Home\nCronaca\nDifesa\nNuove fregate\n\n${BODY_IT}`);
    expect(got).toMatchObject({ value: 'Nuove fregate', source: 'text' });
  });

  it('takes it over a date line the date reader does not know', () => {
    const got = title(`Home\nCronaca\nDifesa\nNuove fregate\n12 Zorbember 2026\n\n${BODY_IT}`);
    expect(got).toMatchObject({ value: 'Nuove fregate', source: 'text' });
  });

  it('passes over a longest line that is a label of function words', () => {
    const header = segmentLines(toLines(normaliseText('Главная\nЛента\nМир\nОб этом же в других СМИ')));
    const lines = header.map((b) => b.text);
    expect(lineOverMeta(header, lines, stopwordsFor('ru'))).toBeNull();
    const phrase = segmentLines(toLines(normaliseText('Главная\nЛента\nМир\nУчения у западной границы')));
    expect(lineOverMeta(phrase, phrase.map((b) => b.text), stopwordsFor('ru'))?.text).toBe('Учения у западной границы');
  });
});


describe('a short headline over the lead printed above the byline (sentenceOverMeta)', () => {
  const BODY = [
    'The terminal will replace the old wooden pier, which has been closed to heavy vehicles since a storm damaged its supports two winters ago.',
    'Work is expected to begin in the spring and to last about eighteen months, according to the authority’s chief engineer.',
  ].join('\n');
  const LEAD = 'The harbour authority approved plans for a new terminal on the north side of the island on Tuesday.';

  it('takes the short headline glued above the lead, not the lead', () => {
    expect(title(`Coast Daily\nHome\nNews\nSport\nWeather\nFerry terminal approved\n${LEAD}\nBy Jane Porter\n12 March 2024\n${BODY}`)?.value).toBe('Ferry terminal approved');
    expect(title(`Coast Daily\nHome\nNews\nSport\nWeather\nFerry terminal approved\n${LEAD}\n12 March 2024\n${BODY}`)?.value).toBe('Ferry terminal approved');
  });

  it('still takes a headline printed as a sentence when only a menu stands above it', () => {
    expect(title(`Home\nNews\nSport\n${LEAD}\nBy Jane Porter\n12 March 2024\n${BODY}`)?.value).toBe(LEAD);
  });
});
