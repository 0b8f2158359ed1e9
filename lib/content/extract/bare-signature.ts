/**
 * A writer's name alone on the line straight under the story's last paragraph ("…finanziati dalla regione." over
 * "Marco Rossi"): where many sites in every language sign. On its own a short capitalised line could be a related
 * headline, a menu item, a tag, a photo credit, the outlet or a place, so the name must agree with the page on every
 * count: its position, its shape, and what the page prints around it (see bareSignature). Split from story-footer.ts,
 * which calls it.
 */
import type { Block } from '../segment/segment';
import { type Byline, matchBareName } from '../segment/byline';
import { endsSentence, wordCount } from '../segment/text-shape';
import { nameStopwords, personNames } from './name-shape';
import { foldedLower } from '../fold-text';
import { labelledSignature } from './label-line-name';
import { uncasedSignature } from './uncased-signature';
import { loneSignature } from './lone-signature';

/**
 * The page around a footer: the story's text (headline and paragraphs), every other line the page printed, its language,
 * and whether a related-stories block printed under the footer was cut off before (a heading the page marks as one).
 */
export type SignatureContext = { story: readonly string[]; lines: readonly string[]; language: string; cutBelow?: boolean };

const fold = (s: string) => s.normalize('NFC').trim().toLocaleLowerCase();

/** Every word capitalised and some in lower case after their capital: "Marco Rossi", not "MARCO ROSSI" (a shouted label). */
const isMixedCase = (text: string) => /\p{Ll}/u.test(text) && text.trim().split(/\s+/u).every((w) => !/^\p{L}/u.test(w) || /^\p{Lu}/u.test(w) || w.length <= 3);

/**
 * Whether the story writes the name's surname, in any inflection ("Zielińska" in "według Zielińskiej"): a word that opens
 * with the surname less its last two letters (one when it has six letters or fewer, so "Martín" is not read in "martes";
 * four letters at least), and is at most three letters longer than the surname; a surname shorter than four letters only
 * as a whole word.
 */
export function namesSurname(story: readonly string[], name: string): boolean {
  const surname = fold(name.split(/\s+/u).at(-1) ?? '');
  const stem = surname.slice(0, Math.max(4, surname.length - (surname.length > 6 ? 2 : 1)));
  // A surname of three letters or fewer ("Hà", "Lê", "Wu") is read whole: as a stem it opens other words ("hành", "lên").
  const names = (w: string) => (surname.length < 4 ? w === surname : w.startsWith(stem) && w.length <= surname.length + 3);
  return story.some((t) => fold(t).split(/[^\p{L}\p{M}]+/u).some(names));
}

/**
 * What follows a signature: a marked line (a date, a share prompt, a credit), a labelled field ("Tags: …", "Foto: …")
 * or a short button or heading ("Condividi", "Share this", "Related Stories"), none a sentence (a comment under its
 * writer's name, a bio), nor another name (the next entry of a list of tags or people), nor a line of four words or
 * more (the next headline of a list of teasers, where the "name" was a short headline). Something must follow, in the
 * footer or as a related-stories block cut off before (`cutBelow`): a short title-case line that ends the page is as
 * often its last button ("Yorum Yap", "Add Comment") as a signature, and nothing else on the page tells.
 */
function isFurnitureBelow(below: Block | undefined, stopwords: ReadonlySet<string>, cutBelow: boolean): boolean {
  if (below === undefined) return cutBelow;
  if (below.mark !== null) return true;
  if (below.lines.length !== 1 || endsSentence(below.text)) return false;
  // A heading in title case ("Related Stories", "Más Noticias", "Ultime Notizie") has a name's capitals but a function or
  // desk word among them (personNames): it heads what follows, and is no next entry of a list of names.
  const name = matchBareName(below.text) !== null && personNames(below.text, { stopwords }) !== null;
  return /^[^:]{1,30}:/u.test(below.text.trim()) || (wordCount(below.text) <= 3 && !name);
}

/**
 * The name a signature block prints, by its shape: one line, a name of two to four capitalised words in mixed case; or
 * two lines, the name over the writer's own mail address or handle, which spells the surname ("Jane Whitfield" over
 * "jane.whitfield@…"): the address is a second signal that the line above is a person's signature, so nothing need
 * follow it. Null for any other block.
 */
function signedName(b: Block): { byline: Byline; addressed: boolean } | null {
  const first = b.lines[0]?.text ?? '';
  if (b.lines.length === 2) {
    const named = isMixedCase(first) ? matchBareName(first) : null;
    return named && namesOwnAddress(named.author, b.lines[1]!.text) ? { byline: named, addressed: true } : null;
  }
  if (b.lines.length !== 1) return null;
  // (Two words of a script without case alone here are as often a button, "શેર કરો", "ਸਾਂਝਾ ਕਰੋ": "share", as a name.)
  const byline = isMixedCase(b.text) ? matchBareName(b.text) : null;
  return byline && { byline, addressed: false };
}

/** A mail address or a handle alone on its line whose name part spells the surname ("jane.whitfield@example.com", "@jwhitfield"). */
function namesOwnAddress(name: string, line: string): boolean {
  const m = /^@?([\p{L}\p{N}._+-]+)(?:@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+)?$/u.exec(line.trim());
  // The surname's first five letters, folded: an address spells "Brandstätter" as "brandstaetter" or "brandstatter".
  const stem = foldedLower(name.split(/\s+/u).at(-1) ?? '').slice(0, 5);
  return m !== null && line.includes('@') && stem.length >= 3 && foldedLower(m[1]!).includes(stem);
}

/**
 * A bare name signed under the story: the footer's first block (straight under the last paragraph), a name by its shape
 * (signedName); the story's last paragraph ends a sentence; the name is printed nowhere else on the page (a menu item, a
 * tag, the outlet's masthead or copyright are printed twice) and its surname not in the story in any form (namesSurname:
 * a tag naming the story's person); and furniture follows (isFurnitureBelow), or the writer's own address stands under
 * the name. The people's names are read again by the byline's last check (menu, outlet, stopwords and running words).
 */
function bareSignature(footer: readonly Block[], { story, lines, language, cutBelow = false }: SignatureContext): Byline | null {
  const b = footer[0];
  const signed = b === undefined || b.mark !== null ? null : signedName(b);
  const last = story.at(-1) ?? '';
  if (signed === null || story.length < 2 || !endsSentence(last)) return null;
  const { byline, addressed } = signed;
  const name = fold(byline.author);
  if (namesSurname(story, name)) return null;
  // The name's own line is among the page's lines once; any other line that prints it is a menu's, a tag's or the outlet's.
  if (lines.filter((l) => fold(l).includes(name)).length > 1) return null;
  return addressed || isFurnitureBelow(footer[1], nameStopwords(language), cutBelow) ? byline : null;
}

/**
 * A byline broken over two lines straight under the story (label-line-name.ts labelledSignature: "Autor:" over "Jan
 * Novák", "أحمد محمود" over "مراسل"), when the page agrees as for a bare name: the story's last paragraph ends a
 * sentence, the story names no one by the surname, and no other line prints the name.
 */
function brokenSignature(footer: readonly Block[], { story, lines }: SignatureContext): { at: number; byline: Byline } | null {
  const last = story.at(-1) ?? '';
  const signed = story.length >= 2 && endsSentence(last) ? labelledSignature(footer) : null;
  if (signed === null) return null;
  const name = fold(signed.byline.author);
  return namesSurname(story, name) || lines.filter((l) => fold(l).includes(name)).length > 1 ? null : signed;
}

/**
 * The footer with its first block marked as the story's byline when it is a bare name signed there (bareSignature, or
 * uncased-signature.ts in a script without case), or a broken byline's name block (brokenSignature), or a name the
 * page prints nowhere else over some other line, or under a time alone (lone-signature.ts).
 */
export function markBareSignature(footer: Block[], context: SignatureContext): Block[] {
  const byline = bareSignature(footer, context) ?? uncasedSignature(footer, context.story, context.lines);
  if (byline !== null) return [{ ...footer[0]!, mark: { kind: 'byline', byline } }, ...footer.slice(1)];
  const broken = brokenSignature(footer, context) ?? loneSignature(footer, context);
  return broken === null ? footer : footer.map((b, i) => (i === broken.at ? { ...b, mark: { kind: 'byline', byline: broken.byline } } : b));
}
