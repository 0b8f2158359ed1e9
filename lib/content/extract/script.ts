/**
 * Which script a text is written in, which script a language is written in, and the
 * languages a script alone identifies (Georgian, Armenian, Greek, Gujarati, Thaana…): the
 * script half of the one language decision (language.ts), shared by articles, blocks,
 * components and share-card fonts. Nothing here is typed by hand per language: the scripts,
 * each language's script and each script's languages come from CLDR (`Intl.Locale#maximize`,
 * `Intl.DisplayNames`) and Unicode's Script property (`\p{Script=…}`), so a page in a script
 * nobody listed still gets a script, and its language when the script names one.
 */

/** A script, by its English name (`Latin`, `Cyrillic`, `Gujarati`, `Han`…). */
export type Script = string;

/**
 * ISO 15924 codes CLDR gives as a language's script that stand for several Unicode scripts
 * (ISO 15924 defines them so): a Japanese or Korean text's letters are Han, kana or Hangul.
 */
const COMPOSITE: Record<string, readonly string[]> = {
  Jpan: ['Hani', 'Hira', 'Kana'],
  Kore: ['Hang', 'Hani'],
  Hans: ['Hani'],
  Hant: ['Hani'],
};

const SCRIPT_NAMES = new Intl.DisplayNames(['en'], { type: 'script', fallback: 'none' });
const LANGUAGE_NAMES = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

/** Whether an ISO 15924 code is a Unicode Script property value this engine knows. */
function isUnicodeScript(code: string): boolean {
  try {
    new RegExp(`\\p{Script=${code}}`, 'u');
    return true;
  } catch {
    return false;
  }
}

/** CLDR's likely script of a language tag (ISO 15924: zh → Hans, zh-TW → Hant, ja → Jpan), or undefined when CLDR has none. */
export function likelyScript(tag: string): string | undefined {
  try {
    return new Intl.Locale(tag).maximize().script;
  } catch {
    return undefined;
  }
}

type Tables = {
  /** Unicode scripts letters are classified into (ISO 15924), the most widely used first. */
  codes: string[];
  /** ISO 15924 code → the two-letter languages CLDR writes in it, plus CLDR's likely language for it. */
  languages: Map<string, Set<string>>;
  /** ISO 15924 code → regex for one letter of it. */
  letter: Map<string, RegExp>;
  /** Every two-letter language CLDR names and gives a likely script, in code order. */
  tags: string[];
};

let tables: Tables | null = null;

/**
 * Built once, on first use (a few tens of milliseconds): every two-letter language CLDR names,
 * with its likely script; every script with its own digits in CLDR (Mongolian, Ol Chiki, N'Ko…),
 * which no two-letter language has as its default; CLDR's likely language for each script.
 */
function tablesOf(): Tables {
  if (tables) return tables;
  const languages = new Map<string, Set<string>>();
  const tags: string[] = [];
  const add = (code: string, tag: string) => {
    for (const part of COMPOSITE[code] ?? [code]) {
      const set = languages.get(part) ?? new Set<string>();
      set.add(tag);
      languages.set(part, set);
    }
  };
  const a = 'abcdefghijklmnopqrstuvwxyz';
  for (const x of a) {
    for (const y of a) {
      const tag = x + y;
      // Deprecated codes (iw, in, ji, sh…) are aliases of another language, not a language.
      if (LANGUAGE_NAMES.of(tag) === undefined || Intl.getCanonicalLocales(tag)[0] !== tag) continue;
      const script = likelyScript(tag);
      if (script) {
        add(script, tag);
        tags.push(tag);
      }
    }
  }
  for (const system of Intl.supportedValuesOf('numberingSystem')) {
    const code = system.length === 4 ? `${system.charAt(0).toUpperCase()}${system.slice(1)}` : '';
    if (code && !languages.has(code) && isUnicodeScript(code)) languages.set(code, new Set());
  }
  for (const [code, set] of languages) {
    const likely = new Intl.Locale(`und-${code}`).maximize();
    // CLDR's likely language of a script counts only when it writes it by default or has a two-letter tag.
    if (likely.script === code && likely.language.length === 2) set.add(likely.language);
  }
  const codes = [...languages.keys()].filter(isUnicodeScript).sort((p, q) => (languages.get(q)?.size ?? 0) - (languages.get(p)?.size ?? 0));
  const letter = new Map(codes.map((code) => [code, new RegExp(`\\p{Script=${code}}`, 'u')] as const));
  tables = { codes, languages, letter, tags };
  return tables;
}

const NAMES = new Map<string, Script>();
/** The English name of a script (`Cyrl` → `Cyrillic`); the code when CLDR has no name. */
function nameOf(code: string): Script {
  let name = NAMES.get(code);
  if (name === undefined) {
    name = SCRIPT_NAMES.of(code) ?? code;
    NAMES.set(code, name);
  }
  return name;
}

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

let CODE_OF_NAME: Map<Script, string> | null = null;

/** The ISO 15924 code of a script name this module gave (`Gujarati` → `Gujr`), or null. */
function codeOfName(script: Script): string | null {
  if (!CODE_OF_NAME) CODE_OF_NAME = new Map(tablesOf().codes.map((code) => [nameOf(code), code] as const));
  return CODE_OF_NAME.get(script) ?? null;
}

/** Every two-letter language CLDR names and writes in some script (`ab` … `zu`), in code order: the languages a CLDR lookup can be asked about. */
export function cldrLanguages(): readonly string[] {
  return tablesOf().tags;
}

/**
 * The languages CLDR writes in a script (`Devanagari` → hi, mr, ne, sa…; `Gujarati` → gu):
 * empty for a script no language with a two-letter tag uses.
 */
export function languagesOfScript(script: Script): readonly string[] {
  const code = codeOfName(script);
  return code ? [...(tablesOf().languages.get(code) ?? [])].sort() : [];
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
