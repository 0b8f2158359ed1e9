/**
 * Every schema of the content model, in one place. Types are inferred from these
 * schemas (`z.infer`); nothing else in the code base declares the shape of an
 * article, a sidecar, an entity or a content error by hand.
 */
import { z } from 'zod';
import { partsFromIso } from './dates/partial-date';

/** An ISO calendar value at its real precision: `2017`, `2017-09` or `2017-09-18`. */
export const isoPartialDate = z
  .string()
  .refine((v) => partsFromIso(v) !== null, 'expected a real date YYYY, YYYY-MM or YYYY-MM-DD (years 1900–2099)');

export const datePrecision = z.enum(['day', 'month', 'year', 'none']);

/** Where a fact about an article came from. */
export const factSource = z.enum([
  'text', // stated in the article's own text (headline line, byline line…)
  'derived', // made from the text by a rule (a title cut from the first sentence)
  'inferred', // resolved from indirect evidence in the text
  'sidecar', // an editor's note in <id>.meta.json / .meta.yaml
]);

/** A single fact with its provenance: the line it was read from and/or the evidence for it. */
export const textFact = z.strictObject({
  value: z.string().min(1),
  source: factSource,
  line: z.number().int().positive().nullable(),
  evidence: z.string(),
});

export const dateSource = z.enum(['dateline', 'in-text', 'stamp', 'sidecar', 'source-url', 'none']);

/**
 * A publication or modification date. `value` is null when no year is known; a
 * day and month without a year are kept in `partial` so nothing is invented.
 */
export const dateFact = z.strictObject({
  value: isoPartialDate.nullable(),
  precision: datePrecision,
  partial: z.strictObject({ month: z.number().int().min(1).max(12), day: z.number().int().min(1).max(31).nullable() }).nullable(),
  source: dateSource,
  line: z.number().int().positive().nullable(),
  evidence: z.string(),
});

export const removalReason = z.enum([
  'ticker',
  'navigation',
  'site-prompt',
  'category-label',
  'photo-credit',
  'trailing-section',
  'related-marker',
  'related-block', // a related-links block that was dropped
  'related-article', // a whole related article, published on its own with derivedFrom
  'date-widget', // the site's "today" date (weekday, day, month, no year)
  'relative-time', // "yesterday, 17:05", "2 hours ago": no date the text can anchor
  'embed', // a tweet, video or post embed and its consent notice
  'counter', // view, comment or share counts
  'weather', // a weather widget
  'page-title', // the headline repeated with the site's name, as a browser title
  'caption', // a photo caption or credit
  'byline', // a second byline or dateline once the first was taken
  'site-template', // a line the site repeats in 3 or more files that are not copies of one another
]);

/** A BCP 47 primary language subtag (`en`, `ru`, `be`…), or `und` when the text cannot tell. */
export const languageTag = z.string().regex(/^[a-z]{2,3}$/, 'expected a BCP 47 primary language tag such as en, ru or be');

/** A line taken out of the article's text, kept so an editor can see what was dropped and why. */
export const removedLine = z.strictObject({
  line: z.number().int().positive(),
  text: z.string(),
  reason: removalReason,
  /** What the reason rests on, when a count says more than the reason's name: "repeats in 12 files". */
  detail: z.string().optional(),
  /**
   * The line's language when it is mostly Cyrillic (ru, uk, be…: the source panel marks the quoted
   * line with it); absent otherwise. Detected once at compile (lib/content/extract/language/sample.ts).
   */
  lang: languageTag.optional(),
});

/** A block of the cleaned body. `line` is the first source line the block came from. */
export const bodyBlock = z.strictObject({
  kind: z.enum(['paragraph', 'heading']),
  text: z.string().min(1),
  line: z.number().int().positive(),
  /**
   * The block's language when it is not the story's (`ru` for a quoted Russian passage in an English
   * story, `und` when another script's text cannot tell); absent when the block inherits the story's
   * language. Detected once where the story is compiled, against the story's final language
   * (lib/content/extract/language/block-langs.ts, blockLang); the page only reads it.
   */
  lang: languageTag.optional(),
});

/** One occurrence of an entity in an article: block index into `body` and a character range. */
export const mention = z.strictObject({
  entity: z.string(),
  block: z.number().int().min(-1), // -1 means the title
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  surface: z.string(),
});

export const articleEntity = z.strictObject({
  slug: z.string(),
  mentions: z.number().int().positive(),
  salience: z.number(),
});

/** The language an article is written in: detected from its title and body, or set by an editor. */
export const languageFact = z.strictObject({
  value: languageTag,
  source: z.enum(['detected', 'sidecar']),
  /** The detector and its version; null for an editor's override. */
  detector: z.string().nullable(),
  /** The detector's score for its answer (0–1); null when it gave none or an editor decided. */
  confidence: z.number().min(0).max(1).nullable(),
  evidence: z.string(),
});

/** The character encoding a source file was decoded from. */
export const encodingFact = z.strictObject({
  /** The WHATWG encoding name the bytes were decoded with: `utf-8`, `utf-16le`, `windows-1251`… */
  name: z.string().min(1),
  /** True when the name is a statistical guess from the bytes; false when a byte-order mark or valid UTF-8 proves it. */
  detected: z.boolean(),
  evidence: z.string(),
});

export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const slug = z.string().regex(slugPattern, 'expected a lowercase slug (a-z, 0-9, hyphens)');

export const article = z.strictObject({
  /** The source file name without extension; a recovered related article gets `<parent>.related-N`. */
  id: z.string().min(1),
  /** Path of the source file relative to the project root. */
  sourceFile: z.string().min(1),
  slug,
  previousSlugs: z.array(slug),
  title: textFact,
  datePublished: dateFact,
  dateModified: dateFact.nullable(),
  author: textFact.nullable(),
  outlet: textFact.nullable(),
  sourceUrl: textFact.nullable(),
  body: z.array(bodyBlock).min(1),
  removed: z.array(removedLine),
  /** Id of the file whose related-article block this article was recovered from. */
  derivedFrom: z.string().nullable(),
  language: languageFact,
  encoding: encodingFact,
  /** Editor's free-text notes from the sidecar. */
  editorNotes: z.array(z.string()),
  entities: z.array(articleEntity),
  mentions: z.array(mention),
});

/** Editor overrides for one article: `content/articles/<id>.meta.json` or `.meta.yaml`. */
const override = <T extends z.ZodTypeAny>(value: T) =>
  z.strictObject({ value, evidence: z.string().trim().min(3, 'every override needs a short evidence note') });

export const sidecar = z.strictObject({
  title: override(z.string().trim().min(1)).optional(),
  datePublished: override(isoPartialDate).optional(),
  dateModified: override(isoPartialDate).optional(),
  author: override(z.string().trim().min(1)).optional(),
  outlet: override(z.string().trim().min(1)).optional(),
  sourceUrl: override(z.url()).optional(),
  slug: override(slug).optional(),
  language: override(languageTag).optional(),
  previousSlugs: z.array(slug).optional(),
  notes: z.array(z.string().trim().min(1)).optional(),
  /** Republications: name the original of this story's copies (its own id or another's), or split a detected pair. */
  republication: z
    .strictObject({
      original: override(z.string().trim().min(1)).optional(),
      notSameStoryAs: z.array(z.string().trim().min(1)).optional(),
    })
    .optional(),
});

export const errorKind = z.enum([
  'read',
  'encoding',
  'binary',
  'size',
  'empty',
  'parse',
  'validation',
  'orphan-sidecar',
  'collision',
  'gazetteer',
]);

/** A content problem: a value, never a thrown stack trace. */
export const contentError = z.strictObject({
  kind: errorKind,
  file: z.string(),
  line: z.number().int().positive().nullable(),
  message: z.string(),
});

/** A note that did not stop publication but that an editor should see (e.g. a slug made unique). */
export const contentNotice = z.strictObject({
  file: z.string(),
  line: z.number().int().positive().nullable(),
  message: z.string(),
});

/** What compiling one source file gives (CompiledFile in archive.ts): article drafts, before sidecars, slugs and tags, and errors. */
export const compiledFile = z.strictObject({
  drafts: z.array(article.omit({ slug: true, previousSlugs: true, entities: true, mentions: true, editorNotes: true, sourceUrl: true })),
  errors: z.array(contentError),
});

/** The site template's answers one compile asked for: each line key it looked up and the file count found (null: not template). */
export const templateAnswers = z.array(z.tuple([z.string(), z.number().int().positive().nullable()]));

export const entityType = z.enum(['country', 'person', 'organisation', 'weapon-system', 'place', 'event', 'outlet']);

/** One gazetteer entry, as an editor writes it in `content/entities.yaml`. */
export const entity = z.strictObject({
  slug,
  name: z.string().trim().min(1),
  type: entityType,
  aliases: z.array(z.string().trim().min(1, 'an alias may not be empty')),
  short: z.string().trim().min(1).optional(),
  description: z.string().trim().min(1),
  /** ISO 3166-1 alpha-2 code of a country: its names in many languages are merged in (lib/content/tagging/country-entities.ts). */
  iso: z.string().regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 code, e.g. BY').optional(),
  /** Base forms in other languages (ISO 639-1 code → forms); their inflections match through lib/content/tagging/inflection.ts. */
  names: z.record(z.string().regex(/^[a-z]{2}$/, 'an ISO 639-1 language code, e.g. ru'), z.array(z.string().trim().min(1))).optional(),
});

export const gazetteer = z.strictObject({
  entities: z.array(entity),
  /** Capitalised names an editor has looked at and decided are not entities; content:check stops listing them. */
  ignore: z.array(z.string().trim().min(1, 'an ignored name may not be empty')).optional(),
});

export type DatePrecision = z.infer<typeof datePrecision>;
export type FactSource = z.infer<typeof factSource>;
export type TextFact = z.infer<typeof textFact>;
export type DateFact = z.infer<typeof dateFact>;
export type RemovalReason = z.infer<typeof removalReason>;
export type RemovedLine = z.infer<typeof removedLine>;
export type BodyBlock = z.infer<typeof bodyBlock>;
export type Mention = z.infer<typeof mention>;
export type LanguageFact = z.infer<typeof languageFact>;
export type EncodingFact = z.infer<typeof encodingFact>;
export type ArticleEntity = z.infer<typeof articleEntity>;
export type Article = z.infer<typeof article>;
export type Sidecar = z.infer<typeof sidecar>;
export type ErrorKind = z.infer<typeof errorKind>;
export type ContentError = z.infer<typeof contentError>;
export type ContentNotice = z.infer<typeof contentNotice>;
export type EntityType = z.infer<typeof entityType>;
export type Entity = z.infer<typeof entity>;
export type Gazetteer = z.infer<typeof gazetteer>;

/** How precisely an event's date is known. A range spans `start`…`end` (e.g. "March–April 2014", "2005-2006"). */
export const eventPrecision = z.enum(['day', 'month', 'season', 'year', 'decade', 'range']);

/**
 * When an event happened, as the text says it. `value` is the ISO date at `precision` (null when the
 * year is unknown or the span has no single ISO form); `start`/`end` bound the span; `partial` keeps a
 * yearless month/day. `inferred` (year taken from the publication date) and `approximate` (a relative
 * expression such as "last week") carry their `reasoning`.
 */
export const eventDate = z.strictObject({
  text: z.string().min(1),
  value: isoPartialDate.nullable(),
  precision: eventPrecision,
  start: isoPartialDate.nullable(),
  end: isoPartialDate.nullable(),
  partial: z.strictObject({ month: z.number().int().min(1).max(12), day: z.number().int().min(1).max(31).nullable() }).nullable(),
  season: z.enum(['spring', 'summer', 'autumn', 'winter']).nullable(),
  inferred: z.boolean(),
  approximate: z.boolean(),
  reasoning: z.string().nullable(),
});

/** One dated statement in a story body: the sentence, its date, the entities it names and where it is. */
export const storyEvent = z.strictObject({
  id: z.string().min(1),
  article: z.string().min(1),
  block: z.number().int().min(0),
  anchor: z.string().min(1),
  sentence: z.string().min(1),
  date: eventDate,
  entities: z.array(z.string()),
});

/** What tagging and event extraction give one article (kept per article by lib/content/store/derived-cache.ts). */
export const articleDerived = z.strictObject({
  entities: z.array(articleEntity),
  mentions: z.array(mention),
  events: z.array(storyEvent),
});

export type EventPrecision = z.infer<typeof eventPrecision>;
export type EventDate = z.infer<typeof eventDate>;
export type StoryEvent = z.infer<typeof storyEvent>;
export type ArticleDerived = z.infer<typeof articleDerived>;

/** An entity as the index serves it: the gazetteer entry plus the ids of the articles it tags. */
export const indexedEntity = entity.extend({ articles: z.array(z.string()) });

/**
 * Two published files that are the same story (see lib/content/republication): the copy stays
 * published, links to the original and points its canonical URL there, and lists count it once.
 */
export const republication = z.strictObject({
  original: z.string(),
  copy: z.string(),
  /** Share of the shorter text's word shingles found in the longer one (0–1). */
  containment: z.number().min(0).max(1),
  /** Shared shingles over all shingles of both (Jaccard, 0–1). */
  resemblance: z.number().min(0).max(1),
  originalBy: z.enum(['editor', 'earlier-date', 'longer-text', 'file-order']),
  evidence: z.string(),
});

export type Republication = z.infer<typeof republication>;

/** The compiled archive: everything published, everything rejected, nothing lost. */
export const archive = z.strictObject({
  articles: z.array(article),
  entities: z.array(indexedEntity),
  /** Every (original, copy) pair; copies are left out of entities' article lists. */
  republications: z.array(republication).default([]),
  /** Every story's events (dated statements, see lib/content/events), extracted once at compile time. */
  events: z.array(storyEvent).default([]),
  rejected: z.array(contentError),
  notices: z.array(contentNotice),
});

export type IndexedEntity = z.infer<typeof indexedEntity>;
export type Archive = z.infer<typeof archive>;
