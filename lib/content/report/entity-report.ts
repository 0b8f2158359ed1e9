/**
 * The editor's view of tagging: for content:check, each article's entities with
 * their mention counts and the capitalised names the gazetteer does not know;
 * for content:entities, those names grouped across the archive.
 */
import { type CandidateName, findCandidateNames } from '../tagging/unknown-names';
import type { NameProposal } from '../tagging/name-proposals';
import type { Archive } from '../schema';
import { taggableTitle } from '../tagging/tag-archive';

/** Unresolved names per article id (see findCandidateNames), over the same text the tagger saw. */
export function candidatesByArticle(archive: Archive, ignore: readonly string[]): Map<string, CandidateName[]> {
  return new Map(archive.articles.map((a) => [a.id, findCandidateNames(taggableTitle(a), a.body, a.mentions, ignore)]));
}

const where = (blocks: number[]) => blocks.map((b) => (b === -1 ? 'title' : `¶${b}`)).join(',');

/**
 * Lines for the terminal: per article its entities (slug×mentions, most salient
 * first) and its unknown names with the blocks they occur in; then the unknown
 * names over the whole archive, so the most frequent gaps come first.
 */
export function formatEntityReport(archive: Archive, candidates: Map<string, CandidateName[]>): string {
  const lines: string[] = ['Entities per article (slug×mentions, most salient first):'];
  for (const a of archive.articles) {
    lines.push(`  ${a.id}: ${a.entities.map((e) => `${e.slug}×${e.mentions}`).join(', ') || '(none)'}`);
    const unknown = candidates.get(a.id) ?? [];
    if (unknown.length > 0) lines.push(`    not in the gazetteer: ${unknown.map((c) => `${c.name}×${c.count} (${where(c.blocks)})`).join('; ')}`);
  }
  const totals = new Map<string, { count: number; articles: string[] }>();
  for (const [id, list] of candidates) {
    for (const c of list) {
      const t = totals.get(c.name) ?? { count: 0, articles: [] };
      t.count += c.count;
      t.articles.push(id);
      totals.set(c.name, t);
    }
  }
  const sorted = [...totals].sort(([a, x], [b, y]) => y.count - x.count || a.localeCompare(b));
  lines.push(
    '',
    sorted.length === 0
      ? 'Every capitalised name is in the gazetteer or on its ignore list.'
      : `Names not in the gazetteer (add them to content/entities.yaml, or to its ignore list): ${sorted.map(([n, t]) => `${n}×${t.count}`).join(', ')}`,
    `${archive.entities.length} entities tag at least one article.`,
  );
  return lines.join('\n');
}

/**
 * Lines for `npm run content:entities`: the first `limit` proposals, each with
 * its stories, suggested type and slug, its forms and languages, and its two
 * example sentences.
 */
export function formatProposals(proposals: readonly NameProposal[], limit: number): string {
  const lines = [`${proposals.length} names the gazetteer lacks, most stories first (showing ${Math.min(limit, proposals.length)}):`, ''];
  proposals.slice(0, limit).forEach((p, i) => {
    lines.push(`${String(i + 1).padStart(3)}. ${p.name}  (${p.stories} ${p.stories === 1 ? 'story' : 'stories'}; ${p.type}; slug ${p.slug})`);
    lines.push(`     forms: ${p.forms.join(', ')}  [${p.languages.join(', ')}]`);
    for (const e of p.examples) lines.push(`     “${e}”`);
  });
  lines.push('', 'Add one with: npm run content:entities -- --accept "<name>"; rule one out with the gazetteer\'s ignore list.');
  return lines.join('\n');
}
