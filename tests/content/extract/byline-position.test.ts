import { describe, expect, it } from 'vitest';
import { compileArticle } from '../../support/compile-text';

const authorOf = (lines: string[]) => compileArticle(lines.join('\n'))?.author?.value ?? null;
const titleOf = (lines: string[]) => compileArticle(lines.join('\n'))?.title.value ?? null;

const story = [
  'Several towns in the east lost power on Tuesday after two substations were hit overnight by drones.',
  'Engineers said repairs could take several days because spare parts are in short supply this winter.',
  'Residents queued at water points that local authorities set up in the main squares of the towns.',
];

describe('a bare name over a role or an address, over the date', () => {
  it('takes the name over a role line as the byline', () => {
    const page = ['Europe', 'Power cuts return to eastern towns after strikes', 'Anna Kowalski', 'Correspondent in Kyiv', 'March 12, 2024', ...story];
    expect(authorOf(page)).toBe('Anna Kowalski');
  });

  it('takes the name over a lower-case role, which the segmenter joins to it, and keeps the headline', () => {
    const page = [
      'Esteri',
      'La capitale resta senza elettricità per ore',
      'Marco Rossi',
      'inviato a Kiev',
      '12 marzo 2024 ore 14:05',
      'Gran parte della capitale è rimasta senza elettricità per diverse ore dopo un attacco notturno.',
      'I tecnici hanno lavorato tutta la notte per ripristinare le linee danneggiate dai droni.',
    ];
    expect(authorOf(page)).toBe('Marco Rossi');
    expect(titleOf(page)).toBe('La capitale resta senza elettricità per ore');
  });

  it('takes the name over an e-mail address as the byline', () => {
    const page = [
      'Nyheter',
      'Biblioteket får förlängda öppettider i vår',
      'Erik Lund',
      'erik.lund@lokaltidning.se',
      'Publicerad 12 mars 2024 kl 14.05',
      'Stadsbiblioteket kommer att hålla öppet till klockan 21 på vardagar från och med april.',
      'Beslutet togs av kulturnämnden efter att många invånare efterfrågat längre öppettider.',
    ];
    expect(authorOf(page)).toBe('Erik Lund');
  });

  it('does not take a section pair over a section word over the date for a byline', () => {
    const page = ['Breaking News', 'Politics', 'March 12, 2024', 'Power cuts return to eastern towns after strikes', ...story];
    expect(authorOf(page)).toBeNull();
  });
});

describe('a bare name over a one-word role', () => {
  it('takes the name over a byline label used as a role ("Reporter") as the byline', () => {
    const page = [
      'Nyheter',
      'Biblioteket får förlängda öppettider i vår',
      'Erik Lund',
      'Reporter',
      '12 mars 2024 14:05',
      'Stadsbiblioteket kommer att hålla öppet till klockan 21 på vardagar från och med april.',
      'Beslutet togs av kulturnämnden efter att många invånare efterfrågat längre öppettider.',
    ];
    expect(authorOf(page)).toBe('Erik Lund');
  });
});
