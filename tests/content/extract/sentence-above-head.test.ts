import { describe, expect, it } from 'vitest';
import { bodyTexts, compileArticle } from '../../support/compile-text';

const HEADLINE = 'Força Aérea recebe primeiro cargueiro fabricado no país';
const TEXT = [
  'A Força Aérea recebeu nesta segunda-feira o primeiro avião cargueiro fabricado inteiramente no país.',
  '',
  'A aeronave vai operar a partir da base de Anápolis.',
  '',
  'Outras três unidades chegam até dezembro.',
];

describe('a short sentence above the headline (textUnderHeadAfterSentence)', () => {
  it('leaves a tagline written as a sentence above the menu, headline and date out of the story', () => {
    const lines = ['O jornal da sua região desde 1985.', 'Início', 'Cidades', HEADLINE, '23/03/2026 às 10h12', '', ...TEXT];
    const got = compileArticle(lines.join('\n'));
    expect(got?.title.value).toBe(HEADLINE);
    expect(got?.body.map((b) => b.text)[0]).toBe(TEXT[0]);
  });

  it('leaves a ticker item written as a sentence above the headline and its byline out of the story', () => {
    const lines = ['Últimas', 'Chuva forte deve atingir o litoral amanhã, diz instituto.', HEADLINE, 'Por Ana Souza', '', ...TEXT];
    const got = compileArticle(lines.join('\n'));
    expect(got?.title.value).toBe(HEADLINE);
    expect(got?.author?.value).toBe('Ana Souza');
    expect(got?.body.map((b) => b.text)[0]).toBe(TEXT[0]);
  });

  it('keeps a short first paragraph followed by a subheading and more text, with no date under the subheading', () => {
    const lead = 'O governo anunciou hoje a compra de dois aviões.';
    const lines = [HEADLINE, '23/03/2026 às 10h12', '', lead, '', 'Entregas começam em julho', '', ...TEXT];
    expect(bodyTexts(lines)[0]).toBe(lead);
  });

  it('keeps a first paragraph longer than twenty words, whatever stands under it', () => {
    const lead = 'O governo anunciou hoje em Brasília a compra de dois aviões cargueiros novos para a Força Aérea, que deverão chegar ao país ainda neste ano.';
    const lines = [lead, 'Entregas começam já em julho', '23/03/2026 às 10h12', '', ...TEXT];
    expect(bodyTexts(lines)[0]).toBe(lead);
  });
});
