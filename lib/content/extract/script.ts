/**
 * Which script a text is written in, which script a language is written in, and the
 * languages a script alone identifies (Georgian, Armenian, Greek, Thai, Korean…): the
 * script half of the one language decision (language.ts), shared by articles, blocks,
 * components and share-card fonts.
 */

/** Scripts a story's text may be in, most common first. */
const SCRIPTS = [
  'Latin', 'Cyrillic', 'Greek', 'Arabic', 'Hebrew', 'Devanagari', 'Bengali', 'Han', 'Hangul', 'Hiragana', 'Katakana', 'Thai', 'Lao',
  'Khmer', 'Myanmar', 'Sinhala', 'Tamil', 'Georgian', 'Armenian', 'Ethiopic', 'Tibetan',
] as const;
export type Script = (typeof SCRIPTS)[number];
const SCRIPT_RE = new Map(SCRIPTS.map((s) => [s, new RegExp(`\\p{Script=${s}}`, 'u')] as const));

/** Languages (BCP 47 primary tags) not written in the Latin script, by script. */
const NON_LATIN: Record<string, Script> = {
  ru: 'Cyrillic', uk: 'Cyrillic', be: 'Cyrillic', bg: 'Cyrillic', sr: 'Cyrillic', mk: 'Cyrillic', kk: 'Cyrillic', ky: 'Cyrillic', tg: 'Cyrillic', mn: 'Cyrillic',
  el: 'Greek', ar: 'Arabic', fa: 'Arabic', ur: 'Arabic', ps: 'Arabic', he: 'Hebrew', yi: 'Hebrew', hi: 'Devanagari', mr: 'Devanagari', ne: 'Devanagari',
  bn: 'Bengali', zh: 'Han', ja: 'Han', ko: 'Hangul', th: 'Thai', lo: 'Lao', km: 'Khmer', my: 'Myanmar', si: 'Sinhala', ta: 'Tamil',
  ka: 'Georgian', hy: 'Armenian', am: 'Ethiopic', bo: 'Tibetan',
};

/**
 * Scripts that, in a news archive, name their language by themselves: the only major
 * language written in them. Kana means Japanese whatever share of the letters are Han.
 */
const ONE_LANGUAGE: Partial<Record<Script, string>> = {
  Greek: 'el', Hangul: 'ko', Hiragana: 'ja', Katakana: 'ja', Thai: 'th', Lao: 'lo', Khmer: 'km', Myanmar: 'my', Sinhala: 'si', Georgian: 'ka', Armenian: 'hy', Tibetan: 'bo',
};

const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

/** Whether the text has letters of a script written without spaces between words (Han, kana, Thai, Lao, Khmer, Myanmar): a run of them holds several words. */
export function hasUnspacedScript(text: string): boolean {
  return UNSPACED.test(text);
}

/** The script a language is written in (Latin unless known otherwise); null for `und`. */
export function scriptOfLanguage(tag: string): Script | null {
  if (tag === 'und') return null;
  return NON_LATIN[tag] ?? 'Latin';
}

// The script of each character seen so far (null: not a letter, or a script not listed): a text
// repeats few distinct characters, so each is classified once instead of by up to 21 regexes per letter.
const SCRIPT_OF_CHAR = new Map<string, Script | null>();

function scriptOfChar(ch: string): Script | null {
  let script = SCRIPT_OF_CHAR.get(ch);
  if (script === undefined) {
    script = /\p{L}/u.test(ch) ? (SCRIPTS.find((s) => SCRIPT_RE.get(s)?.test(ch)) ?? null) : null;
    SCRIPT_OF_CHAR.set(ch, script);
  }
  return script;
}

/** Letters per script in the text. */
function scriptCounts(text: string): Map<Script, number> {
  const counts = new Map<Script, number>();
  for (const ch of text) {
    const script = scriptOfChar(ch);
    if (script) counts.set(script, (counts.get(script) ?? 0) + 1);
  }
  return counts;
}

/** The script most of the text's letters are in, or null when it has no letters. */
export function dominantScript(text: string): Script | null {
  let best: Script | null = null;
  const counts = scriptCounts(text);
  for (const [script, n] of counts) if (best === null || n > (counts.get(best) ?? 0)) best = script;
  return best;
}

/** The language the text's script alone names (`ka` for Georgian, `ja` for Han with kana), or null when the script is shared by several. */
export function languageOfScript(text: string, script: Script | null = dominantScript(text)): string | null {
  if (script === 'Han') return /[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(text) ? 'ja' : null;
  return script ? (ONE_LANGUAGE[script] ?? null) : null;
}
