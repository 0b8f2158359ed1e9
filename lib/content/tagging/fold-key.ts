/**
 * The fold key: one spelling of a name that its spellings in every Latin
 * orthography, and its Cyrillic, Greek and Georgian spellings (through the one
 * transliterator, transliterate.ts), have in common. "Lukashenko",
 * "Lukaschenko", "Loukachenko", "Łukaszenka", "Lukašenko", "Lukaşenko",
 * "Lukasjenko", "Loekasjenko", "Лукашэнка", "Λουκασένκο" and "ლუკაშენკო" all
 * have the fold stem "lukasenk".
 *
 * Rules, in order:
 * 1. Any script to Latin letters (any-ascii, with Greek ου γκ μπ ντ read as
 *    u g b d); diacritics go with it (š ş ș ś → s, č ć ç → s, ž ż ź → z,
 *    ł → l, ő ö ø → o, ü → u, ß → ss); lowercase; letters and digits only.
 * 2. Sibilants meet: tsch, tsj, tch, shch, sch, sh, sz, sj, cz, cs, ts and
 *    ch → s (so š ş sz sch sh sj and French ch; č cz tsch tch; Hungarian cs;
 *    and the plain s of Greek and Hungarian, which write Lukashenko with s);
 *    zh, zs, zj → z (ž ż zh, and Dutch and Swedish zj: "Prigozjin", "Joezjmasj"). Where ch is the sound of х — German, Czech, Slovak,
 *    Polish, Dutch, Swedish, Croatian, the Baltic languages, Finnish, and
 *    Greek χ as any-ascii writes it — it is h, like kh.
 * 2b. Letters one language reads its own way: Spanish j → kh, French and
 *    Turkish j → zh, Polish ie after a consonant → e, Romanian ea → e (its
 *    forms alternate them), Georgian letters one at a time (თშ is t-sh, not ts), c → ts in Polish, Czech, Slovak, the South Slavic,
 *    Baltic languages and Hungarian.
 * 3. Other pairs: kh → h, ph → f, gk → g, ck → k, q → k, x → ks, w → v, a
 *    final f or ff → v (Greek and French write -ov as -οφ, -off).
 * 4. Vowels: ou, oe → u (French, Dutch); j and y → i.
 * 5. Doubled letters are single (Lukasjenko/Lukašenko, Zelenskyy/Zelensky).
 * Hangul is spelt as written and Hebrew keeps ש, א and ע apart (see spell): a word in those scripts meets
 * only names in its own script, and romanised it would meet common words.
 * The fold stem then drops final vowels ("Lukashenka" and "Lukashenko" meet),
 * and a word in a text of a declining language may first lose one of its case
 * endings (paradigms.ts `foldEndings`: Hungarian -ban, Czech -em, Georgian -is…).
 * A stem shorter than three letters is no key (a word of four or more keeps its vowels instead). The matcher uses this only where
 * no form matches as written, and a key two entities share tags neither.
 */
import { remembered } from '../bounded-memo';
import { foldEndings } from './paradigms';
import { toLatin } from './transliterate';

/** Languages in which ch is the sound of Russian х, not of ш or ч. */
const chIsKh = new Set(['de', 'cs', 'sk', 'pl', 'nl', 'sv', 'hr', 'sl', 'sr', 'bs', 'da', 'nb', 'nn', 'no', 'lt', 'lv', 'et', 'fi', 'el']);

const sibilants = /tsch|tsj|tch|shch|sch|sh|sz|sj|cz|cs|ts|zh|zs|zj|kh|ph|gk|ck|ch|ou|oe|[qxwjy]/g;
const replacement: Readonly<Record<string, string>> = {
  tsch: 's', tsj: 's', tch: 's', shch: 's', sch: 's', sh: 's', sz: 's', sj: 's', cz: 's', cs: 's', ts: 's',
  zh: 'z', zs: 'z', zj: 'z', kh: 'h', ph: 'f', gk: 'g', ck: 'k', ou: 'u', oe: 'u', q: 'k', x: 'ks', w: 'v', j: 'i', y: 'i',
};

const spelled = new Map<string, string>();

/** Rules 1–4 without collapsing doubled letters: what case endings are cut from. Cached: a gazetteer repeats names across languages. */
function spell(word: string, language: string | null): string {
  // A Korean word meets only names in Hangul, spelt as written: romanised, its syllables would run together and lose
  // their final vowels ("거니와", "though", would be "건지" (Guernsey) + the particle 와).
  if (hangul.test(word)) return word;
  return spellAcross(language === 'he' ? word.replace(hebrewUnspelt, (c) => HEBREW_UNSPELT[c] ?? c) : word, language);
}

/**
 * Hebrew letters any-ascii spells as another letter's sound or as nothing: ש as s (like ס), א and ע as nothing.
 * Hebrew writes them as consonants, in a name as in any word, so each keeps a mark of its own (a digit, which no
 * rule changes): "שלוש" (three, read as ש "that" + "לוש") is no spelling of "לאוס" (Laos), nor "נורו" (were
 * fired) of "נאורו" (Nauru). Only in Hebrew: Yiddish writes vowels with א and ע.
 */
const HEBREW_UNSPELT: Readonly<Record<string, string>> = { '\u05E9': '0', '\u05D0': '1', '\u05E2': '2' };
const hebrewUnspelt = /[\u05E9\u05D0\u05E2]/gu;

/** Rules 1–4, remembered by language and word: spell without its Hangul and Hebrew exceptions, as consonantSkeleton spells. */
function spellAcross(word: string, language: string | null): string {
  return remembered(spelled, 200_000, `${language ?? ''} ${word}`, () => spellOnce(word, language));
}

function spellOnce(word: string, language: string | null): string {
  const ch = language !== null && chIsKh.has(language) ? 'h' : 's';
  const pairs = (latin: string) => latin.replace(sibilants, (m) => (m === 'ch' ? ch : (replacement[m] ?? m)));
  // Each Georgian letter is one sound: spelt one by one, so თ + შ (t + sh, "რუსეთში") is not read as ც (ts).
  if (georgian.test(word)) return [...word].map((c) => pairs(toLatin(c).toLowerCase())).join('').replace(/f+$/, 'v');
  // č ć ç are a sibilant everywhere; any-ascii would leave a plain c, the sound of ц in Polish.
  let latin = toLatin(word.replace(/[čćçČĆÇ]/gu, 's')).toLowerCase();
  if (language !== null) latin = byLanguage(latin, language);
  return pairs(latin).replace(/f+$/, 'v');
}

const georgian = /\p{Script=Georgian}/u;

/** Languages in which c (not before h) is the sound of ц, ts: "Cichanouska" is Tsikhanouskaya. */
const cIsTs = new Set(['pl', 'cs', 'sk', 'hr', 'sl', 'sr', 'bs', 'lv', 'lt', 'hu']);

/**
 * Letters one language reads differently from the rest, spelt as the others
 * write that sound: Spanish j is kh ("Jrenin" is Khrenin, "Tijanóvskaya"
 * Tikhanovskaya); c is ts where {@link cIsTs} says so. (German writes both
 * Russian с and з as s, "Sergej" and "Selenskyj": no single key can tell, so
 * the name proposals try both, name-proposals.ts.)
 */
function byLanguage(latin: string, language: string): string {
  if (language === 'es') return latin.replace(/j(?!$)/g, 'kh'); // not a final j: "Andrzej" is no Spanish word
  if (language === 'fr' || language === 'tr') return latin.replace(/j/g, 'zh'); // "Prigojine" is Prigozhin, "Kinjal" Kinzhal
  if (language === 'ro') return latin.replace(/ea/g, 'e'); // ea and e alternate in a Romanian word's forms: "Europeană", "Europene"
  // Polish ie after a consonant is the е that English spellings write e: "BiełTA" is BelTA (ia, io, iu are я, ё, ю: ya, yo, yu).
  const soft = language === 'pl' ? latin.replace(/(?<=[bcdfghklmnprstwz])ie/g, 'e') : latin;
  if (cIsTs.has(language)) return soft.replace(/c(?![hzs])/g, 'ts'); // ch, cz, cs are other sounds
  return soft;
}

const single = (s: string) => s.replace(/(.)\1+/g, '$1');
const vowelFinal = /[aeiou]$/;

/** The fold key of one word (rules 1–5), in a text of `language` (ISO 639-1, null when unknown). */
export function foldKey(word: string, language: string | null = null): string {
  return single(spell(word, language));
}

const foldedEndings = new Map<string, string[]>();
function endingsOf(language: string): string[] {
  let list = foldedEndings.get(language);
  if (!list) {
    list = [...new Set((foldEndings[language] ?? []).map((e) => spell(e, language)).filter((e) => e !== ''))];
    foldedEndings.set(language, list);
  }
  return list;
}

/**
 * The stem key of a spelled word: "V" + the key without its final vowels for a
 * word that ends in a vowel ("Lukashenko", "Lukashenka" → "Vlukasenk"), "C" +
 * the key for one that ends in a consonant ("Minsk" → "Cminsk"). The two never
 * meet, so an adjective ("Minski") is not its city and "Nigeria" is not "Niger".
 * A vowel-final word of four letters or more whose stem would be shorter than
 * three keeps its vowels: "W" + the key ("Unió" → "Wunio").
 */
function stemKey(spelled: string, asVowelFinal: boolean): string | null {
  const key = single(spelled);
  const stem = asVowelFinal ? key.replace(/[aeiou]+$/, '') : key;
  if (stem.length >= 3) return `${asVowelFinal ? 'V' : 'C'}${stem}`;
  // A short word whose stem would be too short keeps its vowels ("Unió" → "Wunio"), so "Unióban" still meets it.
  return asVowelFinal && key.length >= 4 ? `W${key}` : null;
}

/** The stem key of a base form (one word as the gazetteer writes it); null when neither its stem nor the whole short word makes a key. */
export function foldStem(word: string, language: string | null = null): string | null {
  const spelled = single(spell(word, language));
  return stemKey(spelled, vowelFinal.test(spelled));
}

/**
 * Every stem key a word of a text could have: as written, and with each case
 * ending of `language` cut off ("Fehéroroszországban" → "…orszag"). What is
 * left after a cut may be the stem of a vowel-final name too ("Lukašenkom" →
 * "Vlukasenk"). Stems shorter than three letters are left out.
 */
export function textFoldStems(word: string, language: string | null = null): string[] {
  const spelled = spell(word, language);
  const stems = new Set<string>();
  const add = (s: string, cut: boolean) => {
    const vowel = vowelFinal.test(single(s));
    for (const key of [stemKey(s, vowel), cut && !vowel ? stemKey(s, true) : null]) if (key) stems.add(key);
  };
  add(spelled, false);
  if (language !== null) for (const ending of endingsOf(language)) if (spelled.length > ending.length + 2 && spelled.endsWith(ending)) add(spelled.slice(0, -ending.length), true);
  return [...stems];
}

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

/** Hangul's first syllable and its initial consonant: ㅇ (index 11 of 19) writes none, so the word opens with a vowel. */
const hangul = /^[\uAC00-\uD7A3]/u;
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
