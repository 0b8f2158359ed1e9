/**
 * The outlet, from what the page says of itself: the lines that name it (a title
 * line, a © line, a source label, a masthead: see outlet-lines.ts), a byline's
 * ", Outlet", and self-references in the body (outlet-self-reference.ts).
 * Every find is evidence with a weight; a name needs two points.
 */
import type { TextFact } from '../schema';
import type { OutletFind } from './outlet-lines';
import { isBrandShaped } from './outlet-masthead';
import { companyHead } from './outlet-legal-form';
import { containsName, foldName, isDomain, spellsAlike, spellsSame } from './outlet-address';

/** The outlet a byline names ("Siarhei Bohdan, BelarusDigest"): alone it is one point, a place ("Von Karl Weber, Warschau") reads the same; a brand's shape adds two. */
export function bylineOutletFind(outlet: string, line: number, text: string): OutletFind {
  return { value: outlet, line, kind: 'byline', text, weight: isBrandShaped(outlet) ? 3 : 1 };
}

/**
 * Whether a name is the byline's writer, or one of its writers ("Anna Reed" in "Anna Reed and Tom Hale", "Anna Reed, Tom
 * Hale"): a part of the byline between joiners (a comma, an ampersand, a slash, a short lower-case word) that is the name
 * and nothing more. A desk's credit that holds the name among more words ("Harbour Ledger Staff") is the site's.
 */
const namesWriter = (name: string, writer: string) => writer.split(/\s*[,;&/]\s*|\s+\p{Ll}{1,3}\s+/u).some((part) => part.trim() !== '' && foldName(part) === foldName(name));

/** Kinds that give an address, not a name: they agree with a name by its letters, and name the outlet only when nothing else does. */
const ADDRESS_KINDS: ReadonlySet<string> = new Set(['web address', 'e-mail address', 'social handle']);

/**
 * Whether two finds name one outlet: the same name, one inside the other as whole words (a masthead "Postimees" and
 * "© Postimees Grupp"), or a name and an address with the same letters ("Zeeuws Dagblad", "zeeuwsdagblad.nl", "NOSNieuws"),
 * transliterated too ("Северный вестник", "severnyvestnik.ru").
 */
const sameOutlet = (a: OutletFind, b: OutletFind) =>
  foldName(a.value) === foldName(b.value) ||
  containsName(a.value, b.value) ||
  containsName(b.value, a.value) ||
  spellsSame(a.value, b.value) ||
  (isDomain(a.value) && spellsAlike(a.value, b.value)) ||
  (isDomain(b.value) && spellsAlike(b.value, a.value));

/** Finds grouped by the outlet they name: each find joins the first group one of whose finds names the same outlet. */
function groupFinds(all: readonly OutletFind[]): OutletFind[][] {
  const groups: OutletFind[][] = [];
  for (const f of all) {
    const group = groups.find((g) => g.some((o) => sameOutlet(o, f)));
    if (group) group.push(f);
    else groups.push([f]);
  }
  return groups;
}

/**
 * A name the page prints in capitals ("HÜRRİYET", a logo's lettering) as another find of it spells it in
 * running case ("© 2026 Hürriyet Gazetecilik A.Ş."); the name as it is otherwise.
 */
function spelling(value: string, group: readonly OutletFind[]): string {
  if (/\p{Ll}/u.test(value) || !/\p{Lu}/u.test(value)) return value;
  const size = value.trim().split(/\s+/u).length;
  for (const f of group) {
    const ws = f.value.trim().split(/\s+/u);
    for (let i = 0; i + size <= ws.length; i += 1) {
      const window = ws.slice(i, i + size).join(' ');
      if (/\p{Ll}/u.test(window) && foldName(window) === foldName(value)) return window;
    }
  }
  return value;
}

/**
 * The name as the page writes it where it names itself more than once: the strongest find's name without the words
 * another find of two points or more leaves off after it ("© 2026 Harbour Ledger Online" beside "Follow Harbour Ledger
 * on Facebook", "Harbour Ledger – news from the coast": "Harbour Ledger"). The © line's extra words are an edition's or a
 * company's, which the page's other lines do not print. A self-reference or a byline's outlet is read from a phrase,
 * which may cut a name short, and does not count, nor does the run a header and footer share (the part two lines
 * have in common, not a name as written); nor does a single word but on the masthead's line.
 */
function shortestWritten(strongest: OutletFind, named: readonly OutletFind[]): string {
  // A line that is the shorter name alone is a menu's entry (a section named like the site: "Punjab" under "Punjab
  // Darpan"), unless it is the group's first line, the masthead's place.
  const top = Math.min(...named.map((f) => f.line));
  const alone = (f: OutletFind) => f.text.trim() === f.value.trim() && f.line !== top;
  // A single word lower down is a name cut short as often ("Follow the Diario on Instagram" for "Diario del Sur").
  const cut = (f: OutletFind) => f.line !== top && !/\s/u.test(f.value.trim());
  const shorter = named.filter(
    (f) => f.weight >= 2 && f.kind !== 'self-reference' && f.kind !== 'byline' && f.kind !== 'header and footer' && !alone(f) && !cut(f) && f.value.length < strongest.value.length && containsName(strongest.value, f.value),
  );
  return shorter.sort((a, b) => a.value.length - b.value.length)[0]?.value ?? strongest.value;
}

/**
 * A © line's name without its last word when the page's own address spells the words before it ("© 2026 Harbour
 * Ledger Online" beside "desk@harbourledger.com": "Harbour Ledger"): the address is the name as the site writes it for
 * itself, and the word the © line adds after it an edition's or a company's. The name itself otherwise.
 */
function spelledOpening(name: string, addresses: readonly OutletFind[]): { name: string; by?: OutletFind } {
  // A company's words after the name the address spells go, down to one word ("© 2026 Kestrel Media Group LLC" beside
  // desk@kestrel.example: "Kestrel"): the closed set of trade words and the address are two witnesses.
  const head = companyHead(name);
  const spelt = head === null ? undefined : addresses.find((a) => spellsSame(a.value, head));
  if (head !== null && spelt) return { name: head, by: spelt };
  const ws = name.trim().split(/\s+/u);
  // One capitalised word after an opening of two or more: a domain often spells a name's first word only
  // ("Süddeutsche Zeitung", "sueddeutsche.de") or its head before a particle ("La Voce del Popolo", "lavoce.it").
  if (ws.length < 3 || !/^\p{Lu}/u.test(ws.at(-1)!) || !/^\p{Lu}/u.test(ws.at(-2)!)) return { name };
  const opening = ws.slice(0, -1).join(' ');
  const by = addresses.find((a) => spellsSame(a.value, opening));
  return by ? { name: opening, by } : { name };
}

/** Groups with the most points first, ties to the earlier line. */
const byPoints = (points: (fs: OutletFind[]) => number) => (a: OutletFind[], b: OutletFind[]) =>
  points(b) - points(a) || Math.min(...a.map((f) => f.line)) - Math.min(...b.map((f) => f.line));

/**
 * The outlet the evidence agrees on: finds of one outlet add up (a name and the page's address spelling it
 * are one outlet), the outlet with most points wins when it has two or more (ties go to the earlier line).
 * A name only credits give (a source label, an agency's dateline or initials) is where the story came from:
 * it wins only when no name the page gives itself does, and then with any points (the outlet convention:
 * a page that names no publication of its own is the credited one's).
 * The fact keeps the line of its strongest find that gives a name (an address only when none does) and lists
 * every find as evidence. `inBody` is the body's self-reference, if any; `headlineLine` the story's headline line;
 * `writer` the byline's author text, if any.
 */
export function chooseOutlet(finds: readonly OutletFind[], inBody: TextFact | null, headlineLine: number | null = null, writer: string | null = null): TextFact | null {
  // A masthead read on the line the story took as its headline is the headline ("Minsk Buys Trucks" first on the page).
  const page = finds
    .filter((f) => !((f.kind === 'masthead' || f.kind === 'spelled name') && f.line === headlineLine))
    // A header's name stands above the headline: under it, a byline's or the story's.
    .filter((f) => !(f.kind === 'header and footer' && headlineLine !== null && f.line >= headlineLine))
    // A lone name on line 1 right over the headline stands where a section label (a kicker: "Local News")
    // stands, and has its shape: one point, so another find must agree. A masthead has the menu or a
    // section word between it and the headline.
    .map((f) => (f.above !== undefined && f.above === headlineLine ? { ...f, weight: 1 } : f))
    // A © line that names the story's own writer ("By Anna Reed" … "© 2026 Anna Reed") is the writer's rights, a blog's
    // or a freelancer's, as often as a site named for its author: one point, so another find must agree.
    .map((f) => (f.kind === 'copyright line' && writer !== null && namesWriter(f.value, writer) ? { ...f, weight: 1 } : f));
  const all = inBody?.line ? [...page, { value: inBody.value, line: inBody.line, kind: 'self-reference' as const, text: inBody.evidence, weight: 2 }] : page;
  // Finds of one kind are one piece of evidence, worth their strongest: a page template repeats its
  // shapes (the same "date | Section" field over the story and over every related link), and a
  // repetition is not a second witness. Only different kinds add up.
  const points = (fs: OutletFind[]) => {
    const byKind = new Map<string, number>();
    for (const f of fs) byKind.set(f.kind, Math.max(byKind.get(f.kind) ?? 0, f.weight));
    return [...byKind.values()].reduce((n, w) => n + w, 0);
  };
  const groups = groupFinds(all);
  const onlyCredits = (fs: OutletFind[]) => fs.every((f) => f.credit === true);
  const own = groups.filter((fs) => !onlyCredits(fs) && points(fs) >= 2).sort(byPoints(points))[0];
  const credited = own ? undefined : groups.filter(onlyCredits).sort(byPoints(points))[0];
  const best = own ?? credited;
  if (!best) return null;
  const named = best.filter((f) => !ADDRESS_KINDS.has(f.kind));
  // Of addresses alone, a domain is the name as the page spells it; a handle only when nothing else is.
  const addresses = best.filter((f) => f.kind !== 'social handle');
  const strongest = [...(named.length > 0 ? named : addresses.length > 0 ? addresses : best)].sort((a, b) => b.weight - a.weight || a.line - b.line)[0]!;
  if (strongest.kind === 'self-reference' && best.length === 1 && inBody) return inBody;
  // An address or handle is written in lower case whatever the name's case: only a name's find respells it.
  const written = shortestWritten(strongest, named);
  // A © line's name that no other line wrote shorter: the page's address may (any address on the page, which a longer name does not group with).
  const cut = strongest.kind === 'copyright line' && written === strongest.value ? spelledOpening(written, all.filter((f) => ADDRESS_KINDS.has(f.kind))) : { name: written };
  const value = spelling(cut.name, named);
  const shown = cut.by && !best.includes(cut.by) ? [...best, cut.by] : best;
  const evidence = shown
    .sort((a, b) => a.line - b.line)
    .map((f) => (f.kind === 'self-reference' ? `self-reference on line ${f.line}` : `${f.kind} on line ${f.line}: “${f.text.trim()}”`))
    .join('; ');
  if (credited) return { value, source: 'text', line: strongest.line, evidence: `${evidence}; credited as the source, the page names no publication of its own` };
  return { value, source: 'text', line: strongest.line, evidence };
}
