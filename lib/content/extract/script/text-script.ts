/**
 * Which script a text is written in, which script a language is written in, and the
 * languages a script alone identifies (Georgian, Armenian, Greek, Gujarati, Thaana…): the
 * script half of the one language decision (language/detect.ts), shared by articles, blocks,
 * components and share-card fonts. Nothing here is typed by hand per language: the scripts,
 * each language's script and each script's languages come from CLDR (`Intl.Locale#maximize`,
 * `Intl.DisplayNames`) and Unicode's Script property (`\p{Script=…}`), so a page in a script
 * nobody listed still gets a script, and its language when the script names one.
 */

import { COMPOSITE, languagesOfScript, likelyScript, nameOf, type Script, tablesOf } from './script-tables';

const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

/** Whether the text has letters of a script written without spaces between words (Han, kana, Thai, Lao, Khmer, Myanmar): a run of them holds several words. */
export function hasUnspacedScript(text: string): boolean {
  return UNSPACED.test(text);
}

const SCRIPT_OF_LANGUAGE = new Map<string, Script>();

/** The script a language is written in, by CLDR (Latin when CLDR does not know the tag); null for `und`. */
export function scriptOfLanguage(tag: string): Script | null {
  if (tag === 'und') return null;
  let script = SCRIPT_OF_LANGUAGE.get(tag);
  if (script === undefined) {
    const code = likelyScript(tag);
    script = code ? nameOf(COMPOSITE[code]?.[0] ?? code) : 'Latin';
    SCRIPT_OF_LANGUAGE.set(tag, script);
  }
  return script;
}

// The script code of each character seen so far (null: not a letter, or in no script of a living
// language): a text repeats few distinct characters, so each is classified once, not by every regex.
const SCRIPT_OF_CHAR = new Map<string, string | null>();

function scriptOfChar(ch: string): string | null {
  let code = SCRIPT_OF_CHAR.get(ch);
  if (code === undefined) {
    const { codes, letter } = tablesOf();
    code = /\p{L}/u.test(ch) ? (codes.find((c) => letter.get(c)?.test(ch)) ?? null) : null;
    SCRIPT_OF_CHAR.set(ch, code);
  }
  return code;
}

/** scriptOfChar of each UTF-16 unit outside the surrogates seen so far, by unit: read without making a one-letter string. */
const SCRIPT_OF_UNIT = new Array<string | null | undefined>(0x10000);

/** The script code of a UTF-16 unit outside the surrogates (the one-letter string scriptOfChar reads). */
function scriptOfUnit(text: string, i: number): string | null {
  const unit = text.charCodeAt(i);
  let code = SCRIPT_OF_UNIT[unit];
  if (code === undefined) {
    code = scriptOfChar(text.charAt(i));
    SCRIPT_OF_UNIT[unit] = code;
  }
  return code;
}

/** The ISO 15924 code most of the text's letters are in, or null when it has no letters. */
function dominantCode(text: string): string | null {
  // A block's script is asked for twice in a row (blockLang, then detectLanguage on the same text).
  if (text === lastDominant.text) return lastDominant.code;
  const code = countDominantCode(text);
  lastDominant = { text, code };
  return code;
}

/** The last text dominantCode read, and its answer. */
let lastDominant: { text: string | null; code: string | null } = { text: null, code: null };

/** Each script code countDominantCode has met, at the index it counts it by. */
const COUNTED: string[] = [];
const COUNTED_INDEX = new Map<string, number>();
/** The index of each UTF-16 unit's script code in COUNTED, by unit: -1 for no script, -2 not yet read. */
const INDEX_OF_UNIT = new Int16Array(0x10000).fill(-2);

/** The index of a script code in COUNTED, or -1 for none. */
function countedIndex(code: string | null): number {
  if (code === null) return -1;
  let k = COUNTED_INDEX.get(code);
  if (k === undefined) {
    k = COUNTED.push(code) - 1;
    COUNTED_INDEX.set(code, k);
  }
  return k;
}

/** dominantCode, counted letter by letter (counts kept by code index, not in a map: this runs on every letter of every page). */
function countDominantCode(text: string): string | null {
  const counts: number[] = [];
  let best = -1;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    let k: number;
    if (unit >= 0xd800 && unit <= 0xdfff) {
      // A surrogate pair is one character, as `for…of` reads it; a lone surrogate one of its own.
      const ch = String.fromCodePoint(text.codePointAt(i)!);
      k = countedIndex(scriptOfChar(ch));
      i += ch.length - 1;
    } else {
      k = INDEX_OF_UNIT[unit]!;
      if (k === -2) {
        k = countedIndex(scriptOfUnit(text, i));
        INDEX_OF_UNIT[unit] = k;
      }
    }
    if (k < 0) continue;
    const n = (counts[k] ?? 0) + 1;
    counts[k] = n;
    if (best < 0 || n > counts[best]!) best = k;
  }
  return best < 0 ? null : COUNTED[best]!;
}

/** The script most of the text's letters are in, or null when it has no letters. */
export function dominantScript(text: string): Script | null {
  const code = dominantCode(text);
  return code === null ? null : nameOf(code);
}

/**
 * The language the text's script alone names (`ka` for Georgian, `gu` for Gujarati, `ja` for
 * Han with kana), or null when several languages share the script (Latin, Cyrillic, Arabic,
 * Devanagari, Tibetan…): CLDR writes exactly one language in it.
 */
export function languageOfScript(text: string, script: Script | null = dominantScript(text)): string | null {
  if (script === null) return null;
  if (script === nameOf('Hani')) return /[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(text) ? 'ja' : null;
  const only = languagesOfScript(script);
  return only.length === 1 ? (only[0] ?? null) : null;
}
