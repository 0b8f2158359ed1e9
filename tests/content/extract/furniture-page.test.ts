import { describe, expect, it } from 'vitest';
import { compileText } from '../../support/compile-text';

const compile = compileText;

describe('a scrape of nothing but furniture is rejected with its reason', () => {
  it('rejects a menu page', () => {
    const { articles, errors } = compile('Home\nWorld\nEurope\nBelarus\nUkraine\nSport\nContact\nAbout us\nPrivacy policy');
    expect(articles).toEqual([]);
    expect(errors[0]?.kind).toBe('empty');
    expect(errors[0]?.message).toMatch(/furniture/);
  });

  it('rejects a list of teasers: headline, one-line summary, headline…', () => {
    const teasers = [
      ['Armee übt an der Westgrenze', 'Die Truppen bleiben zwei Wochen auf den Übungsplätzen in der Region.'],
      ['Neue Lastwagen für die Streitkräfte', 'Das Werk in Minsk liefert die ersten zwanzig Fahrzeuge bis zum Sommer aus.'],
      ['Grenzschutz wird verstärkt', 'Die Regierung schickt zusätzliche Einheiten an die Grenze zu den Nachbarn.'],
      ['Manöver mit Verbündeten geplant', 'Im Herbst sollen gemeinsame Übungen mit ausländischen Truppen beginnen.'],
    ];
    const { articles, errors } = compile(teasers.map(([h, s]) => `${h}\n${s}`).join('\n\n'));
    expect(articles).toEqual([]);
    expect(errors[0]?.message).toMatch(/a list of \d+ headlines with one-line teasers/);
  });

  it('publishes a story with section headings, whose text runs on', () => {
    const text = [
      'Минск усиливает армию',
      'Министерство обороны объявило о закупке новой техники. Первые машины поступят летом.',
      'Новые грузовики',
      'Завод в Минске выпустит двадцать машин до конца года. Их передадут мотострелковым частям.',
      'Учения у границы',
      'Войска проведут учения у западной границы в сентябре. Наблюдателей пригласят заранее.',
      'Планы на будущее',
      'Командование рассчитывает обновить парк техники за пять лет, сообщили в ведомстве.',
    ].join('\n\n');
    const { articles } = compile(text);
    expect(articles).toHaveLength(1);
    expect(articles[0]?.body.filter((b) => b.kind === 'heading')).toHaveLength(3);
  });
});
