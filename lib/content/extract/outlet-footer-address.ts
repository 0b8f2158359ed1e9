/**
 * The publisher's postal address in the page's footer: "Nordkuriren AB, Storgatan 4, 972 31 Luleå", "Harbour Ledger,
 * 12 Quay Street, Portsmouth PO1 3AB", "Gazzetta del Lago – Via Roma 12 – 22100 Como". A site prints its own name
 * and address under the story (an imprint), in any language, with the same shape: a name, then fields apart by
 * commas, bars or spaced dashes, one of them a street with its house number, another a postcode or telephone with
 * its figures. The name is the outlet, without the company's legal form ("Nordkuriren AB" is "Nordkuriren").
 * A place's address may end a story too (where an exhibition or a meeting is held): it follows the last paragraph,
 * so a line right under the story's text, or with the story's text under it, is not read.
 */
import type { SourceLine } from '../source/normalise';
import { isRunningSentence } from '../segment/text-shape';
import { nameTokens as words } from './name-shape';
import { isOutletName } from './outlet-name';
import { withoutLegalForm } from './outlet-legal-form';
import { isStoryText } from './outlet-credits';
import type { OutletFind } from './outlet-lines';
import { foldName, isHomeLink } from './outlet-address';

/** A field's separators: commas, bars, bullets, spaced dashes. */
const FIELDS = /\s*[,|•·]\s*|\s+[–—-]\s+/u;
/** A word of a street's name: letters, with the dots and apostrophes of abbreviations ("ul.", "St.", "Sant'Anna"). */
const STREET_WORD = String.raw`\p{L}[\p{L}\p{M}.'’-]*`;
/** A house number: figures, perhaps a letter or a second number after them ("4", "12a", "10/2"). */
const HOUSE = String.raw`\p{Nd}{1,4}\p{Ll}?(?:[/-]\p{Nd}{1,4})?`;
/** A street and its house number, either way round: "Storgatan 4", "Via Roma 12", "12 Quay Street". */
const STREET = new RegExp(`^(?:${STREET_WORD}(?:\\s+${STREET_WORD}){0,3}\\s+${HOUSE}|${HOUSE}\\s+${STREET_WORD}(?:\\s+${STREET_WORD}){0,3})$`, 'u');

/** Whether a field is a street with its house number ("Storgatan 4", "Via Roma 12", "12 Quay Street", "Postbus 120"). */
export const isStreetField = (field: string) => STREET.test(field.trim());

/**
 * A postcode with its town or a telephone with its label: three figures or more ("972 31 Luleå", "Tel. 0920-123 45",
 * "00-950 Warszawa") or a British postcode ("Portsmouth PO1 3AB"). A menu's counters have fewer ("Sport 5", "Comments 12").
 */
const postcodeOrPhone = (field: string) => /\p{L}/u.test(field) && ((field.match(/\p{Nd}/gu)?.length ?? 0) >= 3 || /\b\p{Lu}{1,2}\p{Nd}[\p{Lu}\p{Nd}]?\s\p{Nd}\p{Lu}{2}\b/u.test(field));

/**
 * The name an address line opens with, or null when `text` has no address's shape: a name of one to four words
 * (a site's name and a person's read the same: an editor's address stands after a label, "Redaktör: …", which no
 * name has), a street with its number, and another field with figures.
 */
export function addressLineName(text: string, stopwords: ReadonlySet<string>): string | null {
  const t = text.trim();
  if (words(t).length > 16 || isRunningSentence(t)) return null;
  const fields = t.split(FIELDS).map((f) => f.trim()).filter((f) => f !== '');
  if (fields.length < 3) return null;
  const [head, ...rest] = fields;
  const name = withoutLegalForm(head!, t);
  if (!isOutletName(name, stopwords) || isHomeLink(name) || /\p{Nd}/u.test(name) || words(name).length > 4 || !/^\p{Lu}|^[^\p{L}]*\p{Lo}/u.test(name)) return null;
  // The legal form may be its own field ("Nordkuriren, AB, …"): it is neither street nor figures, and is passed over.
  const street = rest.findIndex((f) => STREET.test(f));
  if (street < 0 || !rest.some((f, i) => i !== street && postcodeOrPhone(f))) return null;
  return name;
}

/**
 * An address line among the page's last `end` non-empty lines, apart from the story's text (see the module
 * comment): the outlet, two points.
 */
export function footerAddressFinds(filled: readonly SourceLine[], stopwords: ReadonlySet<string>, end = 5): OutletFind[] {
  const from = Math.max(3, filled.length - end);
  const finds: OutletFind[] = [];
  for (let i = from; i < filled.length; i += 1) {
    const l = filled[i]!;
    if (isStoryText(filled[i - 1]) || filled.slice(i + 1).some(isStoryText)) continue;
    const name = addressLineName(l.text, stopwords);
    if (name) finds.push({ value: name, line: l.n, kind: 'footer address', text: l.text, weight: 2 });
  }
  return finds;
}
