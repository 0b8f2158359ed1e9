/**
 * Lines that carry facts about the article rather than its text: datelines,
 * update stamps and bylines. Each matcher takes one whole line.
 */
import { type CalendarParts, parseDateExpression } from './date-parse';
import { endsSentence, wordCount } from './text-shape';

/** A line that is only a date, optionally labelled ("Published: 18.09.2017", "September 18, 2017 10:50"). */
export function matchDateline(line: string): CalendarParts | null {
  const t = line.trim().replace(/^(published|posted|date|dated|опубликовано)(\s+on)?\s*:?\s*/iu, '');
  return parseDateExpression(t);
}

/** An update or republication stamp: "Updated at 23:08,31-05-2020", "Republished on 2 May 2019". */
export function matchStamp(line: string): CalendarParts | null {
  const m = line
    .trim()
    .match(/^(?:last\s+)?(?:updated|modified|edited|republished|re-published|reposted|обновлено|изменено)\b(?:\s+(?:at|on))?\s*:?\s*(.+)$/iu);
  return m ? parseDateExpression(m[1]!) : null;
}

export type Byline = { author: string; outlet: string | null };

const NAME_WORD = String.raw`\p{Lu}[\p{L}'’.\-]*`;
const NAME = String.raw`${NAME_WORD}(?:\s+(?:${NAME_WORD}|de|van|von|der|al|bin))*`;
const OUTLET = String.raw`[\p{Lu}\p{N}][\p{L}\p{N}.&'’\-]*(?:\s+[\p{Lu}\p{N}][\p{L}\p{N}.&'’\-]*){0,3}`;

// No `i` flag: with it, \p{Lu} would match lower case too and "by the way" would pass as a name.
const BY = new RegExp(`^(?:[Bb]y|[Aa]uthor|[Tt]ext|[Аа]втор|[Тт]екст)\\s*:?\\s+(${NAME}(?:\\s+(?:and|&)\\s+${NAME})?)(?:\\s*[,|/–—-]\\s*(${OUTLET}))?$`, 'u');
const NAME_OUTLET = new RegExp(`^(${NAME_WORD}\\s+${NAME_WORD}(?:\\s+${NAME_WORD})?)\\s*,\\s*(${OUTLET})$`, 'u');

/**
 * A byline: "By Andrei Parotnikau", "Author: X", "Text: X" or "Name Surname, Outlet".
 * Only short lines qualify, so a sentence starting with "By the end of…" never does.
 */
export function matchByline(line: string): Byline | null {
  const t = line.trim();
  if (wordCount(t) > 10 || endsSentence(t.replace(/\.$/, ''))) return null;
  const by = t.match(BY);
  if (by) return { author: by[1]!, outlet: by[2] ?? null };
  const nameOutlet = t.match(NAME_OUTLET);
  if (nameOutlet) return { author: nameOutlet[1]!, outlet: nameOutlet[2]! };
  return null;
}
