/**
 * A suggested entity type and slug for a name the gazetteer lacks, from the
 * name's shape and the words around it. Only a suggestion for the editor who
 * accepts the name (content:entities --accept): shape decides a designation,
 * context words add evidence, and a bare name falls back on its shape.
 */
import type { EntityType } from '../schema';
import { isAllCaps, tokenize } from './tokens';
import { toLatin } from './transliterate';
import { isDesignation } from './designations';
import { titleWords } from './name-runs';

/** Words that make the name next to them an organisation ("MZKT plant", "завод МЗКТ", "zakład MZKT"), in the archive's languages. */
const organisationWords = new Set(
  (
    'plant factory works company agency ministry corporation holding concern bureau institute university bank party union alliance organisation organization ' +
    'завод заводе завода предприятие агентство агентства компания компании концерн холдинг министерство партия ' +
    'завод заводу агенцтва кампанія міністэрства прадпрыемства агенція компанія міністерство підприємство ' +
    'zakład zakłady zakładów fabryka spółka agencja ministerstwo koncern partia ' +
    'werk werke konzern agentur ministerium unternehmen partei usine agence société ministère entreprise parti ' +
    'pabrik perusahaan kantor kementerian partai gamykla agentūra bendrovė ministerija partija'
  ).split(' '),
);
const titles = new Set([...titleWords].map((w) => w.toLowerCase()));

/** Counts of evidence for each type, gathered over the sentences a name occurs in. */
export type TypeEvidence = Partial<Record<EntityType, number>>;

/** Adds the evidence of one occurrence: the word before the name and the word after it in its sentence. */
export function addContextEvidence(evidence: TypeEvidence, sentence: string, name: string): void {
  const at = sentence.indexOf(name);
  if (at < 0) return;
  const before = tokenize(sentence.slice(0, at)).at(-1)?.text.toLowerCase();
  const after = tokenize(sentence.slice(at + name.length))[0]?.text.toLowerCase();
  if (before && titles.has(before)) evidence.person = (evidence.person ?? 0) + 1;
  if ((before && organisationWords.has(before)) || (after && organisationWords.has(after))) evidence.organisation = (evidence.organisation ?? 0) + 1;
}

/** The suggested type: a designation is a weapon system; else the best-supported context; else by shape (acronym → organisation, two or three capitalised words → person, one word → place). */
export function suggestType(name: string, evidence: TypeEvidence): EntityType {
  if (isDesignation(name)) return 'weapon-system';
  const ranked = Object.entries(evidence).sort(([, a], [, b]) => (b ?? 0) - (a ?? 0));
  const best = ranked[0];
  if (best && (best[1] ?? 0) > 0 && (best[0] === 'person' || best[0] === 'organisation')) return best[0];
  if (isAllCaps(name.replace(/[^\p{L}]/gu, '')) || /\p{Lu}\p{Ll}*\p{Lu}/u.test(name.split(/\s/)[0] ?? '')) return 'organisation';
  const words = tokenize(name).length;
  return words >= 2 && words <= 3 ? 'person' : 'place';
}

/** A slug for a name: each word in Latin letters (the one transliterator), lowercase, joined by hyphens. */
export function suggestSlug(name: string): string {
  return tokenize(name)
    .map((t) => toLatin(t.text).toLowerCase())
    .filter((w) => w !== '')
    .join('-');
}
