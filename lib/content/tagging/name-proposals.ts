/**
 * Names the archive mentions that the gazetteer lacks, grouped across stories,
 * spellings and scripts, for `npm run content:entities`. Each article's
 * unresolved names come from unknown-names.ts; two names are one proposal when
 * their words share a fold stem (fold-key.ts: "Khrenin", "Хренина" and
 * "Chrenin" meet; a Cyrillic word also meets through its paradigm stems,
 * "Хрениным" → "Хренин"). A single word that the archive writes in lowercase
 * as often as capitalised in mid-sentence is a common word, not a name.
 * Proposals are ranked by the number of stories that name them.
 */
import type { BodyBlock, EntityType, Mention } from '../schema';
import { foldKey, textFoldStems } from './fold-key';
import { forEachInflectionKey } from './inflection';
import { languagesByScript } from './paradigms';
import { isDesignation } from './designations';
import { addContextEvidence, suggestSlug, suggestType, type TypeEvidence } from './proposal-type';
import { isAllCaps, tokenize } from './tokens';
import { isCyrillic } from './transliterate';
import { findCandidateNames } from './unknown-names';

/** What the finder needs of an article: its text as the tagger saw it, its mentions and language. */
export type ProposalSource = { id: string; language: string | null; title: string; body: readonly BodyBlock[]; mentions: readonly Mention[] };

/** A name the gazetteer lacks: `forms` as written, the languages and number of stories, two example sentences. */
export type NameProposal = { name: string; forms: string[]; languages: string[]; stories: number; examples: string[]; type: EntityType; slug: string };

type Occurrence = { name: string; article: string; language: string | null; sentences: string[] };

const sentenceSegmenter = new Intl.Segmenter('und', { granularity: 'sentence' });

/** The sentences of `text` that contain `name`. */
function sentencesWith(text: string, name: string): string[] {
  if (!text.includes(name)) return [];
  return [...sentenceSegmenter.segment(text)].map((s) => s.segment.trim()).filter((s) => s.includes(name));
}

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

/**
 * A language whose texts capitalise more than this share of their mid-sentence
 * words capitalises its nouns (German news: about 30%; English: about 10%, and
 * a short story dense with names can reach 20%). Judged only on enough words.
 */
const NOUN_CAPITALISING = 0.25;
/** Languages whose spelling capitalises every noun, known before any count: a small archive's German may be too short to measure. */
const CAPITALISES_NOUNS = ['de', 'lb'];
const MIN_WORDS_TO_JUDGE = 300;

/**
 * Mid-sentence lowercase and capitalised counts of every word in the archive,
 * to tell common words from names, and the languages that capitalise nouns.
 */
function wordCase(sources: readonly ProposalSource[]): { counts: Map<string, { lower: number; capital: number }>; nounCapitalising: Set<string> } {
  const counts = new Map<string, { lower: number; capital: number }>();
  const share = new Map<string, { capital: number; all: number }>();
  for (const s of sources) {
    const language = share.get(s.language ?? 'und') ?? { capital: 0, all: 0 };
    share.set(s.language ?? 'und', language);
    for (const b of s.body) {
      tokenize(b.text).forEach((t, i) => {
        if (i === 0 || /^\p{N}/u.test(t.text)) return;
        const key = t.text.toLowerCase();
        const c = counts.get(key) ?? { lower: 0, capital: 0 };
        if (t.text === key) c.lower += 1;
        else c.capital += 1;
        counts.set(key, c);
        language.all += 1;
        if (t.text !== key) language.capital += 1;
      });
    }
  }
  const measured = [...share].filter(([, c]) => c.all >= MIN_WORDS_TO_JUDGE && c.capital / c.all > NOUN_CAPITALISING).map(([l]) => l);
  const nounCapitalising = new Set([...measured, ...CAPITALISES_NOUNS]);
  return { counts, nounCapitalising };
}

/**
 * Whether a group is only capitalised common nouns: no form an acronym or a
 * designation, all from languages that capitalise nouns, and every form a
 * single word ("Regierung", "Raketenwerfer") or the group in one story only
 * ("Armee Unabhängigkeit"). A name there must be an acronym, a designation,
 * written in another language too, or several words in several stories.
 */
const onlyNouns = (group: readonly Occurrence[], nounCapitalising: ReadonlySet<string>) =>
  group.every((o) => !isAllCaps(o.name) && !isDesignation(o.name) && nounCapitalising.has(o.language ?? 'und')) &&
  (group.every((o) => tokenize(o.name).length === 1) || new Set(group.map((o) => o.article)).size === 1);

/** Union-find over occurrence indexes. */
function grouped(occurrences: readonly Occurrence[]): Occurrence[][] {
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
function displayName(group: readonly Occurrence[]): string {
  const counts = new Map<string, number>();
  for (const o of group) counts.set(o.name, (counts.get(o.name) ?? 0) + 1);
  const words = (n: string) => tokenize(n).length;
  const ranked = [...counts].sort(([a, x], [b, y]) => words(b) - words(a) || y - x || a.length - b.length || a.localeCompare(b));
  return (ranked.find(([n]) => /^[\p{Script=Latin}\p{N}\s\-‑'’.]+$/u.test(n)) ?? ranked[0])?.[0] ?? '';
}

/**
 * Every name the sources mention that no mention covers, grouped and ranked
 * (most stories first, then most mentions, then name). `ignore` holds names an
 * editor has ruled out.
 */
export function proposeNames(sources: readonly ProposalSource[], ignore: readonly string[] = []): NameProposal[] {
  const { counts, nounCapitalising } = wordCase(sources);
  const isCommonWord = (name: string) => {
    const words = tokenize(name);
    const c = words.length === 1 && !isAllCaps(name) ? counts.get(name.toLowerCase()) : undefined;
    return c !== undefined && c.lower >= c.capital;
  };
  const occurrences: Occurrence[] = [];
  for (const s of sources) {
    const texts = [s.title, ...s.body.map((b) => b.text)];
    for (const c of findCandidateNames(s.title, s.body, s.mentions, ignore, s.language)) {
      // Several words in capitals are shouted text ("READ ALSO", "LÄS ÄVEN"), not an acronym.
      if (isCommonWord(c.name) || (isAllCaps(c.name) && tokenize(c.name).length > 1 && !isDesignation(c.name))) continue;
      // Body sentences make better examples than a headline: the headline goes last.
      const sentences = [...c.blocks].sort((a, b) => (a < 0 ? 1 : 0) - (b < 0 ? 1 : 0) || a - b).flatMap((b) => sentencesWith(texts[b + 1] ?? '', c.name));
      for (let k = 0; k < c.count; k += 1) occurrences.push({ name: c.name, article: s.id, language: s.language, sentences: k === 0 ? sentences : [] });
    }
  }
  const proposals = grouped(occurrences).filter((g) => !onlyNouns(g, nounCapitalising)).map((group) => {
    const name = displayName(group);
    const evidence: TypeEvidence = {};
    for (const o of group) for (const sentence of o.sentences) addContextEvidence(evidence, sentence, o.name);
    const articles = [...new Set(group.map((o) => o.article))];
    const examples: string[] = [];
    for (const article of articles) {
      const own = group.filter((o) => o.article === article && o.sentences.length > 0);
      const sentence = (own.find((o) => o.name === name) ?? own[0])?.sentences[0];
      if (sentence && examples.length < 2) examples.push(sentence.length > 280 ? `${sentence.slice(0, 277)}…` : sentence);
    }
    return {
      proposal: {
        name,
        forms: [...new Set(group.map((o) => o.name))].sort(),
        languages: [...new Set(group.map((o) => o.language ?? 'und'))].sort(),
        stories: articles.length,
        examples,
        type: suggestType(name, evidence),
        slug: suggestSlug(name),
      },
      mentions: group.length,
    };
  });
  proposals.sort((a, b) => b.proposal.stories - a.proposal.stories || b.mentions - a.mentions || a.proposal.name.localeCompare(b.proposal.name));
  return proposals.map((p) => p.proposal);
}
