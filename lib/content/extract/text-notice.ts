/**
 * A notice on the story's own text under it: the page telling its reader about the article ("This article was updated
 * on Monday to add the council's reply.", "Článek byl původně publikován v tištěném vydání.", "Der Artikel erschien
 * zuerst in unserer Wochenendausgabe."): an update, translation, syndication or correction notice. It reads as a
 * sentence, so the layout would take it for the story's last paragraph. Three signals must agree, and the words of a
 * language add only one of them: its words (it names the article, the noun a page calls its text by, and not as a
 * numbered clause of a law: "Article 5 of the treaty"); its place (one of the text's last two one-line sentences, with
 * two prose blocks of the story or more above it); and its distance from the story (the story and its headline never
 * use that noun, nor any other content word of the notice, of three or more it has). A story about an article (a press
 * row, a court's reading of a law) writes the noun itself, so its last paragraph stays; in a language no table holds
 * the rule does not fire.
 */
import type { Block } from '../segment/segment';
import { ARTICLE_NOUNS, phraseAlternation } from '../segment/furniture-words';
import { contentStems, isTextProse } from '../segment/running-text';
import { endsSentence, isProse, wordCount } from '../segment/text-shape';
import { storyStems } from './story-words';

/** A notice is a sentence of at least this many words… */
const MIN_WORDS = 4;
/** …and at most this many: a longer block is a paragraph of the story's own. */
const MAX_WORDS = 30;
/** At most this many notices in a row end the text (an update notice over a translation notice). */
const MAX_NOTICES = 2;
/** The story above the notices holds at least this many prose blocks: a page of two lines is not read this way. */
const MIN_STORY_BLOCKS = 2;
/** A notice's content words at least (the noun among them), for their absence from the story to say anything. */
const MIN_CONTENT_WORDS = 3;

/**
 * Nouns of the article table that running text uses in another sense as often: news or a statement ("nota", "haber",
 * "الخبر", "notizia"), a contribution ("Beitrag"), material or subject matter ("материал", "matéria"), a tale ("story"),
 * a text in general ("文章"), a genre ("reportage"). Only the nouns that name a published article stay.
 */
const OTHER_SENSES = new Set(['beitrag', 'matéria', 'материал', 'матеріал', 'haber', 'الخبر', '文章', 'story', 'reportage', 'nota', 'noticia', 'notícia', 'notizia']);
const ARTICLE = new RegExp(`(?<![\\p{L}\\p{M}])(?:${phraseAlternation(ARTICLE_NOUNS.filter((n) => !OTHER_SENSES.has(n)))})[\\p{L}\\p{M}]*`, 'giu');
/** A numbered clause of a law or treaty after the noun: "Article 5", "článku 3", "статья 228", "artikel nr. 4". */
const NUMBERED = /^\.?\s*(?:(?:n[°ºo]|nr|no)\.?\s*)?\p{N}/iu;
/** Or before it: "5. cikk", "the 5th article". */
const NUMBERED_BEFORE = /\p{N}\p{L}{0,2}\.?\s*$/u;

/** Whether a text names an article, not as a numbered clause. */
function namesArticle(text: string): boolean {
  for (const m of text.matchAll(ARTICLE)) {
    if (!NUMBERED.test(text.slice(m.index + m[0].length)) && !NUMBERED_BEFORE.test(text.slice(0, m.index))) return true;
  }
  return false;
}

/** A short label and a colon at a line's head: "Editor's note:", "Nota della redazione:", "Update:". */
const LABEL = /^[^:：\p{Sentence_Terminal}]{1,40}[:：]\s/u;
/** The most words such a label has. */
const MAX_LABEL_WORDS = 4;

/**
 * A notice's shape on one prose line, unmarked or marked furniture on one weak signal (a syndication note's words): a
 * finished sentence of four to thirty words that names an article. A note the editors sign with a label ("Editor's
 * note: an earlier version of this article…") is the story's own last paragraph, printed as part of it: it stays.
 */
function noticeShape(b: Block): boolean {
  const weak = b.mark?.kind === 'furniture' && b.mark.weak === true;
  if (!(b.mark === null || weak) || !isProse(b.text) || b.lines.length !== 1) return false;
  const n = wordCount(b.text);
  if (n < MIN_WORDS || n > MAX_WORDS || !endsSentence(b.text)) return false;
  const label = LABEL.exec(b.text.trim());
  return (label === null || wordCount(label[0]) > MAX_LABEL_WORDS) && namesArticle(b.text);
}

/** The stems of the article nouns a text names: what two notices in a row may share. */
function articleStems(text: string): Set<string> {
  return new Set([...text.matchAll(ARTICLE)].map((m) => m[0].toLowerCase().slice(0, 5)));
}

/**
 * Whether the blocks from `at` to `last` are notices that use no content word of the story above `at` (its blocks from
 * `first`, and its headline), nor one of each other's but the article's noun, with three content words or more each.
 */
function noticesFrom(blocks: Block[], first: number, at: number, last: number, stopwords: ReadonlySet<string>): boolean {
  const used = storyStems(blocks, first, at - 1, stopwords);
  const group = blocks.slice(at, last + 1);
  return group.every((b, i) => {
    const own = [...contentStems(b.text, stopwords)];
    const others = new Set(group.flatMap((o, j) => (j === i ? [] : [...contentStems(o.text, stopwords)].filter((w) => !articleStems(o.text).has(w)))));
    return own.length >= MIN_CONTENT_WORDS && !own.some((w) => used.has(w) || others.has(w));
  });
}

/**
 * The index of the first notice on the story's text at its end, or -1: one or two one-line sentences at `last` and
 * right above it that name an article (noticeShape), with two prose blocks of the story or more above them (from
 * `first`), and not one content word (four letters or more, no stopword: running-text.ts) that the story's blocks or
 * its headline use (noticesFrom), of three or more each has. The highest such start is taken.
 */
export function textNoticeAt(blocks: Block[], first: number, last: number, stopwords: ReadonlySet<string>): number {
  let k = last;
  while (k > first && last - k < MAX_NOTICES && noticeShape(blocks[k]!)) k--;
  if (k === last) return -1;
  if (blocks.slice(first, k + 1).filter(isTextProse).length < MIN_STORY_BLOCKS) return -1;
  for (let at = k + 1; at <= last; at++) if (noticesFrom(blocks, first, at, last, stopwords)) return at;
  return -1;
}
