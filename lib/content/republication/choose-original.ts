/**
 * Which member of a group of copies is the original: the one an editor names; otherwise the one
 * published first (only when the dates say so unambiguously: "2015-12" is not before
 * "2015-12-03"); otherwise the longer text (an excerpt is cut from the full story, not the other
 * way round); otherwise the first file by id, so the choice never depends on read order.
 */

export type Member = { id: string; date: string | null; size: number };
export type OriginalChoice = { id: string; by: 'editor' | 'earlier-date' | 'longer-text' | 'file-order'; evidence: string };

/** -1 when `a` is certainly earlier than `b`, 1 when certainly later, 0 when the dates cannot tell. */
export function compareDates(a: string | null, b: string | null): number {
  if (a === null || b === null || a === b) return 0;
  if (a.startsWith(b) || b.startsWith(a)) return 0; // one is a finer date inside the other's period
  return a < b ? -1 : 1;
}

/** Members sorted so the best candidate for "original" comes first, with the rule that decided it. */
export function chooseOriginal(members: readonly Member[], editorChoice: { id: string; evidence: string } | null): OriginalChoice {
  if (editorChoice && members.some((m) => m.id === editorChoice.id)) return { id: editorChoice.id, by: 'editor', evidence: editorChoice.evidence };
  const byId = [...members].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  const first = byId[0];
  if (!first) throw new Error('chooseOriginal needs at least one member');
  const earliest = byId.filter((m) => byId.every((o) => o === m || compareDates(m.date, o.date) < 0));
  if (earliest[0]) return { id: earliest[0].id, by: 'earlier-date', evidence: `published ${earliest[0].date}, before the other copies` };
  const longest = Math.max(...byId.map((m) => m.size));
  const longer = byId.filter((m) => m.size === longest);
  if (longer.length === 1 && longer[0]) return { id: longer[0].id, by: 'longer-text', evidence: 'no date settles it; the fuller text is taken as the original' };
  return { id: (longer[0] ?? first).id, by: 'file-order', evidence: 'no date or length settles it; the first file by name is taken as the original' };
}
