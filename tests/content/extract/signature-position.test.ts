import { describe, expect, it } from 'vitest';
import { compileArticle } from '../../support/compile-text';

/** The article the lines compile to; a rejected page fails the test here. */
function compile(lines: string[]) {
  const article = compileArticle(lines.join('\n'));
  if (article === undefined) throw new Error('the page was rejected');
  return article;
}

const head = ['Cronaca', 'Il nuovo ponte sul fiume sarà pronto entro due anni', '12 marzo 2024'];
const story = [
  'Il comune ha approvato il progetto definitivo del nuovo ponte e la gara partirà in primavera.',
  'Il ponte avrà due corsie per senso di marcia e una pista ciclabile separata dal traffico.',
  'I lavori costeranno circa quaranta milioni di euro, finanziati in parte dalla regione.',
];

describe('a signature under the story', () => {
  it('takes a name in brackets straight after the last paragraph, and keeps the last paragraph', () => {
    const a = compile([...head, ...story, '(Marco Rossi)', 'Condividi']);
    expect(a.author?.value).toBe('Marco Rossi');
    expect(a.body.at(-1)?.text).toBe(story[2]);
  });

  it('takes a name with a place after a comma there', () => {
    expect(compile([...head, ...story, 'Marco Rossi, da Milano']).author?.value).toBe('Marco Rossi');
  });

  it('takes no tag naming a person of the story for a signature', () => {
    const named = [...story.slice(0, 2), 'Il sindaco Paolo Verdi ha detto che i lavori partiranno presto.'];
    expect(compile([...head, ...named, '(Paolo Verdi)', 'Condividi']).author).toBeNull();
  });

  it('takes no bare title-case line after the last paragraph (a related link, a section) for a signature', () => {
    expect(compile([...head, ...story, 'Ultime Notizie', 'Condividi']).author).toBeNull();
  });

  it('lets a one-word desk byline above give way to a signature below', () => {
    const a = compile(['Cronaca', 'Il nuovo ponte sul fiume sarà pronto entro due anni', 'Di Redazione', '12 marzo 2024', ...story, '(Marco Rossi)']);
    expect(a.author?.value).toBe('Marco Rossi');
  });
});

describe('a byline with its role beside the date', () => {
  it('reads the date and the name from "Name, role, date" under the standfirst', () => {
    const a = compile([
      'Local',
      'Council approves new cycle lanes for the town centre',
      'The scheme will add four kilometres of protected lanes over the next two years.',
      'Jane Walker, staff reporter, March 12, 2024',
      'Councillors voted by a large majority on Tuesday evening to approve the plan after a long debate.',
      'The first section of the new lanes is due to open before the summer holidays.',
    ]);
    expect(a.author?.value).toBe('Jane Walker');
    expect(a.datePublished.value).toBe('2024-03-12');
  });
});
