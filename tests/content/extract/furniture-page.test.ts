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

  it('rejects a list of teasers whose summaries are cut off with an ellipsis, however many sentences they have', () => {
    const teasers = [
      ['Nueva línea de autobuses para el barrio norte', 'El ayuntamiento aprobó el martes una nueva línea. Los primeros autobuses saldrán en abril y pararán junto al…'],
      ['Cierra el mercado viejo por obras', 'Los puestos se trasladan a la plaza mayor durante seis meses. Los comerciantes piden ayudas para...'],
      ['El río recupera su caudal tras las lluvias', 'Los embalses de la comarca están al ochenta por ciento. Los agricultores celebran que […]'],
    ];
    const { articles, errors } = compile(teasers.map(([h, s]) => `${h}\n${s}`).join('\n\n'));
    expect(articles).toEqual([]);
    expect(errors[0]?.message).toMatch(/a list of 3 teasers cut off with an ellipsis/);
  });

  it('publishes a story whose quotes trail off, when one paragraph of running text ends as a sentence', () => {
    const text = [
      'Cierra el mercado viejo por obras',
      'Los puestos se trasladan a la plaza mayor durante seis meses, según el ayuntamiento.',
      '«No sabemos si volveremos…», dice una vendedora que lleva treinta años en el mercado. «Ya veremos…',
      '«Nos dijeron seis meses, pero con estas obras nunca se sabe...»',
      'Las obras empezarán el lunes y el mercado reabrirá en otoño si no hay retrasos.',
    ].join('\n\n');
    const { articles } = compile(text);
    expect(articles).toHaveLength(1);
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

describe('an error page is rejected by its status code, a short story is kept', () => {
  const menu = ['Sauti ya Pwani', 'Habari', 'Siasa', 'Biashara', 'Michezo'];

  it('rejects a page whose only text is a notice under a 404 line', () => {
    const page = [...menu, 'Hitilafu 404', 'Ukurasa haupatikani', 'Samahani, ukurasa unaoutafuta haupo. Huenda umehamishwa au umefutwa.', 'Rudi mwanzo', 'Kuhusu sisi'];
    const { articles, errors } = compile(page.join('\n'));
    expect(articles).toEqual([]);
    expect(errors[0]?.kind).toBe('empty');
    expect(errors[0]?.message).toMatch(/error page \(line 6/);
  });

  it('keeps a short story that names an error code in a sentence', () => {
    const page = [...menu, 'Tovuti ya serikali haipatikani', 'Wananchi wengi walipata ujumbe wa hitilafu 404 walipojaribu kulipa kodi jana.', 'Wizara imesema tatizo litarekebishwa leo.'];
    expect(compile(page.join('\n')).articles).toHaveLength(1);
  });

  it('keeps a short story with a date under a code-like line', () => {
    const page = [...menu, 'Ndege 404 yatua salama', '5 Desemba 2026', 'Ndege iliyokuwa na matatizo ya injini imetua salama katika uwanja wa Mombasa.'];
    expect(compile(page.join('\n')).articles).toHaveLength(1);
  });

  it('keeps a story of more words than a notice under a status line', () => {
    const story = 'Mamlaka ya bandari imetangaza kwamba meli mpya za mizigo zitaanza kutia nanga mjini Tanga mwezi ujao, baada ya kukamilika kwa ujenzi wa gati la kisasa lililogharimu mabilioni ya shilingi.';
    const page = [...menu, 'Hitilafu 404', story, 'Wafanyabiashara wa mji huo wamesema hatua hiyo itapunguza gharama za usafirishaji kwa kiasi kikubwa.'];
    expect(compile(page.join('\n')).articles).toHaveLength(1);
  });
});

