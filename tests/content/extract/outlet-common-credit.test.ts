/**
 * A credit that names a common word ("Fuente: Agencias") names no publication: the page writes the word in lower
 * case in its running text. A credited name is never written so, and keeps naming the outlet.
 */
import { describe, expect, it } from 'vitest';
import { sourceLines } from '../../support/compile-text';
import { chooseOutlet } from '@/lib/content/extract/infer-outlet';
import { nameStopwords } from '@/lib/content/extract/name-shape';
import { outletFinds } from '@/lib/content/extract/outlet-lines';
import { creditsClaimSource, creditsCommonWord } from '@/lib/content/extract/outlet-source-label';

const outlet = (text: string, language: string) => chooseOutlet(outletFinds(sourceLines(text), nameStopwords(language)), null)?.value ?? null;

describe('a credit of a common word', () => {
  const es = [
    'Internacional',
    'El puerto volvió a abrir este viernes después de tres días de paro de los estibadores.',
    'Según informaron las agencias, el acuerdo se firmó de madrugada tras una larga reunión.',
  ].join('\n');

  it('names nothing when the page writes the word in lower case', () => {
    expect(outlet(`${es}\nFuente: Agencias`, 'es')).toBeNull();
  });

  it('names the credited publication when the page never writes it in lower case', () => {
    expect(outlet(`${es}\nFuente: Efeagro`, 'es')).toBe('Efeagro');
    const withoutMention = es.replace('Según informaron las agencias, el', 'El');
    expect(outlet(`${withoutMention}\nFuente: Agencias`, 'es')).toBe('Agencias');
  });

  it.each([
    ['Agencias', 'Según informaron las agencias.', true],
    ['Agencias', 'Según informaron las agenciasaliadas.', false],
    ['Ajanslar', 'Haberi ajanslar duyurdu.', true],
    ['Ansa', 'Lo ha riferito l’agenzia.', false],
    ['MTI', 'Az mti szerint.', false],
    ['Europa Press', 'Según europa press.', false],
  ])('“%s” over “%s”: a common word %s', (value, other, common) => {
    const lines = sourceLines(`${other}\nFuente: ${value}`);
    expect(creditsCommonWord({ value, line: 2, kind: 'source label', text: `Fuente: ${value}`, weight: 2, credit: true }, lines)).toBe(common);
  });
});

describe('a source label naming whom the story quotes', () => {
  const page = (story: string, label: string) =>
    ['News', 'Inflation in the region fell to its lowest level in three years', story, 'Economists expect the central bank to keep its rates unchanged next week.', label, 'Share'].join('\n');
  const outlet = (text: string) => chooseOutlet(outletFinds(sourceLines(text), nameStopwords('en')), null)?.value ?? null;

  it('names no outlet when the story’s running text names the label’s name as a subject', () => {
    expect(outlet(page('The National Statistics Office said on Thursday that prices rose by 2.1 percent.', 'Source: National Statistics Office'))).toBeNull();
  });

  it('credits the label’s name when the story names it only in its opening dateline, or not at all', () => {
    expect(outlet(page('LONDON (Harbour Wire) - Prices rose by 2.1 percent in November, figures showed on Thursday.', 'Source: Harbour Wire'))).toBe('Harbour Wire');
    expect(outlet(page('Prices rose by 2.1 percent in November, figures showed on Thursday.', 'Source: Harbour Wire'))).toBe('Harbour Wire');
  });

  it('keeps a wire’s one-word name, which its own copy names as the one spoken to', () => {
    expect(outlet(page('A minister told Harbourwire on Thursday that prices rose by 2.1 percent.', 'Source: Harbourwire'))).toBe('Harbourwire');
  });

  it('is read on source labels only', () => {
    const lines = sourceLines('The Harbour Wire said on Thursday that prices rose by 2.1 percent.\n© 2026 Harbour Wire');
    expect(creditsClaimSource({ value: 'Harbour Wire', line: 2, kind: 'copyright line', text: '© 2026 Harbour Wire', weight: 3 }, lines)).toBe(false);
  });
});
