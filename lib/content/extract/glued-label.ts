/**
 * A media or section label glued in front of a headline without a colon ("VIDEO Alpini…", "AttualitàLa Marina…"),
 * told from an acronym that starts a headline by shape and repetition on the page. Split from title-line.ts.
 */
import { wordCount, words } from '../segment/text-shape';

/** A word written all in capitals, two letters or more ("VIDEO", "SON", "DAKİKA"). */
const isShoutedWord = (w: string) => /^\p{Lu}[\p{Lu}\p{M}]+$/u.test(w);
/** A word in sentence case: a capital, then lower case ("Alpini", "Deniz"). */
const isCapitalised = (w: string) => /^\p{Lu}\p{Ll}/u.test(w);

/**
 * The headline behind a media or section label glued in front of it without a colon ("VIDEO Alpini, la brigata riceve…",
 * "SON DAKİKA Deniz Kuvvetleri'ne…", "AttualitàLa Marina prova…"). Told from an acronym that starts a headline ("NATO
 * Allies…") by shape and repetition, not by a word table:
 * - one or two shouted words (four letters or more in all), then a headline in sentence case (its first word capitalised, two
 *   words or more in lower case, four words or more), and the label not printed in capitals anywhere else on the page
 *   (an acronym recurs in the story, a label does not);
 * - or a section word glued to the headline's first word ("Attualità" + "La"): a capitalised word of four letters or
 *   more running straight into a capital, the glued word printed nowhere else (a brand such as "LinkedIn" recurs), and
 *   the second part a function word of the page's language or the first printed on its own elsewhere (a menu item).
 * The line unchanged otherwise.
 */
export function stripGluedLabel(line: string, others: readonly string[], stopwords: ReadonlySet<string>): string {
  const text = line.trim();
  const tokens = text.split(/\s+/u);
  const elsewhere = others.filter((o) => o.trim() !== text);
  for (const n of [1, 2]) {
    const label = tokens.slice(0, n);
    const rest = tokens.slice(n).join(' ');
    // Four letters or more in all: "USA", "UE" and "ONU" are acronyms far more often than labels.
    if (!label.every(isShoutedWord) || label.join('').length < 4 || !isCapitalised(tokens[n] ?? '')) continue;
    const lower = words(rest).filter((w) => /^\p{Ll}/u.test(w)).length;
    const recurs = elsewhere.length > 0 && label.some((w) => {
      const standing = new RegExp(`(?:^|[^\\p{L}])${w}(?:[^\\p{L}]|$)`, 'u'); // once per word, not once per line it is tried on
      return elsewhere.some((o) => standing.test(o) && o.trim() !== w);
    });
    if (wordCount(rest) >= 4 && lower >= 2 && !recurs) return rest;
  }
  const glued = /^(\p{Lu}[\p{Ll}\p{M}]{3,})(\p{Lu}[\p{Ll}\p{M}]*)[^\p{L}\p{N}]*$/u.exec(tokens[0] ?? '');
  if (!glued || wordCount(text) < 5) return text;
  const [, section, head] = glued;
  const printedAlone = elsewhere.some((o) => o.trim().toLowerCase() === section!.toLowerCase());
  const gluedAgain = elsewhere.some((o) => o.includes(tokens[0]!));
  return !gluedAgain && (stopwords.has(head!.toLowerCase()) || printedAlone) ? text.slice(section!.length) : text;
}
