/**
 * Reads the editor-facing gazetteer (`content/entities.yaml`) and checks it
 * strictly: every problem becomes a ContentError of kind 'gazetteer' naming the
 * file, the entry and, where the YAML tells, the line.
 */
import { isNode, LineCounter, parseDocument, type Document } from 'yaml';
import { entity as entitySchema, gazetteer as gazetteerSchema, type ContentError, type Entity } from '../schema';
import { surfaceKey } from './tokens';

/** What a gazetteer file yields: its valid entries, the names to ignore, and every problem found. */
export type ParsedGazetteer = { entities: Entity[]; ignore: string[]; errors: ContentError[] };

type Path = (string | number)[];

/** The line of the deepest node on `path` that exists (a missing key points at its entry). */
function lineOf(doc: Document, counter: LineCounter, path: readonly PropertyKey[]): number | null {
  const keys: Path = path.filter((k): k is string | number => typeof k === 'string' || typeof k === 'number');
  for (let n = keys.length; n >= 0; n -= 1) {
    const node: unknown = n === 0 ? doc.contents : doc.getIn(keys.slice(0, n), true);
    if (isNode(node) && node.range) return counter.linePos(node.range[0]).line;
  }
  return null;
}

function entryLabel(index: number, raw: unknown): string {
  const slug = typeof raw === 'object' && raw !== null && 'slug' in raw && typeof raw.slug === 'string' ? ` "${raw.slug}"` : '';
  return `entities[${index}]${slug}`;
}

/**
 * Parses and checks a gazetteer. Entries that fail their schema are left out and
 * reported; so is a second entry with a slug already used. A surface form (name
 * or alias, compared after normalising spaces, hyphens and apostrophes, case
 * kept) claimed by two entities, and an alias with no letter or digit, are
 * reported too.
 */
export function parseGazetteer(text: string, file: string): ParsedGazetteer {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  const errors: ContentError[] = [];
  const fail = (line: number | null, message: string) => errors.push({ kind: 'gazetteer', file, line, message });

  for (const e of doc.errors) fail(counter.linePos(e.pos[0]).line, `YAML: ${e.message.split('\n')[0]}`);
  if (errors.length > 0) return { entities: [], ignore: [], errors };

  const data: unknown = doc.toJS();
  const whole = gazetteerSchema.safeParse(data);
  if (!whole.success) {
    for (const issue of whole.error.issues) {
      const [top, index] = issue.path;
      if (top === 'entities' && typeof index === 'number') continue; // reported per entry below
      fail(lineOf(doc, counter, issue.path), `${issue.path.join('.') || '(top level)'}: ${issue.message}`);
    }
  }
  const rawEntries: unknown[] =
    typeof data === 'object' && data !== null && 'entities' in data && Array.isArray(data.entities) ? data.entities : [];

  const entities: Entity[] = [];
  const slugs = new Map<string, number | null>();
  const forms = new Map<string, { slug: string; line: number | null }>();
  rawEntries.forEach((raw, index) => {
    const label = entryLabel(index, raw);
    const parsed = entitySchema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const where = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
        fail(lineOf(doc, counter, ['entities', index, ...issue.path]), `${label}: ${where}${issue.message}`);
      }
      return;
    }
    const e = parsed.data;
    const line = lineOf(doc, counter, ['entities', index]);
    if (slugs.has(e.slug)) {
      fail(line, `${label}: duplicate slug "${e.slug}" (first used at line ${slugs.get(e.slug) ?? '?'})`);
      return;
    }
    slugs.set(e.slug, line);
    const surfaces: [string, Path][] = [
      [e.name, ['entities', index, 'name']],
      ...e.aliases.map((a, k): [string, Path] => [a, ['entities', index, 'aliases', k]]),
      ...Object.entries(e.names ?? {}).flatMap(([language, list]) => list.map((a, k): [string, Path] => [a, ['entities', index, 'names', language, k]])),
    ];
    for (const [form, path] of surfaces) {
      const key = surfaceKey(form);
      const formLine = lineOf(doc, counter, path);
      if (key === '') {
        fail(formLine, `${label}: surface form "${form}" has no letter or digit`);
        continue;
      }
      const owner = forms.get(key);
      if (owner && owner.slug !== e.slug) {
        fail(formLine, `${label}: surface form "${form}" is already claimed by "${owner.slug}" (line ${owner.line ?? '?'})`);
      } else if (!owner) {
        forms.set(key, { slug: e.slug, line: formLine });
      }
    }
    entities.push(e);
  });
  const rawIgnore = typeof data === 'object' && data !== null && 'ignore' in data ? data.ignore : undefined;
  const ignore = gazetteerSchema.shape.ignore.safeParse(rawIgnore);
  return { entities, ignore: ignore.success ? (ignore.data ?? []) : [], errors };
}
