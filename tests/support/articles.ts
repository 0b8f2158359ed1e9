/**
 * Hand-made Articles and Entities for unit tests, built through the real zod
 * schemas so a test can never hold a value the pipeline could not produce.
 */
import { article, entity, type Article, type Entity } from '@/lib/content/schema';

type DateInput = { value: string | null; precision: 'day' | 'month' | 'year' | 'none' };

export type ArticleInput = {
  id?: string;
  slug?: string;
  title?: string;
  published?: DateInput;
  modified?: DateInput | null;
  author?: string | null;
  outlet?: string | null;
  sourceUrl?: string | null;
  paragraphs?: string[];
  headings?: string[];
  entities?: string[];
  previousSlugs?: string[];
};

const fact = (value: string) => ({ value, source: 'text' as const, line: 1, evidence: value });
const dateFact = (d: DateInput) => ({
  ...d,
  partial: null,
  source: d.value ? ('dateline' as const) : ('none' as const),
  line: d.value ? 2 : null,
  evidence: d.value ?? '',
});

/** An Article parsed through the schema; every field has a plain default. */
export function makeArticle(input: ArticleInput = {}): Article {
  const id = input.id ?? '900_test';
  const headings = (input.headings ?? []).map((text, i) => ({ kind: 'heading' as const, text, line: 3 + i }));
  const paragraphs = (input.paragraphs ?? ['A first paragraph about a test subject.']).map((text, i) => ({
    kind: 'paragraph' as const,
    text,
    line: 10 + i,
  }));
  return article.parse({
    id,
    sourceFile: `content/articles/${id}.txt`,
    slug: input.slug ?? 'test-story',
    previousSlugs: input.previousSlugs ?? [],
    title: fact(input.title ?? 'A test story'),
    datePublished: dateFact(input.published ?? { value: '2017-09-18', precision: 'day' }),
    dateModified: input.modified ? dateFact(input.modified) : null,
    author: input.author ? fact(input.author) : null,
    outlet: input.outlet ? fact(input.outlet) : null,
    sourceUrl: input.sourceUrl ? fact(input.sourceUrl) : null,
    body: [...headings, ...paragraphs],
    removed: [],
    derivedFrom: null,
    language: { value: 'en', source: 'detected', detector: 'test', confidence: 1, evidence: '' },
    encoding: { name: 'utf-8', detected: false, evidence: 'valid UTF-8' },
    editorNotes: [],
    entities: (input.entities ?? []).map((slug, i) => ({ slug, mentions: 3 - Math.min(i, 2), salience: 1 / (i + 1) })),
    mentions: [],
  });
}

/** A gazetteer Entity parsed through the schema. */
export function makeEntity(slug: string, name: string, type: Entity['type'] = 'organisation'): Entity {
  return entity.parse({ slug, name, type, aliases: [], description: `${name}, a test entity.` });
}
