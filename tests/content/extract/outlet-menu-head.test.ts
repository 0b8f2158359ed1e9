/**
 * A name without capitals (or in sentence case, in a script with capitals) alone on the page's first line, straight
 * over the menu's run (outlet-menu-head.ts), and the lines of that place that are no name. Pages and names are made up.
 */
import { describe, expect, it } from 'vitest';
import { sourceLines } from '../../support/compile-text';
import { nameStopwords } from '@/lib/content/extract/name-shape';
import { chooseOutlet } from '@/lib/content/extract/infer-outlet';
import { outletFinds } from '@/lib/content/extract/outlet-lines';
import { menuHeadMastheadFind } from '@/lib/content/extract/outlet-menu-head';

const MENU = ['देश', 'राज्य', 'खेल', 'मनोरंजन'];
const STORY = [
  'नदी पर नए पुल का निर्माण अगले महीने शुरू होगा',
  '05-12-2026',
  'नगर निगम ने गुरुवार को घोषणा की कि नदी पर नए पुल का निर्माण अगले महीने शुरू होगा।',
  'परियोजना पर लगभग बीस करोड़ रुपये खर्च होंगे और काम दो साल में पूरा होगा।',
  'नागरिकों ने पिछले साल इस योजना पर अपनी राय ऑनलाइन भेजी थी।',
];
const filled = (lines: string[]) => sourceLines(lines.join('\n')).filter((l) => l.text.trim() !== '');
const head = (lines: string[]) => menuHeadMastheadFind(filled(lines), nameStopwords('hi'))?.value ?? null;

describe('a name without capitals over the menu', () => {
  it('is the masthead over a run of shorter entries, with or without a home link first', () => {
    expect(head(['नगर दर्पण', 'होम', ...MENU, ...STORY])).toBe('नगर दर्पण');
    expect(head(['नगर दर्पण', ...MENU, ...STORY])).toBe('नगर दर्पण');
    expect(head(['ქართული ამბები', 'პოლიტიკა', 'ეკონომიკა', 'სპორტი', ...STORY])).toBe('ქართული ამბები');
  });

  it('names the outlet through the page’s finds, with no other witness', () => {
    expect(chooseOutlet(outletFinds(sourceLines(['नगर दर्पण', ...MENU, ...STORY].join('\n')), nameStopwords('hi')), null)?.value).toBe('नगर दर्पण');
  });

  it.each([
    ['over the headline (a kicker’s place)', ['नगर दर्पण', ...STORY]],
    ['over two short lines only', ['नगर दर्पण', 'देश', 'खेल', ...STORY]],
    ['as short as the entries (the menu’s first entry)', ['ताज़ा', ...MENU, ...STORY]],
    ['over entries as long as it', ['नगर दर्पण', 'देश दुनिया', 'खेल जगत', 'फिल्मी दुनिया', ...STORY]],
    ['a two-word home link', ['मुख्य पृष्ठ', ...MENU, ...STORY]],
    ['printed again alone (a section’s label)', ['नगर दर्पण', ...MENU, ...STORY, 'नगर दर्पण']],
    ['with a figure', ['नगर 24', ...MENU, ...STORY]],
    ['in title case (read by its capitals elsewhere)', ['Latest News', 'World', 'Sport', 'Culture', ...STORY]],
  ])('is no masthead %s', (_, lines) => {
    expect(head(lines)).toBeNull();
  });
});

const PT_MENU = ['Início', 'Política', 'Desporto', 'Cultura'];
const PT_STORY = [
  'Câmara aprova novo plano para o porto da cidade',
  '05/12/2026',
  'A câmara municipal aprovou na quinta-feira um novo plano para ampliar o porto da cidade até 2030.',
  'O projeto prevê dois novos cais e uma estação para passageiros junto ao centro histórico.',
  'A obra deve começar no próximo verão, segundo a presidência da câmara.',
];
const ptHead = (lines: string[]) => menuHeadMastheadFind(filled(lines), nameStopwords('pt'))?.value ?? null;

describe('a name in sentence case over the menu, in a script with capitals', () => {
  it('is no account link over the menu in English either', () => {
    const lines = ['Sign in', 'Subscribe', 'World', 'Defence', 'Turkey tests a new missile', 'The launch was the first with a live warhead, officials said on Tuesday.'];
    expect(menuHeadMastheadFind(filled(lines), nameStopwords('en'))).toBeNull();
  });

  it('is the masthead over a run of capitalised entries', () => {
    expect(ptHead(['Gazeta ribeirinha', ...PT_MENU, ...PT_STORY])).toBe('Gazeta ribeirinha');
    expect(ptHead(['Folha da serra', ...PT_MENU, ...PT_STORY])).toBe('Folha da serra');
  });

  it('names the outlet through the page’s finds, with no other witness', () => {
    const finds = outletFinds(sourceLines(['Gazeta ribeirinha', ...PT_MENU, ...PT_STORY].join('\n')), nameStopwords('pt'));
    expect(chooseOutlet(finds, null)?.value).toBe('Gazeta ribeirinha');
  });

  it.each([
    ['over the headline (a kicker’s place)', ['Gazeta ribeirinha', ...PT_STORY]],
    ['over two short lines only', ['Gazeta ribeirinha', 'Política', 'Desporto', ...PT_STORY]],
    ['over entries in lower case (fragments, not a menu)', ['Gazeta ribeirinha', 'início', 'política', 'desporto', ...PT_STORY]],
    ['whose word the page writes in lower case elsewhere (a label’s common word)', ['Últimas notícias', ...PT_MENU, ...PT_STORY, 'Ver mais notícias']],
    ['after a breadcrumb’s separator elsewhere (a section’s label)', ['Vida local', ...PT_MENU, ...PT_STORY, 'Início › Vida local']],
    ['shouted in capitals (a label)', ['EM DESTAQUE', ...PT_MENU, ...PT_STORY]],
    ['ending with a function word (an account link)', ['Entrar aqui', ...PT_MENU, ...PT_STORY]],
    ['opening with a function word (an account link)', ['Minha conta', ...PT_MENU, ...PT_STORY]],
  ])('is no masthead %s', (_, lines) => {
    expect(ptHead(lines)).toBeNull();
  });
});
