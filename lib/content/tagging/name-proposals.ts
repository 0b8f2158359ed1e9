/**
 * Names the archive mentions that the gazetteer lacks, grouped across stories,
 * spellings and scripts, for `npm run content:entities`. Each article's
 * unresolved names come from unknown-names.ts; two names are one proposal when
 * their words share a fold stem (proposal-groups.ts, fold-key.ts: "Khrenin", "Хренина" and
 * "Chrenin" meet; a Cyrillic word also meets through its paradigm stems,
 * "Хрениным" → "Хренин"). A single word that the archive writes in lowercase
 * as often as capitalised in mid-sentence is a common word, not a name.
 * Proposals are ranked by the number of stories that name them.
 */
import type { BodyBlock, EntityType, Mention } from '../schema';
import { onlyNouns, wordCase } from './capitalised-nouns';
import { isDesignation } from './designations';
import { displayName, groupOccurrences, type Occurrence } from './proposal-groups';
import { addContextEvidence, suggestSlug, suggestType, type TypeEvidence } from './proposal-type';
import { isAllCaps, tokenize } from './tokens';
import { findCandidateNames } from './unknown-names';

/** What the finder needs of an article: its text as the tagger saw it, its mentions and language. */
export type ProposalSource = { id: string; language: string | null; title: string; body: readonly BodyBlock[]; mentions: readonly Mention[] };

/** A name the gazetteer lacks: `forms` as written, the languages and number of stories, two example sentences. */
export type NameProposal = { name: string; forms: string[]; languages: string[]; stories: number; examples: string[]; type: EntityType; slug: string };

const sentenceSegmenter = new Intl.Segmenter('und', { granularity: 'sentence' });

/** The sentences of `text` that contain `name`. */
function sentencesWith(text: string, name: string): string[] {
  if (!text.includes(name)) return [];
  return [...sentenceSegmenter.segment(text)].map((s) => s.segment.trim()).filter((s) => s.includes(name));
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
  const proposals = groupOccurrences(occurrences).filter((g) => !onlyNouns(g, nounCapitalising)).map((group) => {
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
