/**
 * Segmentation: numbered lines become blocks. A blank line always ends a block;
 * without blank lines every line is its own paragraph, unless the line plainly
 * does not end a sentence and the next one continues it (line-continuation.ts). Lines recognised as
 * furniture or as facts (dateline, stamp, byline, related marker) stand alone.
 */
import type { CalendarParts } from '../dates/partial-date';
import { type Byline, matchByline, matchDateline, matchStamp } from './header-lines';
import type { FindOptions } from '../dates/date-find';
import { furnitureVerdict } from './line-rules';
import { isPhotoCredit } from './credit-rules';
import { isRelatedMarker } from './related-rules';
import { confirmRelatedMarkers } from './related-position';
import { markScriptStopText } from './script-stop-text';
import { bylineAmongCredits } from './byline';
import { readsAsSentence, stopwordsFor } from './line-evidence';
import { type SiteTemplate, templateKey } from './site-template';
import type { SourceLine } from '../source/normalise';
import type { RemovalReason } from '../schema';
import { endsSentence } from './text-shape';
import { continuesSentence, endsInCasedScript, wrapWidth } from './line-continuation';

export type LineMark =
  // weak: only a label at the line's start said so; between two paragraphs of the story that alone does not remove it.
  | { kind: 'furniture'; reason: RemovalReason; weak?: boolean; detail?: string }
  | { kind: 'related-marker' }
  | { kind: 'dateline'; date: CalendarParts; byline: Byline | null }
  | { kind: 'stamp'; date: CalendarParts }
  | { kind: 'byline'; byline: Byline };

/** `scriptStopText`: a short line closed by a Tibetan shad that its place says is running text (script-stop-text.ts). */
export type Block = { text: string; line: number; lines: SourceLine[]; mark: LineMark | null; scriptStopText?: true };

/** Longer lines are always running text: no label, stamp, menu or credit is this long. */
export const MAX_MARKED_LINE = 160;

/**
 * How lines are read: date options, the stopwords of the page's language (the union of all lists
 * by default) and the archive's site template (site-template.ts), when there is one.
 */
export type SegmentOptions = FindOptions & { stopwords?: ReadonlySet<string>; template?: SiteTemplate };

/** A line of the site's template; a sentence-like one is a weak mark, so it stays between two paragraphs of the story. */
function templateMark(text: string, options: SegmentOptions, sentenceLike: () => boolean): LineMark | null {
  const files = options.template?.get(templateKey(text));
  if (files === undefined) return null;
  return { kind: 'furniture', reason: 'site-template', detail: `repeats in ${files} files`, ...(sentenceLike() ? { weak: true } : {}) };
}

/** What a single line is, when its shape alone says so; null for ordinary text. */
export function markLine(text: string, options: SegmentOptions = {}): LineMark | null {
  let sentence: boolean | undefined;
  const sentenceLike = () => (sentence ??= readsAsSentence(text, options.stopwords ?? stopwordsFor('und')));
  if (text.length > MAX_MARKED_LINE) return templateMark(text, options, sentenceLike);
  const stamp = matchStamp(text, options);
  if (stamp) return { kind: 'stamp', date: stamp };
  const dateline = matchDateline(text, options);
  // A weekday with a day and month but no year is the site's "today" widget, never a publication date.
  if (dateline && dateline.date.year === null && dateline.weekday && !dateline.byline) return { kind: 'furniture', reason: 'date-widget' };
  if (dateline) return { kind: 'dateline', date: dateline.date, byline: dateline.byline };
  if (isRelatedMarker(text)) return { kind: 'related-marker' };
  const verdict = furnitureVerdict(text, sentenceLike);
  // "Texto: Laura Gómez | Foto: Juan Pérez": the line credits the writer as well as the photographer.
  const credited = verdict?.reason === 'photo-credit' ? bylineAmongCredits(text, isPhotoCredit) : null;
  if (credited) return { kind: 'byline', byline: credited };
  if (verdict) return verdict.weak ? { kind: 'furniture', reason: verdict.reason, weak: true } : { kind: 'furniture', reason: verdict.reason };
  const byline = matchByline(text);
  if (byline) return { kind: 'byline', byline };
  return templateMark(text, options, sentenceLike);
}

/** Groups numbered lines into blocks (see the module comment). */
export function segmentLines(lines: SourceLine[], options: SegmentOptions = {}): Block[] {
  const wrapAt = wrapWidth(lines);
  // A line cut at the file's wrap width runs on into the next. Only in a script without case: there no first letter
  // says "continued", while in a cased script a lower-case start already does, and a capital may start a headline's
  // first paragraph as well as a name, so the width alone does not join them.
  const runsOn = (prev: string) => wrapAt > 0 && prev.length >= wrapAt && !endsSentence(prev) && !endsInCasedScript(prev);
  const blocks: Block[] = [];
  let current: SourceLine[] = [];
  const flush = () => {
    if (current.length === 0) return;
    blocks.push({ text: current.map((l) => l.text).join(' '), line: current[0]!.n, lines: current, mark: null });
    current = [];
  };
  for (const line of lines) {
    if (line.text === '') {
      flush();
      continue;
    }
    const mark = markLine(line.text, options);
    if (mark) {
      flush();
      blocks.push({ text: line.text, line: line.n, lines: [line], mark });
      continue;
    }
    const last = current.at(-1);
    if (last && !continuesSentence(last.text, line.text, wrapAt) && !runsOn(last.text)) flush();
    current.push(line);
  }
  flush();
  const stopwords = options.stopwords ?? stopwordsFor('und');
  return confirmRelatedMarkers(markScriptStopText(blocks, stopwords), stopwords);
}
