/**
 * A site's sentence about itself in the footer (outlet-footer-sentence.ts). Pages and names are made up.
 */
import { describe, expect, it } from 'vitest';
import { sourceLines } from '../../support/compile-text';
import { nameStopwords } from '@/lib/content/extract/name-shape';
import { outletFinds } from '@/lib/content/extract/outlet-lines';
import { chooseOutlet } from '@/lib/content/extract/infer-outlet';
import { footerSentenceName } from '@/lib/content/extract/outlet-footer-sentence';

const en = nameStopwords('en');

/** A made-up page: a section word, a headline, four sentences of story, a share link, then `footer` and a privacy link. */
const page = (footer: string, below = 'Privacy Policy') =>
  [
    'News',
    'Library opens a new reading room for children in the old town',
    'The library will open the new room on Saturday with readings for young visitors.',
    'Entry is free and the room will be open every day except Monday, the director said.',
    'The old reading room will become a study space for students of the town.',
    'Work on the building cost less than the council had planned, officials said.',
    'Share this article',
    footer,
    below,
  ].join('\n');

const outlet = (text: string, language = 'en') => chooseOutlet(outletFinds(sourceLines(text), nameStopwords(language)), null)?.value ?? null;

describe('footerSentenceName', () => {
  it.each([
    ['Harbour Ledger is a member of the Independent Press Standards Organisation', 'en', 'Harbour Ledger'],
    ['Gazzetta del Lago è una testata registrata presso il Tribunale di Como', 'it', 'Gazzetta del Lago'],
    ['Kustbladet Öst är medlem i Tidningsutgivarna', 'sv', 'Kustbladet Öst'],
    ["Le Courrier du Lac est membre de l'Alliance de la presse", 'fr', 'Le Courrier du Lac'],
    ['The Harbour Ledger is a member of the Independent Press Standards Organisation', 'en', 'The Harbour Ledger'],
  ])('reads the name that opens “%s”', (text, language, name) => {
    expect(footerSentenceName(text, nameStopwords(language))).toBe(name);
  });

  it.each([
    ['Comments are closed for this article', 'a single word: a common noun as often as a name'],
    ['Terms and Conditions apply to every competition', 'a name run on by a verb, not a function word'],
    ['Harbour Council approves the new budget for the library', 'a teaser headline: a verb after the name'],
    ['The Harbour Ledger team is here to help', 'a name run on by a noun'],
    ['In March the council will vote on the plan', 'a preposition before a month opens a sentence'],
    ['On Monday the library opens at noon', 'a preposition before a weekday opens a sentence'],
    ['The Newsletter is sent every morning', 'an article and one capitalised noun: any sentence of a language that capitalises nouns'],
    ['Harbour Ledger is here', 'fewer than three words after the name'],
  ])('reads no name in “%s” (%s)', (text) => {
    expect(footerSentenceName(text, en)).toBeNull();
  });
});

describe('the footer sentence as outlet evidence', () => {
  it('names the outlet from a footer line apart from the story', () => {
    expect(outlet(page('Harbour Ledger is a member of the Independent Press Standards Organisation'))).toBe('Harbour Ledger');
  });

  it('reads no line right under the story’s text, nor one with the story’s text below it', () => {
    const closing = 'Harbour Council is expected to vote on the plan in March.';
    const lines = page(closing).split('\n').filter((l) => l !== 'Share this article');
    expect(outlet(lines.join('\n'))).toBeNull();
    expect(outlet(page('Harbour Ledger is a member of the Independent Press Standards Organisation', 'The town council will decide on the opening hours of the room next week.'))).toBeNull();
  });
});
