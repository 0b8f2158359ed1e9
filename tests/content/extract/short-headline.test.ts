import { describe, expect, it } from 'vitest';
import { compileText } from '../../support/compile-text';

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

  it('derives a title when no date or byline stands between the run and the text', () => {
    const got = title(`Home\nDifesa\nUltime notizie\n\n${BODY_IT}`);
    expect(got?.source).toBe('derived');
  });
});

