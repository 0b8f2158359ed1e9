import { describe, expect, it } from 'vitest';
import { compileArticle } from '../../support/compile-text';

/** The author the lines compile to; a rejected page fails the test here. */
function authorOf(lines: string[]): string | null {
  const article = compileArticle(lines.join('\n'));
  if (article === undefined) throw new Error('the page was rejected');
  return article.author?.value ?? null;
}

const head = ['الرئيسية', 'أخبار', 'رياضة', 'البلدية تفتتح حديقة جديدة في الحي الشمالي', '12 مارس 2024'];
const story = [
  'افتتحت البلدية صباح اليوم حديقة عامة جديدة في الحي الشمالي بعد عام من العمل.',
  'وتضم الحديقة ممرات للمشي وملعبا صغيرا للأطفال ومقاعد تحت الأشجار.',
  'وقال رئيس البلدية إن حديقتين أخريين ستفتتحان قبل نهاية العام.',
];

describe('a name of a script without case alone under the story', () => {
  it('is the writer over a labelled field', () => {
    expect(authorOf([...head, ...story, 'سامي الخطيب', 'الوسوم: حدائق، بلدية', 'شارك'])).toBe('سامي الخطيب');
  });

  it('is the writer over a date', () => {
    expect(authorOf([...head.slice(0, 4), ...story, 'سامي الخطيب', '12 مارس 2024'])).toBe('سامي الخطيب');
  });

  it('is not read over another short line (the next button of a toolbar)', () => {
    expect(authorOf([...head, ...story, 'سامي الخطيب', 'طباعة'])).toBeNull();
  });

  it('is not read when it ends the page', () => {
    expect(authorOf([...head, ...story, 'سامي الخطيب'])).toBeNull();
  });

  it('is not read when another line prints a word of it (a button, a menu item or the story\'s person)', () => {
    expect(authorOf([...head, ...story, 'أخبار الحديقة', 'الوسوم: حدائق، بلدية'])).toBeNull();
    expect(authorOf([...head, ...story, 'سامي الخطيب', 'الوسوم: حدائق، سامي'])).toBeNull();
  });

  it('is not read under a paragraph that ends no sentence', () => {
    expect(authorOf([...head, ...story.slice(0, 2), 'وقال رئيس البلدية إن حديقتين أخريين ستفتتحان', 'سامي الخطيب', 'الوسوم: حدائق، بلدية'])).toBeNull();
  });
});
