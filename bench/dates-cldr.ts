/**
 * `npm run bench:dates` — does the ingest read a date back in every language CLDR writes dates in?
 * For each language the date reader knows (dates/date-languages.ts, and unit-month.ts's) and each of Intl's date styles
 * (full, long, medium, day + month name + year, and long with a time), twelve days (one in each month, days and years
 * varied) are written by Intl, normalised as a scraped line is (source/normalise.ts), and read back by
 * the dateline reader (segment/header-lines.ts: a line holding a date and nothing else of weight) with
 * the page's language unknown, and again with it known (read first, as the ingest reads a page's header in its detected
 * language first; no other language is left untried). The expected date is the one Intl was given, so the table measures the
 * readers against CLDR, not against themselves. A wrong date (another day than written) counts apart
 * from a date not read: a wrong one is worse. Prints the total, then every language that misses,
 * with an example of each kind of miss. `--all` prints every language's row.
 */
import { dateLanguages, INTL_LOCALE } from '../lib/content/dates/date-languages';
import { unitMonthLanguages } from '../lib/content/dates/unit-month';
import { normaliseText } from '../lib/content/source/normalise';
import { matchDateline } from '../lib/content/segment/header-lines';

const STYLES: readonly [string, Intl.DateTimeFormatOptions][] = [
  ['full', { dateStyle: 'full' }],
  ['long', { dateStyle: 'long' }],
  ['medium', { dateStyle: 'medium' }],
  ['d MMMM y', { day: 'numeric', month: 'long', year: 'numeric' }],
  // A header's date and time as CLDR joins them ("4 January 2019 at 09:00", "4. Januar 2019 um 09:00").
  ['long, time', { dateStyle: 'long', timeStyle: 'short' }],
];
const DAYS = Array.from({ length: 12 }, (_, m) => new Date(Date.UTC(2019 + (m % 8), m, 1 + ((m * 7 + 3) % 28), 9 + m, 5 * m)));

type Row = { lang: string; tried: number; read: number; partial: number; wrong: number; readKnown: number; wrongKnown: number; examples: string[] };

function measure(lang: string): Row {
  const locale = INTL_LOCALE[lang] ?? lang;
  const row: Row = { lang, tried: 0, read: 0, partial: 0, wrong: 0, readKnown: 0, wrongKnown: 0, examples: [] };
  for (const [style, options] of STYLES) {
    const format = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC', calendar: 'gregory', numberingSystem: 'latn' });
    for (const day of DAYS) {
      const written = normaliseText(format.format(day));
      const want = { year: day.getUTCFullYear(), month: day.getUTCMonth() + 1, day: day.getUTCDate() };
      const got = matchDateline(written)?.date ?? null;
      row.tried++;
      const known = matchDateline(written, { prefer: [lang] })?.date ?? null;
      if (known && known.year === want.year && known.month === want.month && known.day === want.day) row.readKnown++;
      else if (known && (['year', 'month', 'day'] as const).some((k) => known[k] !== null && known[k] !== want[k])) row.wrongKnown++;
      const same = (k: keyof typeof want) => got !== null && got[k] === want[k];
      let miss: string | null = null;
      if (same('year') && same('month') && same('day')) row.read++;
      else if (got !== null && (['year', 'month', 'day'] as const).every((k) => got[k] === null || got[k] === want[k])) (row.partial++, (miss = 'partial'));
      else if (got !== null) (row.wrong++, (miss = 'WRONG'));
      else miss = 'none';
      if (miss && row.examples.length < 3 && !row.examples.some((e) => e.startsWith(`${miss} (${style})`)))
        row.examples.push(`${miss} (${style}) “${written}” → ${got ? [got.year, got.month, got.day].map((n) => n ?? '?').join('-') : 'nothing'}`);
    }
  }
  return row;
}

const rows = [...new Set([...dateLanguages(), ...unitMonthLanguages()])].map(measure);
const sum = (k: 'tried' | 'read' | 'partial' | 'wrong' | 'readKnown' | 'wrongKnown') => rows.reduce((n, r) => n + r[k], 0);
const pct = (n: number, d: number) => `${((100 * n) / Math.max(1, d)).toFixed(1)}%`;
const all = process.argv.includes('--all');
console.log(`CLDR dates read back by the dateline reader (${rows.length} languages × ${STYLES.length} styles × ${DAYS.length} days)\n`);
const head = ['language', 'tried', 'read', 'partial', 'wrong', 'not read', 'read, language known', 'wrong, language known'];
const lines = rows
  .filter((r) => all || r.read < r.tried || r.readKnown < r.tried)
  .map((r) => [r.lang, String(r.tried), `${r.read} ${pct(r.read, r.tried)}`, String(r.partial), String(r.wrong), String(r.tried - r.read - r.partial - r.wrong), `${r.readKnown} ${pct(r.readKnown, r.tried)}`, String(r.wrongKnown)]);
lines.push(['total', String(sum('tried')), `${sum('read')} ${pct(sum('read'), sum('tried'))}`, String(sum('partial')), String(sum('wrong')), String(sum('tried') - sum('read') - sum('partial') - sum('wrong')), `${sum('readKnown')} ${pct(sum('readKnown'), sum('tried'))}`, String(sum('wrongKnown'))]);
const widths = head.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
const print = (cells: string[]) => console.log(cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  '));
print(head);
print(widths.map((w) => '─'.repeat(w)));
lines.forEach(print);
console.log(`\nlanguages read in full: ${rows.filter((r) => r.read === r.tried).length}/${rows.length}`);
console.log('\nExamples of misses (at most one per kind and style, three per language):');
for (const r of rows) if (r.examples.length) console.log(`${r.lang}: ${r.examples.join(' · ')}`);
