/**
 * The consonant skeleton of a name: its consonants as a script that spells a foreign name's consonants but not its
 * vowels the way Latin does (Arabic, Hebrew, Devanagari, Thai, Korean, Japanese kana, Chinese characters) keeps
 * them, or as romanisations of one name agree on them (SkeletonReading). The matcher meets names in those scripts
 * through it (tag-fold.ts), the outlet finder a name against its site's domain (outlet-address.ts).
 */
import { hangul, single, spellAcross } from './fold-spelling';
import { toLatin } from './transliterate';

/** Letters that write vowels (or nothing) in Hebrew and Arabic spelling: matres lectionis, alef, hamza, ta marbuta. */
const abjadVowels = /[\u05D0\u05D4\u05D5\u05D9\u05E2\u0621-\u0623\u0625\u0627\u0629\u0647\u0648\u0649\u064A\u064B-\u0652]/gu;
/** Scripts whose spelling of a foreign name keeps its consonants but not its vowels as Latin has them. */
const consonantScripts = /[\u0590-\u06FF\u0900-\u097F\u0E00-\u0E7F\u3040-\u30FF\u3400-\u9FFF\uAC00-\uD7A3]/u;

const pairedConsonant: Readonly<Record<string, string>> = { r: 'l', p: 'b', f: 'b', v: 'b', t: 'd', g: 'k', c: 'k', q: 'k', z: 's' };

/** Consonants a skeleton must keep to be a key: "Lukashenko" (lksnk) and "Iskander" (skndl) are, "Minsk" (mnsk) is not. */
const MIN_SKELETON = 5;

/**
 * How a skeleton reads its letters, the one thing two uses of a skeleton differ in:
 * - `fold`, a name in a script that spells a foreign name's consonants but not its vowels the way Latin does
 *   (tag-fold.ts): Arabic and Hebrew leave vowels out or write them as consonant letters ("لوكاشينكو", "לוקשנקו"),
 *   Devanagari drops the inherent vowel ("इस्कंदर"), Thai writes some vowels before their consonant ("ลูกาเชนโก"),
 *   Korean adds ㅡ between consonants and writes l as r ("이스칸데르"), Japanese kana and Chinese characters add vowels
 *   and write l as r ("ルカシェンコ", "伊斯坎德尔"). Read through the fold spelling (rules 1–4: ts, ch, sh… as s, kh as h,
 *   each Georgian letter alone), vowel letters, y, w and h dropped, r written l, voiced and voiceless pairs as one
 *   (Arabic has no p, Hebrew writes p and f alike, pinyin's b d g are p t k): all of those spellings of Lukashenko
 *   are "lksnk".
 * - `romanised`, a Latin key (lower-case letters and figures, outlet-address.ts letterKey) read as transliterations
 *   write one sound several ways, for a name against the domain a site spells it in (outlet-address.ts spellsAlike):
 *   "shch", "sch", "sh" as "s"; "ch", "ts", "tz", "tch" as "c" (Georgian ც is "ts" or "c"); "zh" as "z"; "kh", "ck" as
 *   "k"; "ph" as "f"; "w" as "v"; then no vowels, no "y", "j" or "h"; voiced and voiceless letters stay apart:
 *   "severnyyvestnik" and "severnyvestnik", "chrdiloetismatsne" and "chrdilotismacne" agree.
 */
export type SkeletonReading = 'fold' | 'romanised';

/** The `romanised` reading's spellings of one sound, replaced in this order. */
const ROMANISED_SOUNDS: readonly (readonly [RegExp, string])[] = [
  [/shch|sch|sh/gu, 's'],
  [/ch|ts|tz|tch/gu, 'c'],
  [/zh/gu, 'z'],
  [/kh|ck/gu, 'k'],
  [/ph/gu, 'f'],
  [/w/gu, 'v'],
];

/** A word's consonants as the `fold` reading spells them (doubled letters not yet single). */
function foldConsonants(word: string): string {
  const plain = word.replace(abjadVowels, '').replace(/\u0902/gu, 'न्').replace(/[\u0901\u093C]/gu, '');
  return spellAcross(plain, null)
    .replace(/[aeiouyhw]/g, '')
    .replace(/[rpfvtgcqz]/g, (c) => pairedConsonant[c] ?? c);
}

/** A Latin key's consonants as the `romanised` reading spells them (doubled letters not yet single). */
const romanisedConsonants = (key: string) => ROMANISED_SOUNDS.reduce((s, [sound, letter]) => s.replace(sound, letter), key).replace(/[aeiouyjh]/gu, '');

/**
 * The consonant skeleton of a name: its consonants as `reading` spells them (SkeletonReading), doubled letters
 * single. Null when fewer than {@link MIN_SKELETON} consonants are left (too many names would meet).
 */
export function consonantSkeleton(word: string, reading: SkeletonReading = 'fold'): string | null {
  const skeleton = single(reading === 'fold' ? foldConsonants(word) : romanisedConsonants(word));
  return skeleton.length >= MIN_SKELETON ? skeleton : null;
}

/** Hangul's initial consonants: ㅇ (index 11 of 19) writes none, so the word opens with a vowel. */
const HANGUL_BASE = 0xac00;
const HANGUL_INITIAL_SPAN = 588;
const SILENT_INITIAL = 11;

/**
 * The skeleton key of a word of a text (consonantSkeleton), or null. A Hangul word's key also says whether it opens
 * with a vowel, as Korean writes a name that does ("이스칸데르", Iskander): Korean words carry their endings, and the
 * skeleton of "알겠는가" (who knows) is Lukashenko's, but it opens with a vowel and "루카셴코" does not.
 */
export function textSkeletonKey(word: string): string | null {
  const skeleton = consonantSkeleton(word);
  if (skeleton === null || !hangul.test(word)) return skeleton;
  const initial = Math.floor((word.charCodeAt(0) - HANGUL_BASE) / HANGUL_INITIAL_SPAN);
  return `${initial === SILENT_INITIAL ? 'V' : 'C'}${skeleton}`;
}

/**
 * The skeleton keys a name written in Latin letters is found by: its skeleton, for every script but Hangul, and for
 * Hangul the skeleton with how it opens (textSkeletonKey): a vowel or y as a vowel ("Yanukovych", "야누코비치"), j and
 * w either way ("Jens" is "옌스", "Joe" "조"; "Washington" "워싱턴", "Wagner" "바그너"), any other letter as a consonant.
 */
export function nameSkeletonKeys(name: string): string[] {
  const skeleton = consonantSkeleton(name);
  if (skeleton === null) return [];
  const first = toLatin(name.charAt(0)).toLowerCase();
  const opens = /^[aeiouy]/.test(first) ? ['V'] : /^[jw]/.test(first) ? ['V', 'C'] : ['C'];
  return [skeleton, ...opens.map((o) => `${o}${skeleton}`)];
}

/** Whether a word is written in a script whose names are matched by {@link consonantSkeleton}. */
export function inConsonantScript(word: string): boolean {
  return consonantScripts.test(word);
}
