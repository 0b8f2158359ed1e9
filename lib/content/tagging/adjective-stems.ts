/**
 * The stems of nationality adjectives (adjective-rules.ts): cut from a
 * country's name by rule, from an adjective as CLDR writes it, and from a word
 * of a text, which meets the adjective when it is its stem plus one of the
 * language's endings. The matcher uses these only where no form matches as
 * written, only in a text of that language, and a stem two countries share
 * tags neither; a word that is a stopword of the text's language is never read
 * as an adjective.
 */
import { adjectiveRules, adjectiveSpelling } from './adjective-rules';
import { isStopword } from './common-words';

/** The shortest stem a derived adjective may have: "rus" (Romanian rus, rusă) is allowed, "ki" is not. */
const MIN_STEM = 3;

/** An Arabic word without its article ال, which is not part of an adjective's stem. */
export const withoutArticle = (plain: string) => plain.replace(/^ال/u, '');

/** The adjective stems a rule makes of one word of a country's name in `language` (the Arabic article is not part of the stem). */
export function adjectiveStems(word: string, language: string): string[] {
  const r = adjectiveRules[language];
  if (!r || r.from.length === 0) return [];
  const plain = withoutArticle(adjectiveSpelling(word, language));
  const stems = new Set<string>();
  for (const [cut, add] of r.from) {
    if (!plain.endsWith(cut)) continue;
    const stem = plain.slice(0, plain.length - cut.length) + add;
    if (stem.length >= MIN_STEM) stems.add(stem);
  }
  return [...stems];
}

/** The stems of an adjective as CLDR writes it ("russo" → russ; "chinês" → chines, chin): it less each ending it has. */
export function namedAdjectiveStems(adjective: string, language: string): string[] {
  const r = adjectiveRules[language];
  if (!r) return [];
  const plain = withoutArticle(adjectiveSpelling(adjective, language));
  const stems = r.endings.filter((e) => plain.endsWith(e) && plain.length - e.length >= MIN_STEM).map((e) => plain.slice(0, plain.length - e.length));
  const people = stems.flatMap((stem) => (r.demonym ?? []).filter((cut) => stem.endsWith(cut) && stem.length - cut.length >= MIN_STEM).map((cut) => stem.slice(0, stem.length - cut.length)));
  return [...new Set([...stems, ...people])];
}

/** The stems a word of a text in `language` could be an adjective of: the word less each of the language's endings, or with a plural's alternation undone (Czech ruští → rusk). */
export function textAdjectiveStems(word: string, language: string | null): string[] {
  if (language === null) return [];
  const r = adjectiveRules[language];
  if (!r || isStopword(word.toLowerCase(), language)) return [];
  const plain = adjectiveSpelling(word, language);
  const stems: string[] = [];
  for (const ending of r.endings) {
    if (plain.length - ending.length >= MIN_STEM && plain.endsWith(ending)) stems.push(plain.slice(0, plain.length - ending.length));
  }
  for (const [ending, stemEnd] of r.alternations ?? []) {
    if (plain.length - ending.length + stemEnd.length >= MIN_STEM && plain.endsWith(ending)) stems.push(plain.slice(0, plain.length - ending.length) + stemEnd);
  }
  return stems;
}
