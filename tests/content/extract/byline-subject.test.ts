import { describe, expect, it } from 'vitest';
import { namesStorySubject } from '@/lib/content/extract/byline-subject';
import { compileArticle } from '../../support/compile-text';

const story = [
  'The new ferry terminal on the east quay opened on Tuesday after three years of building works.',
  'Mayor Anna Reed cut the ribbon in front of a crowd of several hundred residents.',
  'The first crossing from the new quay is planned for next month.',
];

describe('namesStorySubject', () => {
  it('reads a name whose every word the story says as the person the story is about', () => {
    expect(namesStorySubject('Anna Reed', story)).toBe(true);
    expect(namesStorySubject('Mayor Anna Reed', story)).toBe(true);
    expect(namesStorySubject('Мария Соколова', ['Учительница Мария Соколова получила премию.', 'Вручение прошло в пятницу.'])).toBe(true);
    expect(namesStorySubject('سارة منصور', ['فازت العداءة سارة منصور بالسباق.', 'وشارك أكثر من ثلاثة آلاف عداء.'])).toBe(true);
  });

  it('keeps a writer whose surname alone the story says, and a name of one word', () => {
    expect(namesStorySubject('Tom Reed', story)).toBe(false);
    expect(namesStorySubject('Reed', story)).toBe(false);
    expect(namesStorySubject('J. Reed', story)).toBe(false);
  });

  it("does not count the last paragraph (a bio, a credit) nor an interview's speaker label", () => {
    expect(namesStorySubject('Anna Reed', ['The council met on Monday.', 'Anna Reed is a reporter for the paper.'])).toBe(false);
    expect(namesStorySubject('Anna Reed', ['Anna Reed: How did your work at the school begin?', 'It began with a letter.', 'Thank you.'])).toBe(false);
  });
});

describe('a subject named under the headline', () => {
  const page = (under: string) => ['Home', 'News', 'Harbour mayor opens new ferry terminal', under, ...story, 'Share'].join('\n');

  it('is no author, and the story keeps every paragraph', () => {
    const a = compileArticle(page('Anna Reed'));
    expect(a?.author).toBeNull();
    expect(a?.body.map((b) => b.text)).toEqual(story);
  });

  it('leaves a writer the story does not name', () => {
    expect(compileArticle(page('By Tom Hale'))?.author?.value).toBe('Tom Hale');
  });
});
