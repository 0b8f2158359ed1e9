/**
 * Capitalised common nouns, which name proposals (name-proposals.ts) must not
 * take for names: German and Luxembourgish capitalise every noun, and so may a
 * language measured in the archive itself.
 */
import { isDesignation } from './designations';
import type { ProposalSource } from './name-proposals';
import type { Occurrence } from './proposal-groups';
import { isAllCaps, tokenize } from './tokens';

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
export function wordCase(sources: readonly ProposalSource[]): { counts: Map<string, { lower: number; capital: number }>; nounCapitalising: Set<string> } {
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
export const onlyNouns = (group: readonly Occurrence[], nounCapitalising: ReadonlySet<string>) =>
  group.every((o) => !isAllCaps(o.name) && !isDesignation(o.name) && nounCapitalising.has(o.language ?? 'und')) &&
  (group.every((o) => tokenize(o.name).length === 1) || new Set(group.map((o) => o.article)).size === 1);
