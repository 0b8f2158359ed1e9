/**
 * The fold spelling (rules 1–4 of the fold key, fold-key.ts): a word in Latin letters that its spellings in every
 * Latin orthography, and in Cyrillic, Greek and Georgian (through the one transliterator, transliterate.ts), have in
 * common, before doubled letters are made single and endings cut.
 * Hangul is spelt as written and Hebrew keeps ש, א and ע apart (see spell): a word in those scripts meets only names
 * in its own script, and romanised it would meet common words.
 */
import { remembered } from '../bounded-memo';
import { toLatin } from './transliterate';

/** Languages in which ch is the sound of Russian х, not of ш or ч. */
const chIsKh = new Set(['de', 'cs', 'sk', 'pl', 'nl', 'sv', 'hr', 'sl', 'sr', 'bs', 'da', 'nb', 'nn', 'no', 'lt', 'lv', 'et', 'fi', 'el']);

const sibilants = /tsch|tsj|tch|shch|sch|sh|sz|sj|cz|cs|ts|zh|zs|zj|kh|ph|gk|ck|ch|ou|oe|[qxwjy]/g;
const replacement: Readonly<Record<string, string>> = {
  tsch: 's', tsj: 's', tch: 's', shch: 's', sch: 's', sh: 's', sz: 's', sj: 's', cz: 's', cs: 's', ts: 's',
  zh: 'z', zs: 'z', zj: 'z', kh: 'h', ph: 'f', gk: 'g', ck: 'k', ou: 'u', oe: 'u', q: 'k', x: 'ks', w: 'v', j: 'i', y: 'i',
};

const spelled = new Map<string, string>();

/** Hangul's first syllable: a word that opens with one (see spell, and the skeleton keys of consonant-skeleton.ts). */
export const hangul = /^[\uAC00-\uD7A3]/u;

/** Doubled letters single (rule 5): "Lukasjenko" and "Lukašenko", "Zelenskyy" and "Zelensky" meet. */
export const single = (s: string) => s.replace(/(.)\1+/g, '$1');

/** Rules 1–4 without collapsing doubled letters: what case endings are cut from. Cached: a gazetteer repeats names across languages. */
export function spell(word: string, language: string | null): string {
  // A Korean word meets only names in Hangul, spelt as written: romanised, its syllables would run together and lose
  // their final vowels ("거니와", "though", would be "건지" (Guernsey) + the particle 와).
  if (hangul.test(word)) return word;
  if (language === 'he') return spellAcross(word.replace(hebrewUnspelt, (c) => HEBREW_UNSPELT[c] ?? c), language);
  return spellAcross(word.replace(ARABIC_JIM, JIM_MARK), language);
}

/**
 * Arabic-script ج, which any-ascii spells j, the letter rule 4 makes the vowel i as it makes ي (y): then "الأجبان"
 * (the cheeses) and "اليابان" (Japan) have one key. It is a consonant in every language that writes the script, so it
 * keeps a mark of its own (a digit, which no rule changes), as Hebrew's letters do. Only in the fold key: a consonant
 * skeleton (consonant-skeleton.ts) drops j with the vowels on purpose, where Latin names spell ج as J, G or Dj.
 */
const ARABIC_JIM = /\u062C/gu;
const JIM_MARK = '3';

/**
 * Hebrew letters any-ascii spells as another letter's sound or as nothing: ש as s (like ס), א and ע as nothing.
 * Hebrew writes them as consonants, in a name as in any word, so each keeps a mark of its own (a digit, which no
 * rule changes): "שלוש" (three, read as ש "that" + "לוש") is no spelling of "לאוס" (Laos), nor "נורו" (were
 * fired) of "נאורו" (Nauru). Only in Hebrew: Yiddish writes vowels with א and ע.
 */
const HEBREW_UNSPELT: Readonly<Record<string, string>> = { '\u05E9': '0', '\u05D0': '1', '\u05E2': '2' };
const hebrewUnspelt = /[\u05E9\u05D0\u05E2]/gu;

/** Rules 1–4, remembered by language and word: spell without its Hangul and Hebrew exceptions, as consonantSkeleton spells. */
export function spellAcross(word: string, language: string | null): string {
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
 * the name proposals try both, proposal-groups.ts.)
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
