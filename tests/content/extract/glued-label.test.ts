import { describe, expect, it } from 'vitest';
import { stripGluedLabel } from '@/lib/content/extract/glued-label';
import { stopwordsFor } from '@/lib/content/segment/line-evidence';

describe('a label glued in front of the headline (stripGluedLabel)', () => {
  const it_ = stopwordsFor('it');
  const en = stopwordsFor('en');

  it('drops a shouted media label with no colon before a headline in sentence case', () => {
    expect(stripGluedLabel('VIDEO Alpini, la brigata riceve i nuovi mezzi cingolati', [], it_)).toBe('Alpini, la brigata riceve i nuovi mezzi cingolati');
    expect(stripGluedLabel('SON DAKİKA Deniz Kuvvetleri yeni korvetleri teslim aldı', [], stopwordsFor('tr'))).toBe('Deniz Kuvvetleri yeni korvetleri teslim aldı');
  });

  it('keeps an acronym the page prints again in capitals', () => {
    const line = 'NATO Alleati pronti a rafforzare il fianco orientale';
    expect(stripGluedLabel(line, [line, 'Secondo la NATO il piano sarà pronto a giugno.'], it_)).toBe(line);
  });

  it('keeps a short acronym, a shouted headline and a headline with too few lower-case words', () => {
    expect(stripGluedLabel('UE Bruxelles approva il piano per la difesa', [], it_)).toBe('UE Bruxelles approva il piano per la difesa');
    expect(stripGluedLabel('VIDEO ALPINI RICEVONO NUOVI MEZZI', [], it_)).toBe('VIDEO ALPINI RICEVONO NUOVI MEZZI');
    expect(stripGluedLabel('LIVE Navy Frigate Trials Begin Today', [], en)).toBe('LIVE Navy Frigate Trials Begin Today');
  });

  it('drops a section word glued to the headline when the headline opens with a function word', () => {
    expect(stripGluedLabel('AttualitàLa Marina prova il nuovo drone subacqueo', [], it_)).toBe('La Marina prova il nuovo drone subacqueo');
  });

  it('drops a glued section word the page prints alone elsewhere (its menu)', () => {
    expect(stripGluedLabel('DifesaMarina, arriva il nuovo drone subacqueo', ['Difesa'], it_)).toBe('Marina, arriva il nuovo drone subacqueo');
  });

  it('keeps a brand written with an inner capital', () => {
    const line = 'LinkedIn taglia seicento posti di lavoro in Europa';
    expect(stripGluedLabel(line, [line, 'Secondo LinkedIn i tagli riguardano le vendite.'], it_)).toBe(line);
    expect(stripGluedLabel('OpenAI apre un ufficio a Milano entro giugno', [], it_)).toBe('OpenAI apre un ufficio a Milano entro giugno');
  });
});
