/**
 * The languages recorded inside a story: each block's (where it differs from the story's) and
 * each mostly Cyrillic removed line's, so pages only read them and never load the detector.
 */
import type { BodyBlock, RemovedLine } from '../../schema';
import { remembered } from '../../bounded-memo';
import { dominantScript, scriptOfLanguage } from '../script/text-script';
import { detectLanguage, MAX_SAMPLE } from './detect';
import { countMatches as count, isEastSlavic, priorStands } from './east-slavic';

/**
 * The `lang` a block needs inside a story written in `storyLang`, or null when it inherits
 * the story's. The same decision as for the article (detectLanguage), with the story's
 * language as prior: a Cyrillic block gets ru/uk/be by detection and letters, and keeps the
 * story's East Slavic language whenever its letters allow it; a block in another script gets
 * the detector's answer (`und` when it cannot tell). A block in the story's own non-Cyrillic
 * script inherits: n-grams on a short Latin block would guess more than they know.
 */
export function blockLang(text: string, storyLang: string): string | null {
  const script = dominantScript(text);
  if (script === null) return null;
  if (script === scriptOfLanguage(storyLang) && script !== 'Cyrillic') return null;
  if (isEastSlavic(storyLang) && priorStands(text.length > MAX_SAMPLE ? text.slice(0, MAX_SAMPLE) : text, storyLang)) return null;
  const guess = detectLanguage(text, storyLang).value;
  return guess === storyLang ? null : guess;
}

/** cyrillicLang's detected answers: a site prints the same menus and notices on every page, and each page's removed lines hold them again. Bounded. */
const lineLangs = new Map<string, string>();

/**
 * BCP 47 tag for a run of text that is mostly Cyrillic ('ru', 'uk', 'be', or another Cyrillic
 * language the detector names); null when the text is mostly Latin or has no letters.
 */
export function cyrillicLang(text: string): string | null {
  const cyrillic = count(text, /\p{Script=Cyrillic}/gu);
  const latin = count(text, /\p{Script=Latin}/gu);
  if (cyrillic === 0 || cyrillic <= latin || dominantScript(text) !== 'Cyrillic') return null;
  return remembered(lineLangs, 1024, text, (line) => detectLanguage(line).value);
}

/**
 * A story's body with each block's language recorded, for a story written in `storyLang`: a
 * block's `lang` is blockLang's answer, absent when it inherits the story's (a `lang` recorded
 * against an earlier language of the story is dropped). Run where the story is compiled, and again
 * when an editor sets the story's language, so pages only read it and never load the detector.
 */
export function withBlockLangs(body: readonly BodyBlock[], storyLang: string): BodyBlock[] {
  return body.map(({ lang: _earlier, ...block }) => {
    const lang = blockLang(block.text, storyLang);
    return lang === null ? block : { ...block, lang };
  });
}

/** Removed lines with the language of each mostly Cyrillic one recorded (cyrillicLang), for the source panel. */
export function withLineLangs(removed: readonly RemovedLine[]): RemovedLine[] {
  return removed.map((line) => {
    const lang = cyrillicLang(line.text);
    return lang === null ? line : { ...line, lang };
  });
}
