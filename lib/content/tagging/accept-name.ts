/**
 * Adds a proposed name to the gazetteer text (content:entities --accept): the
 * entry is appended to `entities` through the yaml package's Document API, so
 * every comment, blank line and entry order of the file stays as the editor
 * left it. Forms another entry already claims are left out, so the file stays
 * valid; a slug or name already taken is refused.
 */
import { isMap, isSeq, parseDocument } from 'yaml';
import { parseGazetteer } from './gazetteer';
import type { NameProposal } from './name-proposals';
import { surfaceKey } from './tokens';

/** The new gazetteer text, or the reason the proposal cannot be added. */
export type AcceptResult = { ok: true; text: string; entry: { slug: string; name: string; aliases: string[] } } | { ok: false; reason: string };

/** Appends `proposal` as a new entity to the gazetteer `text` (from `file`). */
export function acceptProposal(text: string, file: string, proposal: NameProposal): AcceptResult {
  const parsed = parseGazetteer(text, file);
  if (parsed.errors.length > 0) return { ok: false, reason: `${file} has errors; fix them first (npm run content:check)` };
  if (parsed.entities.some((e) => e.slug === proposal.slug)) return { ok: false, reason: `slug "${proposal.slug}" is already an entity` };
  const claimed = new Map<string, string>();
  for (const e of parsed.entities) for (const f of [e.name, ...e.aliases, ...Object.values(e.names ?? {}).flat()]) claimed.set(surfaceKey(f), e.slug);
  const owner = claimed.get(surfaceKey(proposal.name));
  if (owner) return { ok: false, reason: `"${proposal.name}" is already a form of "${owner}"` };
  const aliases = proposal.forms.filter((f) => f !== proposal.name && !claimed.has(surfaceKey(f)));

  const doc = parseDocument(text);
  const entities = doc.get('entities', true);
  if (!isSeq(entities)) return { ok: false, reason: `${file} has no entities list` };
  const node = doc.createNode({
    slug: proposal.slug,
    name: proposal.name,
    type: proposal.type,
    aliases,
    description: `Proposed by content:entities from ${proposal.stories} ${proposal.stories === 1 ? 'story' : 'stories'}; an editor still has to describe it.`,
  });
  if (isMap(node)) {
    const list = node.get('aliases', true);
    if (isSeq(list)) list.flow = true; // as the file writes aliases: [a, b]
  }
  entities.items.push(node);
  return { ok: true, text: doc.toString({ lineWidth: 0 }), entry: { slug: proposal.slug, name: proposal.name, aliases } };
}
