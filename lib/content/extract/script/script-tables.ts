/**
 * The tables the script half of the language decision reads (see text-script.ts): every script, each
 * language's script and each script's languages, from CLDR (`Intl.Locale#maximize`,
 * `Intl.DisplayNames`) and Unicode's Script property (`\p{Script=…}`), built once on first use;
 * nothing is typed by hand per language.
 */

/** A script, by its English name (`Latin`, `Cyrillic`, `Gujarati`, `Han`…). */
export type Script = string;

/**
 * ISO 15924 codes CLDR gives as a language's script that stand for several Unicode scripts
 * (ISO 15924 defines them so): a Japanese or Korean text's letters are Han, kana or Hangul.
 */
export const COMPOSITE: Record<string, readonly string[]> = {
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
export function tablesOf(): Tables {
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
export function nameOf(code: string): Script {
  let name = NAMES.get(code);
  if (name === undefined) {
    name = SCRIPT_NAMES.of(code) ?? code;
    NAMES.set(code, name);
  }
  return name;
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
