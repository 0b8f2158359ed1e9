/**
 * The editor's view of a compiled archive: the JSON `content:check --json`
 * prints and the one-row-per-article table it prints by default.
 */
import { formatContentError } from '../errors';
import type { CandidateName } from '../tagging/unknown-names';
import type { Archive, Article, DateFact } from '../schema';

/**
 * The archive as the documented JSON shape: flat facts per article, plus everything rejected.
 * `candidates` (names the gazetteer lacks, per article id) adds `candidates` to each article.
 */
export function toReportJson(archive: Archive, candidates?: Map<string, CandidateName[]>) {
  return {
    articles: archive.articles.map((a) => ({
      id: a.id,
      sourceFile: a.sourceFile,
      slug: a.slug,
      title: a.title.value,
      titleSource: a.title.source,
      datePublished: a.datePublished.value,
      datePrecision: a.datePublished.precision,
      datePartial: a.datePublished.partial,
      dateSource: a.datePublished.source,
      dateEvidence: a.datePublished.evidence,
      dateModified: a.dateModified?.value ?? null,
      author: a.author?.value ?? null,
      authorSource: a.author?.source ?? null,
      outlet: a.outlet?.value ?? null,
      outletSource: a.outlet?.source ?? null,
      language: a.language.value,
      languageSource: a.language.source,
      languageEvidence: a.language.evidence,
      encoding: a.encoding.name,
      encodingDetected: a.encoding.detected,
      headings: a.body.filter((b) => b.kind === 'heading').map((b) => b.text),
      paragraphs: a.body.filter((b) => b.kind === 'paragraph').map((b) => b.text),
      removed: a.removed.map((r) => ({ line: r.line, text: r.text, reason: r.reason })),
      derivedFrom: a.derivedFrom,
      entities: a.entities.map((e) => ({ slug: e.slug, mentions: e.mentions })),
      ...(candidates ? { candidates: candidates.get(a.id) ?? [] } : {}),
    })),
    entities: archive.entities.map((e) => ({ slug: e.slug, name: e.name, type: e.type, aliases: e.aliases, description: e.description, articles: e.articles })),
    republications: archive.republications,
    rejected: archive.rejected.map((e) => ({ file: e.file, kind: e.kind, line: e.line, message: e.message })),
    notices: archive.notices,
  };
}

/** A date as an editor reads it in the table: value or partial day-month, precision and source. */
export function formatReportDate(d: DateFact): string {
  const shown = d.value ?? (d.partial ? `--${String(d.partial.month).padStart(2, '0')}${d.partial.day ? `-${String(d.partial.day).padStart(2, '0')}` : ''}` : '—');
  return `${shown} (${d.precision}, ${d.source})`;
}

const cell = (text: string, width: number) => (text.length > width ? `${text.slice(0, width - 1)}…` : text.padEnd(width));

const COLUMNS: [string, number, (a: Article) => string][] = [
  ['id', 24, (a) => a.id],
  ['slug', 34, (a) => a.slug],
  ['title', 40, (a) => `${a.title.source === 'text' ? '' : `[${a.title.source}] `}${a.title.value}`],
  ['date', 28, (a) => formatReportDate(a.datePublished)],
  ['author', 18, (a) => a.author?.value ?? '—'],
  ['lang', 4, (a) => a.language.value],
  ['outlet', 14, (a) => (a.outlet ? `${a.outlet.value}${a.outlet.source === 'text' ? '' : '*'}` : '—')],
  ['¶', 3, (a) => String(a.body.filter((b) => b.kind === 'paragraph').length)],
  ['h', 2, (a) => String(a.body.filter((b) => b.kind === 'heading').length)],
  ['rm', 3, (a) => String(a.removed.length)],
];

/** The per-article table, then notices and errors, one line each. */
export function formatReportTable(archive: Archive): string {
  const header = COLUMNS.map(([name, w]) => cell(name, w)).join(' ');
  const rows = archive.articles.map((a) => COLUMNS.map(([, w, get]) => cell(get(a), w)).join(' '));
  const notices = archive.notices.map((n) => `notice: ${n.line === null ? n.file : `${n.file}:${n.line}`}: ${n.message}`);
  const errors = archive.rejected.map(formatContentError);
  const summary = `${archive.articles.length} published, ${archive.rejected.length} error(s)`;
  return [header, ...rows, '', '* outlet inferred from the text or given by an editor', ...notices, ...errors, summary].join('\n');
}
