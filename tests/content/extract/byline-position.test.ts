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

const headline = 'Power cuts return to eastern towns after strikes';

describe('a bare name straight under the headline, over furniture only', () => {
  it('is the byline over a share prompt and a reading time, and the headline stays', () => {
    const page = ['World', headline, 'Anna Kowalski', 'Share', '3 min', ...story];
    expect(authorOf(page)).toBe('Anna Kowalski');
    expect(titleOf(page)).toBe(headline);
  });

  it('is the byline over a job title alone', () => {
    expect(authorOf(['World', headline, 'Anna Kowalski', 'Correspondent', 'Share', ...story])).toBe('Anna Kowalski');
  });

  it('is no byline when the story names the same person: a subject or a tag, not the writer', () => {
    const named = [...story.slice(0, 2), 'Mayor Tomas Novak said crews were working around the clock.', story[2]!];
    expect(authorOf(['World', headline, 'Tomas Novak', 'Share', '3 min', ...named])).toBeNull();
  });

  it('is no byline when the page writes one of its words in lower case: a section, not a name', () => {
    // The story writes "local authorities".
    expect(authorOf(['World', headline, 'Local Affairs', 'Share', '3 min', ...story])).toBeNull();
  });

  it('is no byline over a line of text, which may be the standfirst or the headline itself', () => {
    expect(authorOf(['World', headline, 'Anna Kowalski', 'Kyiv', 'Share', ...story])).toBeNull();
  });
});

describe('a byline led in by words no byline pattern lists, under the headline', () => {
  it('is the name after a lead holding the kind of piece or a job title', () => {
    expect(authorOf(['World', headline, 'Story by Anna Kowalski', 'Share', ...story])).toBe('Anna Kowalski');
    expect(authorOf(['World', headline, 'Special correspondent Anna Kowalski', ...story])).toBe('Anna Kowalski');
  });

  it('is no byline when the lead is only a preposition, or the story names the person again', () => {
    expect(authorOf(['World', headline, 'Tribute to Anna Kowalski', ...story])).toBeNull();
    expect(authorOf(['World', headline, 'A long memory of Anna Kowalski', ...story])).toBeNull();
    const named = [...story, 'Anna Kowalski, who led the crews, said the work would go on.'];
    expect(authorOf(['World', headline, 'Story by Anna Kowalski', ...named])).toBeNull();
  });

  it('is no byline when a picture or a sponsor is credited', () => {
    expect(authorOf(['World', headline, 'Photo by Anna Kowalski', ...story])).toBeNull();
    expect(authorOf(['World', headline, 'Sponsored by Acme Bank', ...story])).toBeNull();
  });
});
