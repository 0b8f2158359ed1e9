/**
 * Which language a run of text is in, only as far as a page needs it: a `lang`
 * attribute on a block or quoted line written in another script (or another East
 * Slavic language) than the story around it, so screen readers and hyphenation
 * treat it right. Text in the story's own script inherits the story's language.
 */
import { detectLanguage, eastSlavicByLetters, isEastSlavic } from '@/lib/content/extract/language';

/** Letters that exist in Belarusian Cyrillic but not in Russian. */
const BELARUSIAN_ONLY = /[ўЎіІ]/u;
/** Letters that exist in Ukrainian but not in Russian or Belarusian. */
const UKRAINIAN_ONLY = /[їЇєЄґҐ]/u;
/** Letters Russian uses that Belarusian never does. */
const NOT_BELARUSIAN = /[иИщЩъЪ]/u;

/**
 * BCP 47 tag for a run of text that is mostly Cyrillic: 'be', 'uk' or 'ru' (the default
 * for Cyrillic without a telling letter); null when the text is mostly Latin or has no letters.
 */
export function cyrillicLang(text: string): 'ru' | 'be' | 'uk' | null {
  const cyrillic = text.match(/\p{Script=Cyrillic}/gu)?.length ?? 0;
  const latin = text.match(/\p{Script=Latin}/gu)?.length ?? 0;
  if (cyrillic === 0 || cyrillic <= latin) return null;
  if (UKRAINIAN_ONLY.test(text)) return 'uk';
  if (BELARUSIAN_ONLY.test(text) && !NOT_BELARUSIAN.test(text)) return 'be';
  return 'ru';
}

/** Scripts a story's text may be in, most common first. */
const SCRIPTS = ['Latin', 'Cyrillic', 'Greek', 'Arabic', 'Hebrew', 'Devanagari', 'Han', 'Hangul', 'Hiragana', 'Katakana', 'Thai', 'Georgian', 'Armenian'] as const;
export type Script = (typeof SCRIPTS)[number];
const SCRIPT_RE = new Map(SCRIPTS.map((s) => [s, new RegExp(`\\p{Script=${s}}`, 'u')] as const));

/** Languages (BCP 47 primary tags) not written in the Latin script, by script. */
const NON_LATIN: Record<string, Script> = {
  ru: 'Cyrillic', uk: 'Cyrillic', be: 'Cyrillic', bg: 'Cyrillic', sr: 'Cyrillic', mk: 'Cyrillic', kk: 'Cyrillic', ky: 'Cyrillic', tg: 'Cyrillic', mn: 'Cyrillic',
  el: 'Greek', ar: 'Arabic', fa: 'Arabic', ur: 'Arabic', he: 'Hebrew', yi: 'Hebrew', hi: 'Devanagari', mr: 'Devanagari', ne: 'Devanagari',
  zh: 'Han', ja: 'Han', ko: 'Hangul', th: 'Thai', ka: 'Georgian', hy: 'Armenian',
};

/** The script a language is written in (Latin unless known otherwise); null for `und`. */
export function scriptOfLanguage(tag: string): Script | null {
  if (tag === 'und') return null;
  return NON_LATIN[tag] ?? 'Latin';
}

/** The script most of the text's letters are in, or null when it has no letters. */
export function dominantScript(text: string): Script | null {
  const counts = new Map<Script, number>();
  for (const ch of text) {
    if (!/\p{L}/u.test(ch)) continue;
    const script = SCRIPTS.find((s) => SCRIPT_RE.get(s)?.test(ch));
    if (script) counts.set(script, (counts.get(script) ?? 0) + 1);
  }
  let best: Script | null = null;
  for (const [script, n] of counts) if (best === null || n > (counts.get(best) ?? 0)) best = script;
  return best;
}

/**
 * The `lang` a block needs inside a story written in `storyLang`, or null when it
 * inherits the story's: Cyrillic blocks get ru/uk/be by their letters (within an East
 * Slavic story, only when the letters rule the story's language out); blocks in
 * another script get the detector's answer, `und` when it cannot tell.
 */
export function blockLang(text: string, storyLang: string): string | null {
  const script = dominantScript(text);
  if (script === null) return null;
  if (script === 'Cyrillic') {
    const tag = isEastSlavic(storyLang) ? eastSlavicByLetters(text, [storyLang]).value : cyrillicLang(text);
    return tag && tag !== storyLang ? tag : null;
  }
  if (script === scriptOfLanguage(storyLang)) return null;
  const guess = detectLanguage(text).value;
  return guess === storyLang ? null : guess;
}
