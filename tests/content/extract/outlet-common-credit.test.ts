/**
 * A credit that names a common word ("Fuente: Agencias") names no publication: the page writes the word in lower
 * case in its running text. A credited name is never written so, and keeps naming the outlet.
 */
import { describe, expect, it } from 'vitest';
import { sourceLines } from '../../support/compile-text';
import { chooseOutlet } from '@/lib/content/extract/infer-outlet';
import { nameStopwords } from '@/lib/content/extract/name-shape';
import { outletFinds } from '@/lib/content/extract/outlet-lines';
import { creditsCommonWord } from '@/lib/content/extract/outlet-source-label';

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
