/**
 * Which language a run of text is in, only as far as a page needs it: a `lang`
 * attribute on a block or quoted line written in another script (or another East
 * Slavic language) than the story around it, so screen readers and hyphenation
 * treat it right. A thin caller: the decision is lib/content/extract/language.ts's,
 * the same one that tags the article.
 */
import { blockLang, detectLanguage } from '@/lib/content/extract/language';
import { dominantScript } from '@/lib/content/extract/script';

export { blockLang };
export { dominantScript, languageOfScript, scriptOfLanguage, type Script } from '@/lib/content/extract/script';

/**
 * BCP 47 tag for a run of text that is mostly Cyrillic ('ru', 'uk', 'be', or another Cyrillic
 * language the detector names); null when the text is mostly Latin or has no letters.
 */
export function cyrillicLang(text: string): string | null {
  const cyrillic = text.match(/\p{Script=Cyrillic}/gu)?.length ?? 0;
  const latin = text.match(/\p{Script=Latin}/gu)?.length ?? 0;
  if (cyrillic === 0 || cyrillic <= latin || dominantScript(text) !== 'Cyrillic') return null;
  return detectLanguage(text).value;
}
