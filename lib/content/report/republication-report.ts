/**
 * The editor's list of republications for `content:check`: each pair with its similarity and
 * why one of them is taken as the original, so an editor can split a pair or name the original.
 */
import type { Archive } from '../schema';
import { THRESHOLDS } from '../republication/similarity';

const percent = (x: number) => `${Math.round(x * 100)}%`;

/** One line per (original, copy) pair, or a line saying there are none. */
export function formatRepublicationReport(archive: Pick<Archive, 'republications'>): string {
  const header = `Republications (same text in two files: containment ≥ ${percent(THRESHOLDS.containment)} of the shorter body's three-word shingles)`;
  if (archive.republications.length === 0) return `${header}\n  none`;
  const rows = archive.republications.map(
    (r) =>
      `  ${r.copy} is a copy of ${r.original}: containment ${percent(r.containment)}, resemblance ${percent(r.resemblance)}; original by ${r.originalBy} (${r.evidence})`,
  );
  const hint = '  To split a pair or name the original, add "republication": { "notSameStoryAs": [id] } or { "original": { "value": id, "evidence": "…" } } to a sidecar.';
  return [header, ...rows, hint].join('\n');
}
