/**
 * Lines beside the headline that look like one but are set apart from it (headline-score.ts weighs what is left):
 * the lead's opening words printed as a teaser, a photo's caption over its credit, and a short signature line (a
 * writer, a desk) glued between the headline and the story's date. Also the shape tests the scorer and these share.
 */
import type { Block } from '../segment/segment';
import { isPhotoCreditBlock } from '../segment/credit-rules';
import { hasCase, isProse, isTitleShaped, wordCount, words } from '../segment/text-shape';

/**
 * Letters of a text, with the marks that belong to them: Kannada, Malayalam or Hindi vowel signs are marks (\p{M}),
 * and without them a headline in those scripts would count half the letters of the same headline in Latin.
 */
export const letterCount = (text: string) => text.replace(/[^\p{L}\p{M}]/gu, '').length;

/** The number of a block's last line. */
export const lastLine = (b: Block) => b.lines.at(-1)?.n ?? b.line;

/**
 * A list of names in one line ("Latest News, Headlines, Breaking News, Articles", a site's title tag or a menu printed
 * with commas): three parts or more between commas of any script, each of three words at most and, in a script with
 * case, each opening with a capital. A headline that lists names goes on to say something of them ("Floods, fires,
 * drought: a year of extremes"): one of its parts is longer or in lower case.
 */
export function isNameList(text: string): boolean {
  const parts = text.split(/\s*[,،、，]\s*/u);
  if (parts.length < 3) return false;
  return parts.every((p) => {
    const n = wordCount(p);
    const first = /[\p{L}\p{N}]/u.exec(p)?.[0] ?? '';
    return n >= 1 && n <= 3 && (!hasCase(first) || first === first.toUpperCase());
  });
}

/** A line that could be the headline: unmarked, title-shaped, four words or more. */
export const isTitleCandidate = (b: Block) => b.mark === null && isTitleShaped(b.text) && wordCount(b.text) >= 4;

// A year of the common era, or of the Buddhist era Thai dates print (2567 BE = 2024 CE).
const YEAR = /^(?:1[89]|2[05])\d\d$/u;

/**
 * A date the date reader did not know (a language without a month table): a year, another figure
 * and at most four words beside them ("الاثنين 4 مارس 2019", "नई दिल्ली, 4 मार्च 2019"). It is placed as a dateline is.
 */
export function isDateShaped(text: string): boolean {
  const ws = words(text);
  const figures = ws.filter((w) => /^\p{Nd}+(?:[.:]\p{Nd}+)?$/u.test(w));
  // With a time beside the date ("วันพฤหัสบดี ที่ 14 มีนาคม พ.ศ. 2567, 10.30 น.") a weekday, a month, an era and the
  // time's own word may stand beside three figures: twice as many words as figures.
  return figures.length >= 2 && figures.some((w) => YEAR.test(w)) && ws.length - figures.length <= Math.max(4, 2 * figures.length);
}

/** A byline, a dateline, an update stamp, or a date the reader did not know: the story's facts under its headline. */
export const isMeta = (b: Block | undefined) =>
  !!b && (b.mark?.kind === 'byline' || b.mark?.kind === 'dateline' || b.mark?.kind === 'stamp' || (b.mark === null && isDateShaped(b.text)));

/**
 * Header lines that look like a headline but are set beside it: the lead's opening words printed as a teaser (a
 * longer paragraph of the page starts with them), or a photo's caption (the line glued over its credit, "Foto Ansa"),
 * when another line above the text could be the headline (above the caption and longer: the headline comes before its picture and says more).
 * They neither win nor push the headline away from the text.
 */
export function asidesOf(header: Block[], others: readonly string[]): Set<Block> {
  const out = new Set<Block>();
  header.forEach((b, i) => {
    if (!isTitleCandidate(b)) return;
    const text = b.text.trim();
    // The headline the page prints twice (its title and its h1) is not a teaser, however the lead repeats it.
    const printedTwice = others.filter((o) => o.trim() === text).length > 1;
    const teaser =
      !printedTwice && others.some((o) => o.length > text.length + 20 && o.startsWith(text) && isProse(o)) && header.some((c, j) => j !== i && isTitleCandidate(c));
    // A headline may stand over its picture's credit too: a caption says less than the headline above it (not its page-title copy).
    const longerAbove = (c: Block) => isTitleCandidate(c) && letterCount(c.text) > letterCount(text) && !c.text.includes(text);
    const caption = isPhotoCreditBlock(header[i + 1]) && header[i + 1]!.line === lastLine(b) + 1 && header.slice(0, i).some(longerAbove);
    if (teaser || caption || isCaptionUnderCredit(header, i)) out.add(b);
  });
  return out;
}

/**
 * Whether block `i` is a photo's caption printed under its credit, beneath the headline: the headline, the picture's credit
 * ("Photo: …", marked by the credit rules) and the caption stand glued in that order. The caption often says more than
 * the headline and stands nearer the text, but a credit parts it from the title candidate above, and a headline is not
 * printed under its own picture's credit with a title of four words or more over that credit.
 */
function isCaptionUnderCredit(header: Block[], i: number): boolean {
  const [credit, upper] = [header[i - 1], header[i - 2]];
  if (!credit || !upper || !isPhotoCreditBlock(credit) || !isTitleCandidate(upper)) return false;
  return lastLine(upper) + 1 === credit.line && lastLine(credit) + 1 === header[i]!.line;
}

/** Letters a headline over a signature has at least: fewer make a label or a control ("Text size Aa Aa"). */
const HEADLINE_LETTERS = 20;

/** Words a signature line has at most (two at least): a name and a place or role ("Moshe Grinberg (New York)", "Coastal News desk"). */
const MAX_SIGNATURE_WORDS = 6;

/**
 * A line that may name someone: in a script with case every word that has case starts with a capital ("Moshe Grinberg",
 * "MTI", "Coastal News Desk"), where a short headline in sentence case has words in lower case ("Új hajók a Dunán").
 * Without case (Kannada, Hebrew, Korean) the shape cannot tell, and any line may.
 */
export function isNameShaped(text: string): boolean {
  return words(text).every((w) => !hasCase(w[0]!) || w[0] === w[0]!.toUpperCase());
}

/** Menu items in a row that make a menu: three lines of a word or two. */
export const MENU_RUN = 3;

/** A line of a menu: unmarked, title-shaped, a word or two. */
export const isMenuItem = (b: Block) => b.mark === null && isTitleShaped(b.text) && wordCount(b.text) <= 2;

/**
 * Whether the meta at `m` may be the story's: no menu (three items of a word or two) follows it in the header. A date at
 * the top of the page, beside the masthead and over the menu, is the site's calendar, not the story's date.
 */
export function isStoryMeta(header: Block[], m: number): boolean {
  return isMeta(header[m]) && header.slice(m + 1).filter(isMenuItem).length < MENU_RUN;
}


/**
 * Short unmarked lines of two words or more glued straight under a longer candidate headline (twenty letters or more) and straight over the story's date: where a
 * page signs its story, with a name or a desk the byline rules did not read (a language they have no word for "by").
 * It says less than the line above it (under two thirds of its letters): a kicker over a headline is shorter than
 * the headline, and a standfirst under one is longer, so neither is taken for a signature. The line above it must be the
 first long line there: a standfirst glued under its headline stands over the signature too. The headline above it is
 * then as near the text, and as much over its meta, as if the signature were marked. In a script with case the line
 * must be shaped like a name (isNameShaped): a short headline under a long tagline has words in lower case. And the meta
 must be the story's (isStoryMeta): a masthead over the site's date at the top of the page is no signature.
 */
export function signaturesOf(header: Block[]): Set<Block> {
  const out = new Set<Block>();
  header.forEach((b, i) => {
    const above = header[i - 1];
    const n = wordCount(b.text);
    if (!above || b.mark !== null || b.lines.length !== 1 || !isTitleShaped(b.text) || n < 2 || n > MAX_SIGNATURE_WORDS) return;
    if (!isTitleCandidate(above) || letterCount(above.text) < HEADLINE_LETTERS || lastLine(above) + 1 !== b.line || !isMeta(header[i + 1])) return;
    if (3 * letterCount(b.text) < 2 * letterCount(above.text) && isNameShaped(b.text) && isStoryMeta(header, i + 1)) out.add(b);
  });
  return out;
}
