/**
 * Builds valid Article values for unit tests: every value goes through the real zod
 * schema, so a test can never hand a page a shape the pipeline could not produce.
 */
import { article as articleSchema, dateFact, type Article, type DateFact } from '@/lib/content/schema';

type Overrides = Partial<Omit<Article, 'datePublished'>> & { date?: string | null; datePublished?: DateFact };

/** A date fact at the precision its ISO value implies (`null` = undated). */
export function dateOf(value: string | null, source: DateFact['source'] = 'dateline'): DateFact {
  const precision = value === null ? 'none' : (['year', 'month', 'day'] as const)[value.split('-').length - 1];
  return dateFact.parse({ value, precision, partial: null, source: value === null ? 'none' : source, line: value === null ? null : 1, evidence: '' });
}

/** An article with id `id`, sensible defaults and the given overrides. */
export function makeArticle(id: string, overrides: Overrides = {}): Article {
  const { date, ...rest } = overrides;
  return articleSchema.parse({
    id,
    sourceFile: `content/articles/${id}.txt`,
    slug: id.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'a',
    previousSlugs: [],
    title: { value: `Story ${id}`, source: 'text', line: 1, evidence: '' },
    datePublished: dateOf(date === undefined ? '2017-09-18' : date),
    dateModified: null,
    author: null,
    outlet: null,
    sourceUrl: null,
    body: [{ kind: 'paragraph', text: `Body of ${id}.`, line: 3 }],
    removed: [],
    derivedFrom: null,
    language: { value: 'en', source: 'detected', detector: 'test', confidence: 1, evidence: '' },
    encoding: { name: 'utf-8', detected: false, evidence: 'valid UTF-8' },
    editorNotes: [],
    entities: [],
    mentions: [],
    ...rest,
  });
}

/** `entities` for an article, salience falling in the given order. */
export function tagged(...slugs: string[]): Article['entities'] {
  return slugs.map((slug, i) => ({ slug, mentions: 1, salience: 1 / (i + 1) }));
}
