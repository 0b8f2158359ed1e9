/**
 * Applies an editor's sidecar to an article draft. Every override keeps the
 * editor's evidence note, so the site can say a fact comes from an editor.
 */
import type { ArticleDraft } from '../compile-source';
import { partsFromIso } from '../dates/partial-date';
import { dateFact } from '../dates/publication-date';
import { dateFromUrl } from '../dates/url-date';
import { withBlockLangs } from '../extract/language/block-langs';
import type { Article, DateFact, LanguageFact, Sidecar, TextFact } from '../schema';

export type PublishableDraft = Omit<Article, 'slug' | 'previousSlugs' | 'entities' | 'mentions'> & { sidecarSlug: string | null; previousSlugs: string[] };

const fromEditor = (override: { value: string; evidence: string } | undefined): TextFact | null =>
  override ? { value: override.value, source: 'sidecar', line: null, evidence: override.evidence } : null;

function editorDate(override: { value: string; evidence: string } | undefined): DateFact | null {
  const parts = override ? partsFromIso(override.value) : null;
  return override && parts ? dateFact(parts, 'sidecar', null, override.evidence) : null;
}

/** The date in the source URL's path, when the text gives no dated year and the editor no date. */
function urlDate(text: DateFact, sourceUrl: string | undefined): DateFact | null {
  // The editor's source address outranks an address the page's own lines give (source 'source-url', page-address.ts).
  if ((text.value !== null && text.source !== 'source-url') || sourceUrl === undefined) return null;
  const found = dateFromUrl(sourceUrl);
  return found ? dateFact(found.parts, 'source-url', null, found.evidence) : null;
}

/** The source URL's host (without "www."), as the outlet's name when the page states none: an inference, not the page's word. */
export function hostOutlet(sourceUrl: string | undefined): TextFact | null {
  if (sourceUrl === undefined || !URL.canParse(sourceUrl)) return null;
  const host = new URL(sourceUrl).hostname.replace(/^www\./u, '');
  return host === '' ? null : { value: host, source: 'inferred', line: null, evidence: 'sourceUrl host' };
}

/** The draft with the sidecar's facts in place of the text's (or unchanged without a sidecar). */
export function applySidecar(draft: ArticleDraft, sidecar: Sidecar | undefined): PublishableDraft {
  const s = sidecar ?? {};
  const language: LanguageFact = s.language ? { value: s.language.value, source: 'sidecar', detector: null, confidence: null, evidence: s.language.evidence } : draft.language;
  return {
    ...draft,
    // The blocks' languages were recorded against the detected language: an editor's other language redoes them.
    body: language.value === draft.language.value ? draft.body : withBlockLangs(draft.body, language.value),
    title: fromEditor(s.title) ?? draft.title,
    datePublished: editorDate(s.datePublished) ?? urlDate(draft.datePublished, s.sourceUrl?.value) ?? draft.datePublished,
    dateModified: editorDate(s.dateModified) ?? draft.dateModified,
    author: fromEditor(s.author) ?? draft.author,
    outlet: fromEditor(s.outlet) ?? draft.outlet ?? hostOutlet(s.sourceUrl?.value),
    language,
    sourceUrl: fromEditor(s.sourceUrl),
    editorNotes: s.notes ?? [],
    sidecarSlug: s.slug?.value ?? null,
    previousSlugs: s.previousSlugs ?? [],
  };
}
