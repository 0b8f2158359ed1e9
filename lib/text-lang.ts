/**
 * Which language a run of a story is in, only as far as a page needs it: the `lang` (and, when
 * it is written the other way, the `dir`) of a block or quoted line in another language than
 * the story around it, so screen readers and hyphenation treat it right. Pages only read what
 * the compile recorded (a body block's and a removed line's `lang`, decided once by
 * lib/content/extract/language/); nothing here detects, so a page never loads the detector.
 */
import { type TextDirection, textDirection } from '@/lib/text-direction';

/** The attributes a block in language `lang` needs inside a story in `storyLang`; none when it inherits the story's. */
export function blockLangAttributes(lang: string | undefined, storyLang: string): { lang: string; dir?: TextDirection } | null {
  if (lang === undefined || lang === storyLang) return null;
  const dir = textDirection(lang);
  return dir === textDirection(storyLang) ? { lang } : { lang, dir };
}
