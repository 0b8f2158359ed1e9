import { describe, expect, it } from 'vitest';
import { compileArticle } from '../../support/compile-text';

const authorOf = (lines: string[]) => compileArticle(lines.join('\n'))?.author?.value ?? null;
const titleOf = (lines: string[]) => compileArticle(lines.join('\n'))?.title.value ?? null;

const story = [
  'Several towns in the east lost power on Tuesday after two substations were hit overnight by drones.',
  'Engineers said repairs could take several days because spare parts are in short supply this winter.',
  'Residents queued at water points that local authorities set up in the main squares of the towns.',
];
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
