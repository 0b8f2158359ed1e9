/**
 * Grouping a name's occurrences across stories, spellings and scripts, for the
 * name proposals (name-proposals.ts): two names are one group when their words
 * share a fold stem (fold-key.ts: "Khrenin", "Хренина" and "Chrenin" meet; a
 * Cyrillic word also meets through its paradigm stems, "Хрениным" → "Хренин"),
 * or when a surname alone follows the full name in the same story. Leading
 * words only one form has are dropped, and each group gets a display name.
 */
import { isDesignation } from './designations';
import { foldKey, textFoldStems } from './fold-key';
import { forEachInflectionKey } from './inflection';
import { languagesByScript } from './paradigms';
import { isAllCaps, tokenize } from './tokens';
import { isCyrillic } from './transliterate';

/** One unresolved name in one story, with the sentences it occurs in (on its first occurrence only). */
export type Occurrence = { name: string; article: string; language: string | null; sentences: string[] };

/** The stems one word of a name may share with other spellings of it. */
function wordStems(word: string, language: string | null): Set<string> {
  const stems = new Set(textFoldStems(word, language).map((k) => k.slice(1)));
  stems.add(foldKey(word, language));
  // German writes Russian з as s before a vowel too: "Selenskyj" is Zelensky, while "Sergej" is Sergey.
  if (language === 'de' && /^S[aeiouäöü]/u.test(word)) for (const k of textFoldStems(`Z${word.slice(1)}`, language)) stems.add(k.slice(1));
  if (isCyrillic(word)) forEachInflectionKey(word, languagesByScript.cyrillic, (stem) => stems.add(foldKey(stem, language)));
  return stems;
}

/** The grouping keys of a name: designations and acronyms by their Latin letters, other names by every combination of their words' stems. */
function groupKeys(name: string, language: string | null): string[] {
  if (isDesignation(name) || isAllCaps(name)) return [`=${foldKey(name.replace(/[^\p{L}\p{N}]/gu, ''))}`];
  let keys = [''];
  for (const t of tokenize(name)) {
    const stems = [...wordStems(t.text, language)];
    keys = keys.flatMap((k) => stems.map((s) => (k === '' ? s : `${k} ${s}`))).slice(0, 32);
  }
  return keys;
}

/** The occurrences grouped (union-find over their indexes), each group without the leading words only one form has. */
export function groupOccurrences(occurrences: readonly Occurrence[]): Occurrence[][] {
  const parent = occurrences.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i] ?? i)));
  const owner = new Map<string, number>();
  occurrences.forEach((o, i) => {
    for (const key of groupKeys(o.name, o.language)) {
      const j = owner.get(key);
      if (j === undefined) owner.set(key, i);
      else parent[find(i)] = find(j);
    }
  });
  // A surname alone joins the full name the same story gives ("Khrenin" after "Viktor Khrenin").
  const fullNames = new Map<string, number>();
  occurrences.forEach((o, i) => {
    const words = tokenize(o.name);
    const last = words.at(-1);
    if (words.length > 1 && last) fullNames.set(`${o.article} ${foldKey(last.text, o.language)}`, i);
  });
  occurrences.forEach((o, i) => {
    const j = tokenize(o.name).length === 1 ? fullNames.get(`${o.article} ${foldKey(o.name, o.language)}`) : undefined;
    if (j !== undefined) parent[find(i)] = find(j);
  });
  const groups = new Map<number, Occurrence[]>();
  occurrences.forEach((o, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), o]));
  return [...groups.values()].map(withoutLeadingWords);
}

/** A name's words as fold keys without final vowels, to compare spellings ("Víktor Jrenin" and "Viktor Khrenin", "Viktor Khrenine" are one). */
const foldedWords = (name: string, language: string | null) => tokenize(name).map((t) => foldKey(t.text, language).replace(/[aeiou]+$/, '')).join(' ');

/**
 * Drops words that only one form of a name has in front: in "Ministro della
 * Difesa Viktor Khrenin" the run is "Difesa Viktor Khrenin", in
 * "Oppositionsführerin Swetlana Tichanowskaja" a capitalised noun leads, in
 * Turkish "Savunma Bakanı Sergey Şoygu" a title; when a rest of two words or
 * more is another form of the same group, the rest is the name.
 */
function withoutLeadingWords(group: Occurrence[]): Occurrence[] {
  const full = new Set(group.filter((o) => tokenize(o.name).length >= 2).map((o) => foldedWords(o.name, o.language)));
  return group.map((o) => {
    const words = tokenize(o.name);
    if (words.length < 3) return o;
    const own = foldedWords(o.name, o.language);
    // The longest rest of two words or more that is another form: "Savunma Bakanı Sergey Şoygu" → "Sergey Şoygu".
    for (let k = 1; k + 2 <= words.length; k += 1) {
      const rest = o.name.slice(words[k]?.start ?? 0);
      const key = foldedWords(rest, o.language);
      if (key !== own && full.has(key)) return { ...o, name: rest };
    }
    return o;
  });
}

/** The display name of a group: its most frequent form in Latin letters (as the gazetteer writes names), else its most frequent form; a full name before a surname alone. */
export function displayName(group: readonly Occurrence[]): string {
  const counts = new Map<string, number>();
  for (const o of group) counts.set(o.name, (counts.get(o.name) ?? 0) + 1);
  const words = (n: string) => tokenize(n).length;
  const ranked = [...counts].sort(([a, x], [b, y]) => words(b) - words(a) || y - x || a.length - b.length || a.localeCompare(b));
  return (ranked.find(([n]) => /^[\p{Script=Latin}\p{N}\s\-‑'’.]+$/u.test(n)) ?? ranked[0])?.[0] ?? '';
}
