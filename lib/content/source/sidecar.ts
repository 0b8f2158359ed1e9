/**
 * Editorial sidecars: `<id>.meta.json` or `<id>.meta.yaml` beside an article,
 * validated strictly. Errors name the file and, where the parser knows it, the line.
 */
import { isMap, LineCounter, parseDocument } from 'yaml';
import { contentError } from '../errors';
import { partsFromIso } from '../dates/partial-date';
import { type ContentError, type Sidecar, sidecar as sidecarSchema } from '../schema';

export const SIDECAR_PATTERN = /^(.+)\.meta\.(json|ya?ml)$/;

/** The paths a sidecar of the article at `source` (`x.txt`) may have, one per extension SIDECAR_PATTERN takes. */
export function sidecarPathsFor(source: string): string[] {
  const base = source.replace(/\.txt$/, '');
  return ['json', 'yaml', 'yml'].map((ext) => `${base}.meta.${ext}`);
}

/** Line of the key at `path` in the parsed document, when it can be found. */
function lineOfPath(text: string, path: PropertyKey[]): number | null {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter });
  for (let depth = path.length; depth > 0; depth--) {
    const node = doc.getIn(path.slice(0, depth).map(String), true);
    if (node && typeof node === 'object' && 'range' in node && Array.isArray(node.range)) {
      return counter.linePos(Number(node.range[0])).line;
    }
  }
  const root = doc.contents;
  if (isMap(root) && path.length > 0) {
    const pair = root.items.find((item) => String(item.key) === String(path[0]));
    const range = pair?.key && typeof pair.key === 'object' && 'range' in pair.key ? pair.key.range : null;
    if (Array.isArray(range)) return counter.linePos(Number(range[0])).line;
  }
  return null;
}

/** Parses the raw text of a sidecar file as JSON (strictly) or YAML. */
function parseRaw(text: string, file: string, format: string): { data: unknown } | { error: ContentError } {
  if (format === 'json') {
    try {
      return { data: JSON.parse(text) };
    } catch (e) {
      const msg = e instanceof Error ? e.message : String(e);
      const pos = msg.match(/position (\d+)/);
      const line = pos ? text.slice(0, Number(pos[1])).split('\n').length : null;
      return { error: contentError('parse', file, line, `invalid JSON: ${msg}`) };
    }
  }
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter });
  const problem = doc.errors[0];
  if (problem) return { error: contentError('parse', file, counter.linePos(problem.pos[0]).line, `invalid YAML: ${problem.message.split('\n')[0]}`) };
  return { data: doc.toJS() };
}

/** Parses and validates one sidecar; every problem comes back as a ContentError, none is thrown. */
export function parseSidecar(text: string, file: string, format: string): { sidecar: Sidecar | null; errors: ContentError[] } {
  const raw = parseRaw(text, file, format);
  if ('error' in raw) return { sidecar: null, errors: [raw.error] };
  const result = sidecarSchema.safeParse(raw.data);
  if (!result.success) {
    const errors = result.error.issues.map((issue) => {
      const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0] ?? ''] : issue.path;
      const where = path.length ? `${path.join('.')}: ` : '';
      return contentError('validation', file, lineOfPath(text, path), `${where}${issue.message}`);
    });
    return { sidecar: null, errors };
  }
  const dates = (['datePublished', 'dateModified'] satisfies (keyof Sidecar)[]).flatMap((key) => {
    const value = result.data[key]?.value;
    return value && !partsFromIso(value) ? [contentError('validation', file, lineOfPath(text, [key, 'value']), `${key}: ${value} is not a real date`)] : [];
  });
  return dates.length ? { sidecar: null, errors: dates } : { sidecar: result.data, errors: [] };
}
