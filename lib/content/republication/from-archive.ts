/**
 * The republication stage of the pipeline: published articles and their sidecars in, every
 * (original, copy) pair out, with a typed error for a sidecar that names a story that is not there.
 */
import { contentError } from '../errors';
import type { Article, ContentError, Republication, Sidecar } from '../schema';
import { findRepublications, type RepublicationNote } from './detect';
import type { RepublicationMemory } from './memo';

/** Body text only: a new headline or standfirst must not hide a copy, so titles are left out. */
const bodyText = (a: Article) => a.body.map((b) => b.text).join('\n');

/** Detects republications among `articles`, applying the editors' notes from `sidecars` (by article id); `memo`: see ./memo.ts. */
export function republicationsOf(
  articles: readonly Article[],
  sidecars: ReadonlyMap<string, { sidecar: Sidecar; file: string }>,
  memo?: RepublicationMemory,
): { republications: Republication[]; errors: ContentError[] } {
  const ids = new Set(articles.map((a) => a.id));
  const errors: ContentError[] = [];
  const notes: RepublicationNote[] = [];
  for (const [id, { sidecar, file }] of sidecars) {
    const r = sidecar.republication;
    if (!r || !ids.has(id)) continue;
    const unknown = [...(r.original ? [r.original.value] : []), ...(r.notSameStoryAs ?? [])].filter((other) => !ids.has(other));
    for (const other of unknown) errors.push(contentError('validation', file, null, `republication: no published article has the id "${other}"`));
    const original = r.original && ids.has(r.original.value) ? { id: r.original.value, evidence: r.original.evidence } : null;
    notes.push({ id, original, notSameStoryAs: (r.notSameStoryAs ?? []).filter((other) => ids.has(other)) });
  }
  const stories = articles.map((a) => ({ id: a.id, text: bodyText(a), date: a.datePublished.value }));
  return { republications: findRepublications(stories, notes, memo), errors };
}
