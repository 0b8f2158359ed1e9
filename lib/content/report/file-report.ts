/**
 * The editor's view of one source file (`content:check --file`): every line with
 * what it became — headline, byline, date, body paragraph or heading, removed with
 * its reason, blank — then the facts read from it with their evidence. Built only
 * from what the compiled articles record (title.line, author.line, datePublished.line,
 * removed[], body[].line), so it shows how the pipeline read the file, not a second opinion.
 */
import { formatContentError } from '../errors';
import { normaliseText, toLines } from '../source/normalise';
import { formatReportDate } from './archive-report';
import type { Article, ContentError } from '../schema';

/** What one source line became. `part` prefixes the facts of a related article recovered from the file. */
export type LineFate = { n: number; text: string; fate: string };

type Marks = Map<number, string>;

/** Fates keyed by line from one article's recorded facts; body continuation lines are filled in by `lineFates`. */
function marksOf(a: Article, prefix: string, marks: Marks, starts: Map<number, string>, notes: Map<number, string[]>): void {
  const note = (line: number | null, text: string) => {
    if (line !== null) notes.set(line, [...(notes.get(line) ?? []), text]);
  };
  for (const r of a.removed) if (!marks.has(r.line)) marks.set(r.line, `removed: ${r.reason}${r.detail ? ` (${r.detail})` : ''}`);
  let paragraph = 0;
  for (const b of a.body) starts.set(b.line, `${prefix}${b.kind === 'heading' ? 'heading' : `body ¶${++paragraph}`}`);
  const set = (line: number | null, fate: string) => {
    if (line === null) return;
    if (starts.has(line)) note(line, fate);
    else marks.set(line, `${prefix}${fate}`);
  };
  if (a.title.source === 'text') set(a.title.line, 'headline');
  if (a.author?.source === 'text') set(a.author.line, 'byline');
  else if (a.outlet?.source === 'text') set(a.outlet.line, 'byline');
  if (a.datePublished.source !== 'sidecar') set(a.datePublished.line, 'date');
  if (a.dateModified && a.dateModified.source !== 'sidecar') set(a.dateModified.line, 'date modified');
}

/**
 * Every line of the decoded `text` with its fate, read from the articles compiled
 * from it (a recovered related article's lines are prefixed "related"). A line
 * inside a multi-line paragraph takes the paragraph's fate: segmentation ends a
 * block at a blank line or at a line with a fate of its own.
 */
export function lineFates(text: string, articles: readonly Article[]): LineFate[] {
  const marks: Marks = new Map();
  const starts = new Map<number, string>();
  const notes = new Map<number, string[]>();
  // The recovered related article first, so its own facts win over the parent's "removed: related-article".
  for (const a of [...articles].sort((x, y) => Number(y.derivedFrom !== null) - Number(x.derivedFrom !== null))) {
    marksOf(a, a.derivedFrom ? 'related ' : '', marks, starts, notes);
  }
  let block: string | null = null;
  return toLines(normaliseText(text)).map(({ n, text: line }) => {
    if (line === '') {
      block = null;
      return { n, text: line, fate: 'blank' };
    }
    const start = starts.get(n);
    if (start) block = start;
    else if (marks.has(n)) block = null;
    const fate = start ?? marks.get(n) ?? block ?? 'not used';
    const extra = notes.get(n);
    return { n, text: line, fate: extra ? `${fate} (+ ${extra.join(', ')})` : fate };
  });
}

const clip = (text: string, width: number) => (text.length > width ? `${text.slice(0, width - 1)}…` : text);

/** The facts an editor checks for one article: language, encoding, date, author, outlet, entities. */
function factsOf(a: Article): string[] {
  const lang = a.language;
  const enc = a.encoding;
  const entities = a.entities.map((e) => `${e.slug} ×${e.mentions}`).join(', ');
  return [
    `article ${a.id}${a.derivedFrom ? ` (recovered from ${a.derivedFrom})` : ''} → /${a.slug}`,
    `  title     ${a.title.value}  [${a.title.source}: ${a.title.evidence}]`,
    `  language  ${lang.value}  [${lang.source}${lang.confidence === null ? '' : ` ${lang.confidence}`}: ${lang.evidence}]`,
    `  encoding  ${enc.name}  [${enc.detected ? 'detected' : 'certain'}: ${enc.evidence}]`,
    `  date      ${formatReportDate(a.datePublished)}  [${a.datePublished.evidence}]`,
    ...(a.dateModified ? [`  modified  ${formatReportDate(a.dateModified)}  [${a.dateModified.evidence}]`] : []),
    `  author    ${a.author ? `${a.author.value}  [${a.author.source}: ${a.author.evidence}]` : '—'}`,
    `  outlet    ${a.outlet ? `${a.outlet.value}  [${a.outlet.source}: ${a.outlet.evidence}]` : '—'}`,
    `  entities  ${entities || '—'}`,
  ];
}

/**
 * The whole report for one file: numbered lines with their fates (when the file
 * decoded), each article's facts, then every error about the file.
 */
export function formatFileReport(file: string, text: string | null, articles: readonly Article[], errors: readonly ContentError[]): string {
  const lines = text === null ? [] : lineFates(text, articles);
  const width = Math.max(0, ...lines.map((l) => l.fate.length));
  const numbered = lines.map((l) => `${String(l.n).padStart(4)}  ${l.fate.padEnd(width)}  │ ${clip(l.text, 110)}`);
  const facts = [...articles].sort((a, b) => Number(a.derivedFrom !== null) - Number(b.derivedFrom !== null)).flatMap((a) => ['', ...factsOf(a)]);
  const problems = errors.length ? ['', ...errors.map(formatContentError)] : [];
  const verdict = errors.length ? `${file}: rejected (${errors.length} error(s))` : `${file}: ${articles.length} article(s) published`;
  return [file, ...numbered, ...facts, ...problems, '', verdict].join('\n');
}
