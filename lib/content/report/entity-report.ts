/**
 * The editor's view of tagging, for content:check: each article's entities with
 * their mention counts, and the capitalised names the gazetteer does not know.
 */
import { type CandidateName, findCandidateNames } from '../tagging/unknown-names';
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
