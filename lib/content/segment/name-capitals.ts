/**
 * Where a byline's name ends by its capitals: a name set in capitals ends where they end ("SARAH MILLER Staff Writer"),
 * and an agency's initials after a name in mixed case are no part of it ("Erik Lund TT"). Shape only, any script with
 * case. Split from byline.ts.
 */

const inCapitals = (w: string) => /\p{Lu}/u.test(w) && !/\p{Ll}/u.test(w);

/**
 * A name written in capitals ends where the capitals end: "SARAH MILLER Staff Writer" → "SARAH MILLER" (a short
 * lower-case joiner between two names in capitals stays: "ANA LIMA e JOÃO REIS"). Other names are left as written.
 */
export function capitalsRun(name: string): string {
  const tokens = name.split(/\s+/u);
  if (tokens.length < 2 || !inCapitals(tokens[0]!) || tokens[0]!.replace(/[^\p{L}]/gu, '').length < 2) return name;
  let end = 1;
  while (end < tokens.length && (inCapitals(tokens[end]!) || (tokens[end]!.length <= 3 && inCapitals(tokens[end + 1] ?? '')))) end++;
  return tokens.slice(0, end).join(' ');
}

const isInitials = (w: string) => /^\p{Lu}{2,6}$/u.test(w);

/**
 * An agency's initials after a name written in mixed case ("Erik Lund TT", "Laura Gómez EFE"): the name without
 * them. A surname in capitals ("Selin KAYA") stays: only a run of two mixed-case words before the capitals is cut.
 */
export function withoutAgencyInitials(name: string): string {
  const tokens = name.trim().split(/\s+/u);
  if (tokens.length < 3 || !isInitials(tokens.at(-1)!)) return name;
  const head = tokens.slice(0, -1);
  return head.length >= 2 && head.every((w) => /\p{Ll}/u.test(w)) ? head.join(' ') : name;
}
