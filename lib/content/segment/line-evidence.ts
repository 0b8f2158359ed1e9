/**
 * Line evidence: the signals every language has, measured on one line so that
 * segmentation and extraction can weigh them instead of matching per-language
 * word tables. Words are counted with `Intl.Segmenter` where spaces do not
 * delimit words (Chinese, Japanese, Thai…), stopword share comes from
 * `stopwords-iso` for the page's language (the union of every list when the
 * language is unknown or has no list), sentence ends are Unicode's
 * `\p{Sentence_Terminal}`, and capitalisation is only read in scripts that have case.
 */
import { stopwordsOf } from '../extract/stopwords';
import { endsSentence, hasCase, words } from './text-shape';


/** What one line looks like, in signals that exist in every language. */
export type LineEvidence = {
  /** Characters, after trimming. */
  length: number;
  /** Words, counted by Intl.Segmenter where the script has no spaces. */
  wordCount: number;
  /** Share of the words that are the language's stopwords (0 when there are no words). */
  stopShare: number;
  /** Ends with a sentence terminal (։ । ؟ 。 ！ . ? ! …), possibly followed by closing quotes. */
  terminal: boolean;
  /** Whether the first letter belongs to a script with letter case (Latin, Cyrillic, Greek, Armenian…). */
  cased: boolean;
  /** The first letter is upper case; always false when the script has no case. */
  capitalised: boolean;
  /** Share of the non-space characters that are digits or symbols (not letters, not marks). */
  figureShare: number;
};

/** The stopwords of a language (BCP 47 primary tag); the union of every list when it has none or is `und`. */
export function stopwordsFor(language: string): ReadonlySet<string> {
  return stopwordsOf(language, 'union');
}

/** Measures one line. `stopwords` come from stopwordsFor(page language). */
export function lineEvidence(text: string, stopwords: ReadonlySet<string>): LineEvidence {
  const t = text.trim();
  const ws = words(t);
  let stops = 0;
  for (const w of ws) if (stopwords.has(w.toLowerCase())) stops++;
  const first = /\p{L}/u.exec(t)?.[0] ?? '';
  const cased = first !== '' && hasCase(first);
  const visible = t.replace(/\s+/gu, '');
  const figures = visible.replace(/[\p{L}\p{M}]/gu, '').length;
  return {
    length: t.length,
    wordCount: ws.length,
    stopShare: ws.length === 0 ? 0 : stops / ws.length,
    terminal: endsSentence(t),
    cased,
    // Without the `i` flag: with it, \p{Lu} also matches lower case.
    capitalised: cased && /\p{Lu}/u.test(first),
    figureShare: visible.length === 0 ? 0 : figures / visible.length,
  };
}

/** Running text has this share of stopwords or more in every language with a list (menus and headlines have far fewer). */
export const RUNNING_TEXT_STOP_SHARE = 0.15;

/**
 * A sentence of the story: it ends with a sentence terminal, has 8 words or more, a stopword share
 * like running text, and is mostly letters. Such a line is never removed for its first words.
 */
export function isSentenceLike(e: LineEvidence): boolean {
  return e.terminal && e.wordCount >= 8 && e.stopShare >= RUNNING_TEXT_STOP_SHARE && e.figureShare < 0.3;
}

/** Sentence-likeness of a raw line, measured with the page language's stopwords. */
export function readsAsSentence(text: string, stopwords: ReadonlySet<string>): boolean {
  return isSentenceLike(lineEvidence(text, stopwords));
}

/**
 * A brief statement: two or three words closed by a full stop of any script, the first capitalised (or in a script
 * without case), the others in lower case, and nothing but letters ("Soruşturma sürüyor.", "Пострадали няма.",
 * "والتحقيقات مستمرة."). News stories often end on one. A name ("Ana Souza."), a label ("Foto: AA.") or a call
 * ("Share!") has another shape; the layout reads it only straight under the story's last paragraph.
 */
export function isBriefStatement(text: string): boolean {
  const t = text.trim();
  // One full stop: an ellipsis trails off a link ("Soma zaidi...", "Read more..."), it ends no statement.
  if (!/(?<![.])[.。।։۔]$/u.test(t) || /[^\p{L}\p{M}\s'’.。।։۔-]/u.test(t)) return false;
  const ws = words(t);
  if (ws.length < 2 || ws.length > 3) return false;
  const first = lineEvidence(t, new Set());
  return (first.capitalised || !first.cased) && ws.slice(1).every((w) => !/\p{Lu}/u.test(w));
}

/**
 * A plain statement of four to eight words: one full stop of any script at its end, nothing but letters, the first word
 * capitalised (or in a script without case) and every other one in lower case or a name `named` says the story has
 * already written ("Linn otsib praegu lasteaiale õpetajaid.", "Tallinn ootab vastust Riiast."). Where function words are
 * endings, not words (Estonian, Finnish, Hungarian, Turkish), a short sentence holds too few stopwords to be measured
 * by them, but its shape is still a sentence's: a label, a name, a date or a link has capitals, figures or marks.
 */
export function isPlainStatement(text: string, named: (word: string) => boolean): boolean {
  const t = text.trim();
  if (!/(?<![.])[.。।։۔]$/u.test(t) || /[^\p{L}\p{M}\s'’.。।։۔,-]/u.test(t) || /[.。।։۔].*[.。।։۔]$/u.test(t)) return false;
  const ws = words(t);
  if (ws.length < 4 || ws.length > 8) return false;
  const first = lineEvidence(t, new Set());
  return (first.capitalised || !first.cased) && ws.slice(1).every((w) => !/\p{Lu}/u.test(w) || named(w));
}
