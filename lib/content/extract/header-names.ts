/**
 * Bare names around the headline, read by position and shape together: several names joined by a short
 * lower-case word, and a place printed after a name that the story's own dateline names again. No list of conjunctions, places or sections decides: the shape and the page do.
 */
import type { Block } from '../segment/segment';
import { type Byline, matchBareName } from '../segment/byline';
import { withoutAgencyInitials } from '../segment/name-capitals';
import { isBylineLabel, isLeadInWord } from '../segment/byline-labels';
import { isCreditLead, isPhotoCredit } from '../segment/credit-rules';
import { endsSentence, isTitleShaped, wordCount } from '../segment/text-shape';
import { foldedLower } from '../fold-text';
import { lowerCaseWords } from './running-words';
import { isDateMark } from './story-draft';

/** Where names are joined: a short lower-case word between two capitalised runs ("e", "и", "ve", "és", "și"), or an ampersand. */
const NAME_JOINER = /\s+\p{Ll}{1,3}\s+(?=\p{Lu})|\s*&\s*/u;

/**
 * Every name of a line at most three words long: one name ("Jane Doe"), or several joined by a short lower-case word
 * ("Ion Popescu și Maria Ionescu"), where each is. The joiner is read by its shape, not from a list of conjunctions.
 */
export function nameRunsShort(text: string): boolean {
  const runs = text.split(NAME_JOINER);
  // A lead of up to four words before the name ("Enviado especial Ana Souza") is read by leadInByline, in the same place;
  // a tail of figures after it ("Jane Doe · 4 min read") by nameBeforeFigureTail.
  return (runs.length <= 4 && runs.every((r) => r.trim() !== '' && wordCount(r) <= 3)) || leadInShape(text) !== null || figureTailed(text) !== null;
}

/** Where a tail starts after a name in the header: a spaced dash, a bar or a bullet ("Jane Doe · 4 min read"). */
const FIGURE_TAIL_START = /\s+[-–—]\s+|\s*[|·•]\s*/u;

/** The name and the tail of a line shaped "name, separator, a few words with a figure"; null for any other line. */
function figureTailed(text: string): { name: string; tail: string } | null {
  const t = text.trim();
  const sep = FIGURE_TAIL_START.exec(t);
  if (sep === null || sep.index === 0) return null;
  const tail = t.slice(sep.index + sep[0].length);
  const name = matchBareName(t.slice(0, sep.index));
  return name !== null && /\p{N}/u.test(tail) && wordCount(tail) <= 5 && !endsSentence(tail) ? { name: name.author, tail } : null;
}

/**
 * A name in a byline's place under the headline with a tail of figures after a separator: a reading time or a count
 * ("Jane Doe · 4 min read", "Ana Souza | 5 min de leitura", "Erik Lund — 3 kommentarer"), which name-tail.ts refuses
 * anywhere (under the story "Jane Doe · 2 hours ago" heads a reader's comment). Only in the header, where the caller
 * reads lines placed as a byline is, and when the page prints the surname on no other line (pageDisowns).
 */
export function nameBeforeFigureTail(text: string, page: PageWords): Byline | null {
  const shape = figureTailed(text);
  return shape !== null && !pageDisowns(text.trim(), shape.name, page) ? { author: withoutAgencyInitials(shape.name), outlet: null } : null;
}


/** A line that opens with a dateline: a place in capitals or capitalised, then a dash or a comma ("TORINO –", "Torino, 12 marzo –"). */
const DATELINE_OPEN = /^(\p{Lu}[\p{L}'’\-]+)\s*(?:[–—-]|,)/u;

/**
 * A writer's name with the place they file from glued after it ("Marco Rossi Torino" from "Marco Rossi Torino 12/03/2024"):
 * the name without the place when the story's own dateline names that place ("TORINO – Il consiglio…"). A three-word name
 * has the same shape, so only the dateline's evidence cuts, and only a last word, leaving two words at least.
 */
export function withoutDatelinePlace(author: string, paragraphs: readonly string[]): string {
  const tokens = author.trim().split(/\s+/u);
  if (tokens.length < 3) return author;
  const last = foldedLower(tokens.at(-1)!);
  const placed = paragraphs.slice(0, 3).some((p) => {
    const m = DATELINE_OPEN.exec(p.trim());
    return m !== null && foldedLower(m[1]!) === last;
  });
  return placed ? tokens.slice(0, -1).join(' ') : author;
}

/** The folded words of a line, split at anything that is no letter or mark. */
const foldedWords = (text: string) => foldedLower(text).split(/[^\p{L}\p{M}]+/u).filter((w) => w !== '');

/**
 * A name line straight under the headline with nothing but furniture and dates below it in the header ("Marco Rossi"
 * over "Condividi", "3 min", "Foto: Ansa", a date): placed as a byline is, though furniture stands between it and the
 * text. Two signals with the place: the line above is title-shaped and longer (the headline), and the name's last word
 * is printed on no other line of the page but repeats of the name itself (a subject of the story, a tag or a related
 * headline names it again; a byline does not). A byline already in the header below it leaves it alone.
 */
export function nameOverFurniture(header: readonly Block[], i: number, page: PageWords): boolean {
  const block = header[i]!;
  const above = header[i - 1];
  if (block.mark !== null || block.lines.length !== 1 || i === header.length - 1 || !nameRunsShort(block.text)) return false;
  if (above === undefined || above.mark !== null || !isTitleShaped(above.text) || wordCount(above.text) < 4) return false;
  const below = header.slice(i + 1);
  // A job title alone under the name ("Giornalista", "Staff Writer") is the byline's own line, as furniture is no text.
  const furnitureOrRole = (b: Block) => (b.mark === null ? b.lines.length === 1 && isBylineLabel(b.text) : true);
  if (!below.every((b) => furnitureOrRole(b) && b.mark?.kind !== 'byline' && b.mark?.kind !== 'related-marker' && !(b.mark?.kind === 'dateline' && b.mark.byline))) return false;
  const name = block.text.trim();
  return !pageDisowns(name, name, page);
}

/** A capitalised word of a name: letters, marks, inner apostrophes, dots and hyphens. */
const NAME_TOKEN = /^\p{Lu}[\p{L}\p{M}'’.\-]*$/u;

/**
 * The lead and the name of a line shaped "lead words, a lower-case word, a name": one to four lead words, the last in
 * lower case, then two or three capitalised name words, no figure, no sentence end ("Story by Jane Doe", "Enviado
 * especial Ana Souza"); null for any other line. Shape only.
 */
function leadInShape(text: string): { lead: string[]; name: string } | null {
  const tokens = text.trim().split(/\s+/u);
  if (tokens.length < 3 || tokens.length > 7 || /\p{N}/u.test(text) || endsSentence(text)) return null;
  let n = 0;
  while (n < 4 && n < tokens.length && NAME_TOKEN.test(tokens[tokens.length - 1 - n]!)) n++;
  const k = tokens.length - 1 - n;
  if (n < 2 || n > 3 || k < 0 || k > 3 || !/^\p{Ll}/u.test(tokens[k]!)) return null;
  return { lead: tokens.slice(0, k + 1), name: tokens.slice(k + 1).join(' ') };
}

/**
 * What the page's lines say about names, read once per page and only when a name asks: which lines print each folded
 * word, and the words the page writes in lower case (running-words.ts).
 */
export type PageWords = { linesWith: (word: string) => readonly string[]; lowerCase: () => ReadonlySet<string> };

/** The page's words, indexed on first use; `pageLines` are the page's lines as written. */
export function pageWordsOf(pageLines: readonly string[]): PageWords {
  let index: Map<string, string[]> | null = null;
  let lower: ReadonlySet<string> | null = null;
  const linesWith = (word: string) => {
    if (index === null) {
      index = new Map();
      for (const line of pageLines) {
        for (const w of new Set(foldedWords(line))) {
          const at = index.get(w);
          if (at) at.push(line);
          else index.set(w, [line]);
        }
      }
    }
    return index.get(word) ?? [];
  };
  return { linesWith, lowerCase: () => (lower ??= lowerCaseWords(pageLines)) };
}

/**
 * True when the page says the name on line `text` is no byline's: some other line prints its last word (folded), as a
 * story's subject, a tag or a related headline is named again; or the page writes one of its capitalised words in lower
 * case (running-words.ts), as a section's or a phrase's words are ("Cronaca Locale" on a page that writes "locale").
 */
export function pageDisowns(text: string, name: string, page: PageWords): boolean {
  const last = foldedWords(name).at(-1);
  if (last === undefined || last.length < 2 || page.linesWith(last).some((l) => l.trim() !== text)) return true;
  const lower = page.lowerCase();
  return name.split(/\s+/u).some((w) => /^\p{Lu}/u.test(w) && lower.has(w.normalize('NFC').toLocaleLowerCase()));
}

/**
 * A byline led in by words no byline pattern lists, in a byline's place under the headline: "Story by Jane Doe",
 * "Propos recueillis par Marc Dubois", "Enviado especial Ana Souza". One to four lead words ending in a lower-case word,
 * then a name of two or three capitalised words. Three signals must agree: the shape; a word of the lead that bylines
 * print (a label, a job title, the kind of piece: byline-labels.ts); and the page, which prints the surname on no other
 * line (a story's subject or a related headline's person is named again: "Tribute to Jane Doe"). Only under a longer
 * title-shaped line, so the headline is never taken for it; never a picture's or a sponsor's credit.
 */
export function leadInByline(header: readonly Block[], i: number, page: PageWords): Byline | null {
  const text = header[i]!.text.trim();
  // A short tail after a comma ("…Juma Hassan, Dodoma"): a place or a role, no part of the name.
  const untailed = () => {
    const tail = /\s*,\s*[^,]+$/u.exec(text);
    return tail && wordCount(tail[0]) <= 3 ? leadInShape(text.slice(0, tail.index)) : null;
  };
  const shape = leadInShape(text) ?? untailed();
  if (shape === null || isCreditLead(text) || isPhotoCredit(text)) return null;
  const { lead, name } = shape;
  // A word of four letters or more: a short label ("di", "by", "de") is a preposition too ("Un ricordo di Marco Rossi").
  // In a language no table lists, the story's date straight above or below the line says "byline" in the word's place.
  // (Not the header's last line over the text alone: "Tribute to Anna Kowalski" stands there as a standfirst does.)
  const besideDate = isDateMark(header[i - 1]) || isDateMark(header[i + 1]);
  if (!besideDate && !lead.some((w) => w.length >= 4 && (isBylineLabel(w) || isLeadInWord(w)))) return null;
  const words = lead.length + name.split(' ').length;
  const above = header.slice(0, i).some((b) => b.mark === null && isTitleShaped(b.text) && wordCount(b.text) >= Math.max(4, words + 1));
  return above && !pageDisowns(text, name, page) ? { author: name, outlet: null } : null;
}
