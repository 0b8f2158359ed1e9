/**
 * The whole pipeline over a content folder: read → decode → compile each source
 * → apply sidecars → slugs → validate → republications → tag → order → events. Every file ends up published or
 * listed in `rejected` with its reason.
 */
import path from 'node:path';
import { applySidecar, type PublishableDraft } from './source/apply-sidecar';
import { type ArticleDraft, compileSource } from './compile-source';
import { readArchiveSnapshot, snapshotWanted } from './store/archive-snapshot';
import { type Decoded, decodeSource } from './source/decode';
import { findSiteTemplate, type SiteTemplate } from './segment/site-template';
import { contentError, formatContentError } from './errors';
import { type Archive, type Article, type ContentError, type ContentNotice, article as articleSchema, type Sidecar } from './schema';
import { republicationsOf } from './republication/from-archive';
import type { RepublicationMemory } from './republication/memo';
import { type DerivedStore, tagAndExtract } from './store/derived-cache';
import { parseSidecar, SIDECAR_PATTERN } from './source/sidecar';
import { slugFromTitle, uniqueSlugs } from './store/slug';
import { notRegularReason, type SourceFile } from './source/read-folder';
import { contentDir, isStrict, readContentFolder } from './content-folder';
import type { GazetteerSource } from './tagging/tag-archive';

const idOf = (file: string) => path.basename(file).replace(/\.txt$/, '');

function readSidecars(files: SourceFile[], errors: ContentError[]): Map<string, { sidecar: Sidecar; file: string }> {
  const sidecars = new Map<string, { sidecar: Sidecar; file: string }>();
  for (const file of files) {
    const [, id = '', format = ''] = path.basename(file.path).match(SIDECAR_PATTERN) ?? [];
    const decoded = decodeSource(file.bytes, file.path);
    if (!decoded.ok) {
      errors.push(decoded.error);
      continue;
    }
    const parsed = parseSidecar(decoded.text, file.path, format);
    errors.push(...parsed.errors);
    if (parsed.sidecar) sidecars.set(id, { sidecar: parsed.sidecar, file: file.path });
  }
  return sidecars;
}

function assignSlugs(drafts: PublishableDraft[], errors: ContentError[], notices: ContentNotice[]): Article[] {
  const items = [...drafts]
    .sort((a, b) => (a.id < b.id ? -1 : 1))
    .map((d) => ({ id: d.id, slug: d.sidecarSlug ?? slugFromTitle(d.title.value, d.id), fixed: d.sidecarSlug !== null }));
  const fixedSeen = new Map<string, string>();
  for (const item of items.filter((i) => i.fixed)) {
    const other = fixedSeen.get(item.slug);
    if (other) errors.push(contentError('collision', item.id, null, `sidecar slug "${item.slug}" is already the sidecar slug of ${other}`));
    fixedSeen.set(item.slug, item.id);
  }
  const { slugs, changed } = uniqueSlugs(items);
  for (const c of changed) {
    const d = drafts.find((x) => x.id === c.id);
    notices.push({ file: d?.sourceFile ?? c.id, line: d?.title.line ?? null, message: `slug "${c.from}" is taken by an earlier article; published as "${c.to}"` });
  }
  const current = new Set(slugs.values());
  return drafts.map(({ sidecarSlug: _unused, ...d }) => {
    const previousSlugs = d.previousSlugs.filter((s) => {
      if (!current.has(s)) return true;
      errors.push(contentError('collision', d.sourceFile, null, `previous slug "${s}" is the current slug of another article`));
      return false;
    });
    return { ...d, slug: slugs.get(d.id) ?? d.id, previousSlugs, entities: [], mentions: [] };
  });
}

/** What compiling one source file gives: its article drafts (a file may hold a story and a related one) and its errors. */
export type CompiledFile = { drafts: ArticleDraft[]; errors: ContentError[] };

/**
 * Decodes and compiles one `.txt` source file. Pure, and independent of every other file but for
 * `template`, the archive's site template (siteTemplateOf), so it can run in any worker.
 */
export function compileFile(file: SourceFile, template?: SiteTemplate): CompiledFile {
  return compileDecoded(file, decodeSource(file.bytes, file.path), template);
}

/** compileFile of a source already decoded (`decoded` is decodeSource's answer for it). */
function compileDecoded(file: SourceFile, decoded: Decoded, template?: SiteTemplate): CompiledFile {
  if (!decoded.ok) return { drafts: [], errors: [decoded.error] };
  const compiled = compileSource(idOf(file.path), file.path, decoded.text, decoded.encoding, template);
  return { drafts: compiled.articles, errors: compiled.errors };
}

/** The lines the archive's sites repeat across files (site-template.ts): one pass over every source before any is compiled. */
export function siteTemplateOf(sources: readonly SourceFile[]): SiteTemplate {
  return templateOfDecoded(sources.map((f) => decodeSource(f.bytes, f.path)));
}

const templateOfDecoded = (decoded: readonly Decoded[]) => findSiteTemplate(decoded.flatMap((d) => (d.ok ? [d.text] : [])));

/** The `.txt` sources among `files`, in path order: what compileFile is run on, in this order. */
export function sourcesOf(files: readonly SourceFile[]): SourceFile[] {
  return [...files].sort((a, b) => (a.path < b.path ? -1 : 1)).filter((f) => f.entry === undefined && f.path.endsWith('.txt'));
}

/**
 * Compiles a set of content files into the archive. Pure: no file system access.
 * `gazetteer` is the content folder's entities.yaml (see readGazetteerFile); it
 * tags the articles and indexes the entities.
 */
export function compileArchive(files: SourceFile[], gazetteer: SourceFile | null = null): Archive {
  const sources = sourcesOf(files);
  // Each source is decoded once, for the site template and for its own compilation.
  const decoded = sources.map((f) => decodeSource(f.bytes, f.path));
  const template = templateOfDecoded(decoded);
  return assembleArchive(files, gazetteer, sources.map((f, i) => compileDecoded(f, decoded[i] ?? decodeSource(f.bytes, f.path), template)));
}

/**
 * What an archive rebuilt again and again (the dev server's, the build's content check) carries
 * from one assembly to the next: republication shingles and overlaps, and each article's tags and
 * events (./store/derived-cache.ts). The result is the same without it.
 */
export type AssemblyMemo = { republications?: RepublicationMemory; derived?: DerivedStore | null };

/**
 * The rest of the pipeline once every source is compiled: `compiled` holds compileFile's result
 * for each of sourcesOf(files), in that order (the content check computes them on several cores).
 */
export function assembleArchive(files: SourceFile[], gazetteer: SourceFile | null, compiled: readonly CompiledFile[], memo?: AssemblyMemo): Archive {
  const errors: ContentError[] = [];
  const notices: ContentNotice[] = [];
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : 1));
  const sources = sourcesOf(sorted);
  const sidecarFiles = sorted.filter((f) => f.entry === undefined && SIDECAR_PATTERN.test(path.basename(f.path)));
  const known = new Set([...sources, ...sidecarFiles]);
  for (const f of sorted.filter((x) => !known.has(x))) {
    const reason = f.entry ? notRegularReason(f.entry) : 'not an article (.txt) or a sidecar (.meta.json / .meta.yaml), so it is not published';
    errors.push(contentError('read', f.path, null, reason));
  }
  if (compiled.length !== sources.length) throw new Error(`assembleArchive: ${compiled.length} compiled files for ${sources.length} sources`);
  const drafts: ArticleDraft[] = [];
  for (const file of compiled) {
    drafts.push(...file.drafts);
    errors.push(...file.errors);
  }

  const sidecars = readSidecars(sidecarFiles, errors);
  const ids = new Set(drafts.map((d) => d.id));
  for (const [id, { file }] of sidecars) {
    if (!ids.has(id)) errors.push(contentError('orphan-sidecar', file, null, `no article with id "${id}" (expected ${id}.txt beside it)`));
  }
  const publishable = drafts.map((d) => applySidecar(d, sidecars.get(d.id)?.sidecar));

  const articles = assignSlugs(publishable, errors, notices).flatMap((a) => {
    const checked = articleSchema.safeParse(a);
    if (checked.success) return [checked.data];
    for (const issue of checked.error.issues) errors.push(contentError('validation', a.sourceFile, null, `${a.id}: ${issue.path.join('.')}: ${issue.message}`));
    return [];
  });
  const copies = republicationsOf(articles, sidecars, memo?.republications);
  errors.push(...copies.errors);
  const tagged = tagAndExtract(articles, decodeGazetteer(gazetteer, errors), new Set(copies.republications.map((r) => r.copy)), memo?.derived);
  errors.push(...tagged.errors);
  notices.push(...tagged.notices);
  return { articles: tagged.articles, entities: tagged.entities, republications: copies.republications, events: tagged.events, rejected: errors, notices };
}

function decodeGazetteer(file: SourceFile | null, errors: ContentError[]): GazetteerSource {
  if (file === null) return null;
  if (file.entry) {
    errors.push(contentError('gazetteer', file.path, null, notRegularReason(file.entry)));
    return null; // nothing is read from it, so nothing is tagged
  }
  const decoded = decodeSource(file.bytes, file.path);
  if (decoded.ok) return { file: file.path, text: decoded.text };
  errors.push({ ...decoded.error, kind: 'gazetteer' });
  return { file: file.path, text: '' };
}

/**
 * Loads the content folder: the build's snapshot when one was made from exactly these files (see
 * ./archive-snapshot), else compiled here. In strict mode any content error fails, listing every
 * error, one per line.
 */
export function loadArchive(dir: string = contentDir()): Archive {
  const { files, gazetteer } = readContentFolder(dir);
  const keyed = gazetteer ? [...files, gazetteer] : files;
  const archive = (snapshotWanted() ? readArchiveSnapshot(keyed) : null) ?? compileArchive(files, gazetteer);
  if (isStrict() && archive.rejected.length > 0) {
    throw new Error(`content errors (${archive.rejected.length}):\n${archive.rejected.map(formatContentError).join('\n')}`);
  }
  return archive;
}
