import { describe, expect, it } from 'vitest';
import { FERRY_HEAD as HEAD, FERRY_SHARE as SHARE, FERRY_STORY, paragraphsOf as paragraphs } from '../../support/ferry-page';

/** The story without its short last sentence: its last paragraph is a long one. */
const STORY = FERRY_STORY.slice(0, 3);

describe('a notice on the story\'s text under it', () => {
  it('leaves out an update notice naming the article, which uses none of the story\'s words', () => {
    const notice = 'This article was updated on Tuesday with comments from residents.';
    expect(paragraphs([...HEAD, ...STORY, notice, ...SHARE])).toEqual(STORY);
  });

  it('leaves out two notices in a row, and one with nothing under it', () => {
    const notices = ['This article first appeared in our weekend edition.', 'The article was translated from Welsh by our newsroom.'];
    expect(paragraphs([...HEAD, ...STORY, ...notices, ...SHARE])).toEqual(STORY);
    expect(paragraphs([...HEAD, ...STORY, notices[0]!])).toEqual(STORY);
  });

  it('reads the article\'s noun in other languages, inflected', () => {
    const head = ['Zprávy', 'Nový přívoz na ostrovy začne jezdit v květnu', '4. března 2024'];
    const story = [
      'Krajský úřad podepsal pětiletou smlouvu na lodní spojení mezi přístavem a dvěma ostrovy.',
      'Lodě budou v létě vyplouvat čtyřikrát denně a v zimě dvakrát, uvedl úřad v pondělí.',
    ];
    const notice = 'Článek byl původně zveřejněn v sobotní příloze našich novin.';
    expect(paragraphs([...head, ...story, notice, 'Sdílet', 'Facebook'])).toEqual(story);
  });

  it('keeps a last paragraph about a numbered article of a law or treaty', () => {
    for (const last of ['Article 5 of the charter has never been invoked by any member.', 'No member has ever invoked the 5th article of the charter.']) {
      expect(paragraphs([...HEAD, ...STORY, last, ...SHARE])).toEqual([...STORY, last]);
    }
  });

  it('keeps the last paragraph of a story that writes the noun itself', () => {
    const story = [STORY[0]!, 'A weekly first reported the plan in an article printed last spring.', STORY[1]!];
    const last = 'The article drew hundreds of letters from readers on the mainland.';
    expect(paragraphs([...HEAD, ...story, last, ...SHARE])).toEqual([...story, last]);
  });

  it('keeps a notice that shares a content word with the story', () => {
    const last = 'An earlier version of this article gave the wrong length of the contract.';
    expect(paragraphs([...HEAD, ...STORY, last, ...SHARE])).toEqual([...STORY, last]);
  });

  it('keeps an editor\'s note signed with a label, printed as part of the story', () => {
    const last = 'Editor\'s note: an earlier version of this article misspelt a name.';
    expect(paragraphs([...HEAD, ...STORY, last, ...SHARE])).toEqual([...STORY, last]);
  });

  it('keeps the last line of a story of one paragraph', () => {
    const last = 'This article was updated on Tuesday with comments from residents.';
    expect(paragraphs([...HEAD, STORY[0]!, last, ...SHARE])).toEqual([STORY[0]!, last]);
  });

  it('keeps a last paragraph that names no article', () => {
    const last = 'The minister will present the plan to parliament on Friday.';
    expect(paragraphs([...HEAD, ...STORY, last, ...SHARE])).toEqual([...STORY, last]);
  });
});
