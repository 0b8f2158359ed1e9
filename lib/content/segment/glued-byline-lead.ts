/**
 * A story's first sentence glued to the byline over it: "By Jane Doe The navy has ordered six boats…", "Por Ana Souza O
 * governo anunciou…". The scraper ran the byline's element into the first paragraph's, so the writer is lost to the
 * byline reader and the paragraph opens with furniture. Three signals must agree before the line is split: the words
 * before the split read as a labelled byline on their own (byline.ts: a label, then the whole rest a name), the split
 * falls before a capitalised function word of the language (a sentence's opening "The", "O", "Der": no part of a name),
 * and the part after it is a paragraph of running prose. A sentence that names its writer ("By Monday The Times had…")
 * has no labelled name before its function word. Split from glued-lines.ts, which calls it for every line: the function
 * word is looked up before any byline is read.
 */
import { matchByline } from './byline';
import { isProse, wordCount } from './text-shape';

/** Words a label and a name may have before the sentence: "By Jane Doe" is three, "Por Ana Maria de Souza" five. */
const MAX_HEAD_WORDS = 6;
/** Words the glued paragraph has at least: a sentence, not a role or a place after the name. */
const MIN_LEAD_WORDS = 8;
/** Characters of the line read for the byline: a label and a name of six words fit in them. */
const HEAD_CHARS = 80;
/** Characters a line needs to hold a byline and a paragraph. */
const MIN_LENGTH = 60;

/** A capitalised word: a capital, then lower case. */
const CAPITALISED = /^\p{Lu}\p{Ll}*$/u;

/**
 * The line's two parts, the byline and the sentence glued to it, or null (see the module comment). `stopwords` are the
 * function words the split may fall before (the page's language's, or every list's).
 */
export function splitBylineLead(text: string, stopwords: ReadonlySet<string>): string[] | null {
  if (text.length < MIN_LENGTH) return null;
  const t = text.trim();
  // Only the line's first words are read (split on single spaces, as the ingest normalised them): the rest is not cut up for every line.
  const tokens = t.slice(0, HEAD_CHARS).split(' ', MAX_HEAD_WORDS + 1);
  for (let k = 2; k <= MAX_HEAD_WORDS && k < tokens.length; k++) {
    const word = tokens[k]!;
    if (!CAPITALISED.test(word) || !stopwords.has(word.toLowerCase())) continue;
    const head = tokens.slice(0, k).join(' ');
    const rest = t.slice(head.length).trim();
    if (wordCount(rest) < MIN_LEAD_WORDS || !isProse(rest)) return null;
    const byline = matchByline(head);
    // The whole head is the label and the name: nothing of it is left for a sentence.
    if (!byline || !head.endsWith(byline.author) || wordCount(byline.author) < 2 || wordCount(head) - wordCount(byline.author) > 2) return null;
    return [head, rest];
  }
  return null;
}
