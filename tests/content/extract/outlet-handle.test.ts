/**
 * A social handle as outlet evidence: read like an address (one point, agreeing with a name by its letters),
 * never an outlet alone, and never the name given when the page spells the outlet otherwise.
 */
import { describe, expect, it } from 'vitest';
import { compileArticle, sourceLines } from '../../support/compile-text';
import { chooseOutlet } from '@/lib/content/extract/infer-outlet';
import { nameStopwords } from '@/lib/content/extract/name-shape';
import { handleFind } from '@/lib/content/extract/outlet-address';
import { outletFinds } from '@/lib/content/extract/outlet-lines';

const line = (text: string) => ({ n: 7, text });

describe('handleFind', () => {
  it.each([
    ['Siga-nos no Instagram: @folhaserrana', 'folhaserrana'],
    ['@Harbour_Ledger', 'Harbour_Ledger'],
    ['Följ oss på X @nordposten.', 'nordposten'],
    ['— Ministerstwo Obrony (@mon_example) March 4, 2019', 'mon_example'],
  ])('reads the handle in “%s”', (text, handle) => {
    expect(handleFind(line(text))).toEqual({ value: handle, line: 7, kind: 'social handle', text, weight: 1 });
  });

  it.each([
    ['redacao@folhaserrana.pt', 'an e-mail address: a letter before the @'],
    ['Escreva para a redação @ sede', 'an @ with no name after it'],
    ['@ab', 'two letters: too short for a handle'],
    [
      'Num comunicado publicado na rede social, a conta @folhaserrana anunciou que a edição impressa passa a sair às sextas-feiras de manhã em todo o distrito.',
      'a long sentence that mentions a handle',
    ],
  ])('reads no handle in “%s” (%s)', (text) => {
    expect(handleFind(line(text))).toBeNull();
  });
});

describe('a handle agreeing with a name', () => {
  const headline = 'Câmara aprova novo horário para os autocarros da serra';
  const story = [
    'A Câmara Municipal aprovou ontem um novo horário para as carreiras de autocarro da serra.',
    'As primeiras partidas passam a acontecer às seis e meia da manhã.',
    'O novo horário entra em vigor no início de janeiro.',
  ].join('\n');
  const pt = nameStopwords('pt');
  const outlet = (text: string) => chooseOutlet(outletFinds(sourceLines(text), pt), null, 2)?.value ?? null;

  it('names a lone name over the headline that it spells, which alone is a kicker’s shape', () => {
    expect(outlet(`Folha Serrana\n${headline}\n${story}`)).toBeNull();
    expect(outlet(`Folha Serrana\n${headline}\n${story}\nInstagram: @folhaserrana`)).toBe('Folha Serrana');
  });

  it('names nothing alone, nor with a name it does not spell', () => {
    expect(outlet(`Destaque\n${headline}\n${story}\nInstagram: @folhaserrana`)).toBeNull();
    expect(outlet(`Folha Serrana\n${headline}\n${story}\nInstagram: @jornaldaserra`)).toBeNull();
  });

  it('gives way to the domain an e-mail address spells when no name agrees', () => {
    expect(outlet(`Destaque\n${headline}\n${story}\nInstagram: @folhaserrana\nredacao@folhaserrana.pt`)).toBe('folhaserrana.pt');
  });

  it('names the outlet through the whole pipeline, with the handle as evidence', () => {
    const a = compileArticle(`Folha Serrana\n${headline}\n05/12/2026\n${story}\nInstagram: @folhaserrana`);
    expect(a?.outlet?.value).toBe('Folha Serrana');
    expect(a?.outlet?.evidence).toContain('social handle on line 7');
  });
});
