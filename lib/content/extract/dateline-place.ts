/**
 * A "name" in the byline's place that is the story's dateline: a place printed beside the date or under the headline
 * ("Kota Kinabalu" over "12 Mac 2024") that the first paragraph opens with as its dateline ("KOTA KINABALU: Beberapa…",
 * "Kota Kinabalu – …"). Two capitalised words are a place's shape as well as a person's; the dateline says which. No
 * list of places decides: the story's own opening does.
 */
import { foldedLower } from '../fold-text';

/**
 * After the place a dateline goes on with a spaced dash ("Nova Gorica – …"), or, set in capitals, with a colon or a comma
 * too ("KOTA KINABALU: …", "KOTA KINABALU, 12 Mac –"). A name and a colon in mixed case is an interview's speaker
 * ("Anna Berg: …"), who may be the writer.
 */
const AFTER_PLACE = /^\s*(?:\s[–—-]\s|[–—])/u;
const AFTER_CAPITALS = /^\s*[,:：]/u;

/** True when one of the first paragraphs opens with `author`, whole, as its dateline (see the module comment). */
export function isDatelinePlace(author: string, paragraphs: readonly string[]): boolean {
  const name = author.trim();
  if (!/\s/u.test(name)) return false;
  return paragraphs.slice(0, 2).some((p) => {
    const t = p.trim();
    const head = t.slice(0, name.length);
    if (foldedLower(head) !== foldedLower(name)) return false;
    const rest = t.slice(name.length);
    const capitals = head === head.toLocaleUpperCase() && /\p{Lu}/u.test(head);
    return AFTER_PLACE.test(rest) || (capitals && AFTER_CAPITALS.test(rest));
  });
}
