/**
 * Notices to the reader printed under a story: "Follow us on Google News…", "If you liked the article, follow
 * us on Facebook!", "All rights reserved, no reuse without permission.", "Found a mistake? Select it and press
 * Ctrl+Enter." They read as sentences, so the
 * last-prose rule alone takes them into the story; layout.ts cuts them only where two signals agree: one of
 * these words, and their place after the story's text with nothing but such notices and furniture below.
 */
import { PAYWALL_WORDS, PROMPT_VERB_STEMS, RIGHTS_RESERVED, phraseAlternation } from './furniture-words';
import { wordCount } from './text-shape';

const wordStart = (list: string[]) => new RegExp(`(?<![\\p{L}\\p{M}])(?:${phraseAlternation(list)})`, 'iu');

// Only the prompt phrases that name their object ("follow us", "kövess minket", "takip edin"), wherever they stand
// in the line: a bare verb stem ("del", "siga", "join") starts too many words of running text to be read mid-line.
const ADDRESS = wordStart(PROMPT_VERB_STEMS.filter((s) => /[\s-]/u.test(s)));
const OPENING_VERB = new RegExp(`^(?:${phraseAlternation(PROMPT_VERB_STEMS)})`, 'iu');
const PAYWALL = wordStart(PAYWALL_WORDS);
const RIGHTS = wordStart(RIGHTS_RESERVED);
// A platform a site asks to be followed on; a suffix of a few letters is an inflection ("Facebookon", "WhatsApp'tan").
const PLATFORM = /(?<![\p{L}\p{M}])(?:google\s+\p{Lu}\p{L}+|facebook|telegram|whatsapp|instagram|youtube|tiktok|viber|twitter|linkedin|threads|дзен|вконтакте)\p{L}{0,4}(?![\p{L}\p{M}])/iu;

// A keyboard chord ("Ctrl+Enter", "Strg + Enter", "⌘+K"): the page telling its reader which keys to press, in any
// language; a story that explains a shortcut stays, as the notice needs its place under the text as well (layout.ts).
const KEY_CHORD = /(?<![\p{L}\p{N}])(?:ctrl|control|strg|alt|shift|cmd|⌘)\s*\+\s*[\p{L}\p{N}]/iu;

/** How strongly one line reads as a notice to the reader: 'strong' on its own words, 'platform' when it only names one, or null. */
export function readerNotice(text: string): 'strong' | 'platform' | null {
  const t = text.trim();
  if (wordCount(t) > 30) return null;
  if (ADDRESS.test(t) || RIGHTS.test(t) || PAYWALL.test(t) || KEY_CHORD.test(t)) return 'strong';
  const platform = PLATFORM.test(t);
  if (platform && OPENING_VERB.test(t)) return 'strong';
  return platform ? 'platform' : null;
}

/** Whether a line opens with a verb of sharing, following or subscribing ("Iscriviti alla newsletter", "Follow us"). */
export function opensWithPromptVerb(text: string): boolean {
  return OPENING_VERB.test(text.trim());
}
