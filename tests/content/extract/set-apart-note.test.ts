import { describe, expect, it } from 'vitest';
import { setApartShape } from '../../../lib/content/extract/set-apart-note';
import { FERRY_HEAD as HEAD, FERRY_SHARE as SHARE, FERRY_STORY as STORY, paragraphsOf as paragraphs } from '../../support/ferry-page';

describe('the shape that sets a line apart', () => {
  it('reads one pair of brackets round the whole line, or a footnote mark at its head', () => {
    expect(setApartShape('(This text was translated by our desk.)')).toBe('bracket');
    expect(setApartShape('[Updated at noon with the latest figures.]')).toBe('bracket');
    expect(setApartShape('（本文は翻訳記事です。）')).toBe('bracket');
    expect(setApartShape('* The writer teaches history in Leeds.')).toBe('*');
    expect(setApartShape('†Died in 1999 in Lisbon.')).toBe('†');
  });

  it('reads no shape in brackets that close before the line ends, in quotes or in a bold run', () => {
    expect(setApartShape('(One) and (two) were chosen.')).toBeNull();
    expect(setApartShape('(One) and the other (two)')).toBeNull();
    expect(setApartShape('"We are ready," she said.')).toBeNull();
    expect(setApartShape('**Read more** on our site.')).toBeNull();
    expect(setApartShape('Tickets go on sale next week.')).toBeNull();
  });
});

describe('a note set apart under the story', () => {
  it('leaves out a sentence in brackets under the last paragraph that uses none of the story\'s words', () => {
    const note = '(This text was translated from Welsh by our newsroom.)';
    expect(paragraphs([...HEAD, ...STORY, note, ...SHARE])).toEqual(STORY);
  });

  it('leaves out a bio led by an asterisk, and a translation notice in brackets over it', () => {
    const notes = ['(Translated from Welsh by our newsroom.)', '* Huw Jenkins writes about transport for this paper.'];
    expect(paragraphs([...HEAD, ...STORY, ...notes, ...SHARE])).toEqual(STORY);
  });

  it('keeps the story\'s closing aside in brackets: it speaks of what the story does', () => {
    const aside = '(The council did not say what the tickets will cost.)';
    expect(paragraphs([...HEAD, ...STORY, aside, ...SHARE])).toEqual([...STORY, aside]);
  });

  it('keeps a note that shares a word with the headline', () => {
    const aside = '(Timetables for the islands follow in our next edition.)';
    expect(paragraphs([...HEAD, ...STORY, aside, ...SHARE])).toEqual([...STORY, aside]);
  });

  it('keeps a last line in brackets when the story sets other paragraphs in brackets too', () => {
    const story = [...STORY.slice(0, 2), '(The mayor left the meeting before the vote, as she had said she would.)', ...STORY.slice(2)];
    const last = '(Laughter, then a short break.)';
    expect(paragraphs([...HEAD, ...story, last])).toEqual([...story, last]);
  });

  it('keeps the last item of a list the story sets with asterisks', () => {
    const story = [...STORY.slice(0, 3), '* Boats leave from the north pier.'];
    const item = '* Bicycles travel free of charge.';
    expect(paragraphs([...HEAD, ...story, item, ...SHARE])).toContain(item);
  });

  it('keeps a footnote whose mark a word of the story carries', () => {
    const story = [...STORY.slice(0, 2), 'Islanders such as Megan* have asked for a direct link since the old service was cut ten years ago.', STORY[3]!];
    const footnote = '* Surname withheld at her own request.';
    expect(paragraphs([...HEAD, ...story, footnote, ...SHARE])).toEqual([...story, footnote]);
  });

  it('keeps a line in brackets with too few long words for their absence to tell', () => {
    const aside = '(So far, no one has said no to it.)';
    expect(paragraphs([...HEAD, ...STORY, aside, ...SHARE])).toEqual([...STORY, aside]);
  });

  it('keeps a short story\'s only lines', () => {
    const note = '(This text was translated from Welsh by our newsroom.)';
    expect(paragraphs([...HEAD, STORY[0]!, note])).toEqual([STORY[0], note]);
  });
});
