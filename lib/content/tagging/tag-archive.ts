/**
 * The tag → index stage of the pipeline: reads the gazetteer (completed with
 * every country of the world, lib/content/tagging/country-entities.ts), tags every
 * published article from its title and cleaned body, and builds the entity
 * index that tag pages are made from.
 */
import { withCountries } from './country-entities';
import { parseGazetteer, type ParsedGazetteer } from './gazetteer';
import type { ProposalSource } from './name-proposals';
import type { Article, ContentError, ContentNotice, Entity, IndexedEntity } from '../schema';
import { compileMatcher, type Matcher, tagArticle } from './tag';

/** The gazetteer's text and its path relative to the project root; null when the content folder has none. */
export type GazetteerSource = { file: string; text: string } | null;

/**
 * Each entity that tags at least one article, with the ids of those articles,
 * most-tagged first, then by name. A republished copy (`copies`) is not listed:
 * its original already counts the story once.
 */
export function indexEntities(entities: readonly Entity[], articles: readonly Pick<Article, 'id' | 'entities'>[], copies: ReadonlySet<string> = new Set()): IndexedEntity[] {
  const ids = new Map<string, string[]>();
  for (const a of articles) {
    if (copies.has(a.id)) continue;
    for (const t of a.entities) {
      const list = ids.get(t.slug);
      if (list) list.push(a.id);
      else ids.set(t.slug, [a.id]);
    }
  }
  return entities
    .map((e) => ({ ...e, articles: ids.get(e.slug) ?? [] }))
    .filter((e) => e.articles.length > 0)
    .sort((a, b) => b.articles.length - a.articles.length || a.name.localeCompare(b.name));
}

/**
 * The title text to tag: a title derived from the first sentence repeats body
 * text, so tagging it would count those mentions twice and give them headline
 * weight they never had. Headlines, sidecar and inferred titles are tagged.
 */
export function taggableTitle(a: Article): string {
  return a.title.source === 'derived' ? '' : a.title.value;
}

/**
 * An article as name proposals read it (name-proposals.ts), keyed by source
 * file and id: ids (and slugs) repeat when files in different folders share a name.
 */
export function proposalSource(a: Article): ProposalSource {
  return { id: `${a.sourceFile}#${a.id}`, language: a.language.value, title: taggableTitle(a), body: a.body, mentions: a.mentions };
}

let lastCompiled: { key: string; gazetteer: ParsedGazetteer; entities: Entity[]; matcher: Matcher } | null = null;

/**
 * The gazetteer parsed, completed with every country and compiled. The last
 * one is kept: a build, content:check, the tests and a dev server that retags
 * after every edit (lib/content/store/live-archive.ts) compile one gazetteer many
 * times, and with 78 languages of country names that is the costly part.
 */
function compiledGazetteer(source: { file: string; text: string }): { gazetteer: ParsedGazetteer; entities: Entity[]; matcher: Matcher } {
  const key = `${source.file}\u0000${source.text}`;
  if (lastCompiled?.key !== key) {
    const gazetteer = parseGazetteer(source.text, source.file);
    const { entities } = withCountries(gazetteer.entities);
    const listed = new Set(gazetteer.entities.filter((e) => e.iso !== undefined).map((e) => e.slug));
    lastCompiled = { key, gazetteer, entities, matcher: compileMatcher(entities, (e) => listed.has(e.slug)) };
  }
  return lastCompiled;
}

/** The entities tagArchive tags with (the gazetteer's, completed with every country) and the gazetteer's errors. */
export function gazetteerEntities(source: { file: string; text: string }): { entities: Entity[]; errors: ContentError[] } {
  const { gazetteer, entities } = compiledGazetteer(source);
  return { entities, errors: [...gazetteer.errors] };
}

/**
 * Tags `articles` with the gazetteer's entities (`copies`: ids of republished copies, which the
 * entity index leaves out). Gazetteer errors are returned
 * for `archive.rejected`, so a broken gazetteer fails the build; its valid
 * entries still tag, so content:check can show everything at once.
 */
export function tagArchive(
  articles: readonly Article[],
  source: GazetteerSource,
  copies: ReadonlySet<string> = new Set(),
): { articles: Article[]; entities: IndexedEntity[]; errors: ContentError[]; notices: ContentNotice[] } {
  if (source === null) {
    const notice = { file: 'entities.yaml', line: null, message: 'no gazetteer (entities.yaml) in the content folder: nothing is tagged' };
    return { articles: [...articles], entities: [], errors: [], notices: [notice] };
  }
  const { gazetteer, entities, matcher } = compiledGazetteer(source);
  const tagged = articles.map((a) => ({ ...a, ...tagArticle(matcher, taggableTitle(a), a.body, a.language.value) }));
  return { articles: tagged, entities: indexEntities(entities, tagged, copies), errors: [...gazetteer.errors], notices: [] };
}
