/**
 * The story's voice, measured from the page itself rather than from a word table: the words its text uses, and its
 * function words, the short words its text repeats most (every language repeats its articles, particles and
 * prepositions: "the", "de", "на", "の", "ni"). A short line under the story that shares a word with it and uses one of
 * its function words is written in the story's language and about its matter; a share button, a foreign embed line or
 * a platform's prompt is not. Stopword lists add evidence where they cover the language; they do not decide.
 */
import { hasUnspacedScript } from './script/text-script';
import { words } from '../segment/text-shape';
import { sameWordByShare, STEM_LETTERS } from './same-word';

/** What the story's text is made of, for weighing one line against it. */
export type StoryVoice = {
  /** The text's words in lower case, keyed by their first letters (PREFIX), for matching inflected forms. */
  byPrefix: ReadonlyMap<string, readonly string[]>;
  /** Every word of the text, in lower case. */
  vocabulary: ReadonlySet<string>;
  /** The text's most repeated short words. */
  functionWords: ReadonlySet<string>;
};

/** The letters two forms of one word share at least (same-word.ts: sameWordByShare), and a content word has. */
const PREFIX = STEM_LETTERS;
/** A function word is this short (in letters) and repeats this often in the story, and only the most frequent count. */
const FUNCTION_WORD_LENGTH = 3;
const FUNCTION_WORD_REPEATS = 2;
const FUNCTION_WORDS = 16;

const lettersOf = (w: string) => [...w].length;

/** The voice of the story whose paragraphs are `texts`. Linear in the text's length. */
export function storyVoice(texts: readonly string[]): StoryVoice {
  const counts = new Map<string, number>();
  for (const t of texts) for (const w of words(t)) counts.set(w.toLowerCase(), (counts.get(w.toLowerCase()) ?? 0) + 1);
  const byPrefix = new Map<string, string[]>();
  for (const w of counts.keys()) {
    if (lettersOf(w) < PREFIX) continue;
    const key = [...w].slice(0, PREFIX).join('');
    byPrefix.set(key, [...(byPrefix.get(key) ?? []), w]);
  }
  const short = [...counts].filter(([w, n]) => lettersOf(w) <= FUNCTION_WORD_LENGTH && n >= FUNCTION_WORD_REPEATS && !/\p{N}/u.test(w));
  short.sort((a, b) => b[1] - a[1]);
  return { byPrefix, vocabulary: new Set(counts.keys()), functionWords: new Set(short.slice(0, FUNCTION_WORDS).map(([w]) => w)) };
}

/** Whether `word` is the story's, as written or in another form of it ("Kräften" where the story wrote "Kräfte"). */
export function usesStoryWord(word: string, voice: StoryVoice): boolean {
  const lower = word.toLowerCase();
  if (voice.vocabulary.has(lower)) return true;
  return lettersOf(lower) >= PREFIX && (voice.byPrefix.get([...lower].slice(0, PREFIX).join('')) ?? []).some((s) => sameWordByShare(lower, s));
}

/** What a line shares with the story: its words the story uses too (content words), and its function words. */
export type VoiceMatch = { shared: string[]; functionWords: number; words: number };

/**
 * Weighs `line` against the story's voice. A content word is one of four letters or more (two in a script written
 * without spaces, where the segmenter's words are short and only its one-letter words are function words) that is
 * neither a function word nor in `stopwords`.
 */
export function voiceMatch(line: string, voice: StoryVoice, stopwords: ReadonlySet<string>): VoiceMatch {
  const ws = words(line);
  const unspaced = hasUnspacedScript(line);
  const minContent = unspaced ? 2 : PREFIX;
  let functionWords = 0;
  const shared: string[] = [];
  for (const w of ws) {
    const lower = w.toLowerCase();
    // Where the segmenter cuts words, a short story's repeated words of two letters or more are its matter ("図書館").
    if (stopwords.has(lower) || (voice.functionWords.has(lower) && (!unspaced || lettersOf(lower) === 1))) {
      functionWords++;
      continue;
    }
    if (lettersOf(lower) < minContent || /\p{N}/u.test(lower)) continue;
    if (usesStoryWord(lower, voice)) shared.push(w);
  }
  return { shared, functionWords, words: ws.length };
}
