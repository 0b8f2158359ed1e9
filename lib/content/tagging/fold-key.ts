/**
 * The fold key: one spelling of a name that its spellings in every Latin
 * orthography, and its Cyrillic, Greek and Georgian spellings (through the one
 * transliterator, transliterate.ts), have in common. "Lukashenko",
 * "Lukaschenko", "Loukachenko", "Łukaszenka", "Lukašenko", "Lukaşenko",
 * "Lukasjenko", "Loekasjenko", "Лукашэнка", "Λουκασένκο" and "ლუკაშენკო" all
 * have the fold stem "lukasenk".
 *
 * Rules, in order (1–4 are the fold spelling, fold-spelling.ts):
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
 * Hangul is spelt as written and Hebrew keeps ש, א and ע apart (fold-spelling.ts): a word in those scripts meets
 * only names in its own script, and romanised it would meet common words.
 * The fold stem then drops final vowels ("Lukashenka" and "Lukashenko" meet),
 * and a word in a text of a declining language may first lose one of its case
 * endings (paradigms.ts `foldEndings`: Hungarian -ban, Czech -em, Georgian -is…).
 * A stem shorter than three letters is no key (a word of four or more keeps its vowels instead). The matcher uses this only where
 * no form matches as written, and a key two entities share tags neither.
 */
import { foldEndings } from './paradigms';
import { single, spell } from './fold-spelling';

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
