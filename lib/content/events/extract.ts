/**
 * The events of one story: every date expression in every body paragraph becomes an
 * event carrying its sentence, the entities mentioned in that sentence and the
 * paragraph's anchor. Headings and the title are not statements and are skipped.
 */
import { blockAnchors } from '../../block-anchors';
import type { Article, StoryEvent } from '../schema';
import { sentenceLanguages } from './calendar-dates';
import { findDates } from './find-dates';
import { resolveDate } from './event-date';
import { splitSentences } from './sentences';

/** Words by which a sentence refers to something named in the sentence before it. */
const BACK_REFERENCE = /\b(?:its|it|this|these|the latter)\b/i;

/** Entity slugs mentioned inside [start, end) of block `block`, in order of first mention. */
function entitiesIn(article: Pick<Article, 'mentions'>, block: number, start: number, end: number): string[] {
  const slugs = article.mentions.filter((m) => m.block === block && m.start >= start && m.end <= end).sort((a, b) => a.start - b.start).map((m) => m.entity);
  return [...new Set(slugs)];
}

/** Every dated statement in `article`'s body, in text order; month names are read in the story's language (all languages when it is unknown). */
export function extractEvents(article: Pick<Article, 'id' | 'body' | 'mentions' | 'datePublished'> & { language?: Pick<Article['language'], 'value'> }): StoryEvent[] {
  const anchors = blockAnchors(article.body);
  const languages = sentenceLanguages(article.language?.value);
  const events: StoryEvent[] = [];
  article.body.forEach((block, index) => {
    if (block.kind !== 'paragraph') return;
    const anchor = anchors[index]!;
    let previous: string[] = [];
    for (const sentence of splitSentences(block.text)) {
      const own = entitiesIn(article, index, sentence.start, sentence.end);
      // "Since its first public demonstration in May…": a sentence that points back takes the previous sentence's entities too.
      const context = BACK_REFERENCE.test(sentence.text) ? previous.filter((slug) => !own.includes(slug)) : [];
      const entities = [...own, ...context];
      previous = own;
      for (const hit of findDates(sentence.text, languages)) {
        const date = resolveDate(hit, article.datePublished);
        if (!date) continue;
        const id = `${article.id}:${anchor}:${events.length + 1}`;
        events.push({ id, article: article.id, block: index, anchor, sentence: sentence.text, date, entities });
      }
    }
  });
  return events;
}
