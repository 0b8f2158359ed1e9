import { describe, expect, it } from 'vitest';
import { compileArticle } from '../../support/compile-text';

const compile = (text: string) => compileArticle(text)!;
const BODY_PL =
  'Ministerstwo obrony poinformowało we wtorek o rozpoczęciu ćwiczeń przy zachodniej granicy. Jednostki pozostaną na poligonach dwa tygodnie.\n\nWedług oficerów ćwiczenia planowano od dawna i nie są skierowane przeciwko sąsiadom.';

describe('header facts in any language and position', () => {
  it('never takes the site’s “today” widget for the publication date', () => {
    const got = compile(`Wtorek, 12 marca\nStrona główna\nKraj\nŚwiat\nĆwiczenia wojskowe przy zachodniej granicy\n\n${BODY_PL}`);
    expect(got.datePublished.source).toBe('none');
    expect(got.removed.find((r) => r.line === 1)?.reason).toBe('date-widget');
  });

  it('reads the date and the author out of one byline line, and keeps the date out of the body', () => {
    const got = compile(`Ćwiczenia wojskowe przy zachodniej granicy\nAnna Nowak 12.03.2019, 10:15\n\n${BODY_PL}`);
    expect(got.datePublished).toMatchObject({ value: '2019-03-12', precision: 'day', source: 'dateline' });
    expect(got.author?.value).toBe('Anna Nowak');
    expect(got.body.map((b) => b.text).join('\n')).not.toContain('Anna Nowak');
  });

  it('takes a labelled byline below the headline and removes a relative time, a counter and a caption', () => {
    const got = compile(
      `Навчання біля західного кордону\n2 години тому\n👁 1 204\nАвтор: Андрій Мельник\n\nМіністерство оборони повідомило про початок навчань біля західного кордону. Підрозділи залишаться на полігонах два тижні.\nФото: прес-служба міністерства\nВійськові на полігоні під Житомиром\nЗа словами офіцерів, навчання планували давно, і вони не спрямовані проти сусідів.`,
    );
    expect(got.author?.value).toBe('Андрій Мельник');
    const reasons = Object.fromEntries(got.removed.map((r) => [r.text, r.reason]));
    expect(reasons).toMatchObject({ '2 години тому': 'relative-time', '👁 1 204': 'counter', 'Військові на полігоні під Житомиром': 'caption' });
    expect(got.body.filter((b) => b.kind === 'paragraph')).toHaveLength(2);
  });
});
