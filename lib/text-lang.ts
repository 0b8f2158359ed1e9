/**
 * Guesses the language of a short run of text, only for what the page needs: a `lang`
 * attribute on Cyrillic runs (credits, removed lines) inside an English page, so screen
 * readers and hyphenation treat them right. Latin text returns null (inherit the page's `en`).
 */

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
