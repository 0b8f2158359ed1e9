import { describe, expect, it } from 'vitest';
import { bylinePeople } from '@/lib/content/extract/byline-people';
import { lowerCaseWords, printedLowerCaseWords } from '@/lib/content/extract/running-words';

const story = ['Dh’aontaich a’ chomhairle plana le slighe ùr.', 'Tha clann ga cleachdadh le càraichean troch an latha.'];
const check = { stopwords: new Set<string>(), running: lowerCaseWords(story) };

describe('lowerCaseWords', () => {
  it('keeps the words written in lower case, lower case, and no capitalised one', () => {
    const words = lowerCaseWords(['Tha Iain ag ràdh gu bheil e deiseil.', 'Ọjọ́ náà dára.']);
    expect([...words].sort()).toEqual(['ag', 'bheil', 'deiseil', 'dára', 'e', 'gu', 'náà', 'ràdh'].sort());
  });
  it('keeps a word with its marks and inner hyphen whole (“a’”, “an-dè”)', () => expect(lowerCaseWords(['Thàinig e an-dè.']).has('an-dè')).toBe(true));
});

describe('a byline word the story writes in lower case', () => {
  it.each([
    ['Le Iain MacLeòid', 'Iain MacLeòid'],
    ['Troch Jan de Vries', 'Jan de Vries'],
  ])('is cut from the head of “%s”', (byline, name) => expect(bylinePeople(byline, check)).toBe(name));
  it('leaves a name of two words whole, whatever its first word', () => expect(bylinePeople('Le MacLeòid', check)).toBe('Le MacLeòid'));
  it('keeps the byline whole when the story has no such word', () => expect(bylinePeople('Le Iain MacLeòid', { stopwords: new Set<string>() })).toBe('Le Iain MacLeòid'));
  it('makes a phrase of two such words no one’s name (“Slighe Ùr”)', () => expect(bylinePeople('Slighe Ùr', check)).toBeNull());
});

describe('a byline word another line of the page prints in lower case', () => {
  const bare = { stopwords: new Set<string>() };
  const printedBy = (lines: string[]) => ({ ...bare, printed: printedLowerCaseWords(() => lines) });
  it('is cut from the head of the byline (“Pa” over a teaser that writes “pa gen”)', () =>
    expect(bylinePeople('Pa Wilner Jean-Baptiste', printedBy(['Lapli fè dega nan mache a, pa gen moun ki blese']))).toBe('Wilner Jean-Baptiste'));
  it('cuts nothing when no other line writes the word', () =>
    expect(bylinePeople('Pa Wilner Jean-Baptiste', printedBy(['Lekòl yo relouvri nan Jakmèl apre twa semèn']))).toBe('Pa Wilner Jean-Baptiste'));
  it('reads no word in a mail address or a link (“anna.maria.berg@…”, “/anna/”)', () =>
    expect(bylinePeople('Anna Maria Berg', printedBy(['Contact: anna.maria.berg@harbourpost.com', 'harbourpost.com/anna/maria']))).toBe('Anna Maria Berg'));
  it('never refuses a name for it, as the story’s own lower-case words do (“Rosa Kaya” where a caption writes “rosa” and “kaya”)', () =>
    expect(bylinePeople('Rosa Kaya', printedBy(['Una rosa sulla kaya del porto.']))).toBe('Rosa Kaya'));
  it('leaves two words at least', () => expect(bylinePeople('Pa Wilner', printedBy(['pa gen']))).toBe('Pa Wilner'));
});
