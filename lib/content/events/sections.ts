/**
 * Lays event groups (in timeline order) out by year and month for display: a group whose
 * date falls within one month sits under that month; one known only to the year, or
 * spanning several months or years, sits under its starting year as "the year or longer".
 */
import { isoParts } from '../dates/partial-date';
import type { EventGroup } from './group';

export type EventMonth = { month: number; groups: EventGroup[] };
export type EventYear = { year: number; months: EventMonth[]; longer: EventGroup[] };

/** The calendar month (1-12) a group's date lies wholly within, or null. */
function monthOf(group: EventGroup): number | null {
  const { start, end } = group.date;
  if (!start || !end) return null;
  const [from, to] = [isoParts(start), isoParts(end)];
  return from.month !== null && from.year === to.year && from.month === to.month ? from.month : null;
}

/** Year and month sections for `groups`, keeping their order (oldest first). */
export function eventSections(groups: readonly EventGroup[]): EventYear[] {
  const years: EventYear[] = [];
  for (const group of groups) {
    const iso = group.date.start ?? group.date.value;
    if (!iso) continue;
    const { year } = isoParts(iso);
    let y = years.find((s) => s.year === year);
    if (!y) {
      y = { year, months: [], longer: [] };
      years.push(y);
    }
    const month = monthOf(group);
    if (month === null) {
      y.longer.push(group);
      continue;
    }
    let m = y.months.find((s) => s.month === month);
    if (!m) {
      m = { month, groups: [] };
      y.months.push(m);
    }
    m.groups.push(group);
  }
  for (const y of years) y.months.sort((a, b) => a.month - b.month);
  return years.sort((a, b) => a.year - b.year);
}
