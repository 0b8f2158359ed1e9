/**
 * Model designations ("S-400", "Su-25", "MZKT-7930", "Т-72"): names whole, not
 * split at the hyphen, that the candidate-name finder (unknown-names.ts) lists
 * and the name proposals group by their letters.
 */
import type { Mention } from '../schema';

/**
 * A model designation: a capitalised or all-caps prefix, an optional hyphen,
 * digits, an optional suffix ("Su-25", "S-400", "MZKT-7930", "Mi-8MTV",
 * "Т-72Б3"; a suffix after a second hyphen has at most four characters, so
 * "S-400-Systemen" is S-400 and a German noun); or a capitalised word, a hyphen and a short code in capitals
 * ("Tochka-U", "Точка-У", "Buk-MB3K", "Iskander-M").
 */
const DESIGNATION = String.raw`(?:\p{Lu}[\p{Lu}\p{Ll}]{0,5}[-‑]?\d{1,5}[\p{L}\d]*(?:[-‑]\p{Lu}[\p{L}\d]{0,3})?|\p{Lu}\p{Ll}{1,9}[-‑]\p{Lu}[\p{Lu}\d]{0,4})`;
const designation = new RegExp(String.raw`(?<![\p{L}\p{N}\-‑])${DESIGNATION}(?![\p{L}\p{N}])`, 'gu');
const wholeDesignation = new RegExp(`^${DESIGNATION}$`, 'u');

/** Whether a name is a model designation as a whole (the shape {@link designationsIn} finds in text). */
export const isDesignation = (name: string) => wholeDesignation.test(name);

/** The designations in a text that no mention covers, as pseudo-mentions (so their parts are not read again as names). */
export function designationsIn(text: string, block: number, mentions: readonly Mention[]): Mention[] {
  const found: Mention[] = [];
  for (const m of text.matchAll(designation)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    // A known maker's name opening an unknown model ("MZKT" in "MZKT-7930") leaves the model unknown; a known model covers it.
    const overlapping = mentions.filter((x) => x.start < end && start < x.end);
    if (overlapping.some((x) => x.start < start || x.end >= end || /\d/u.test(x.surface))) continue;
    if (/^\p{Lu}\p{Ll}+\d/u.test(m[0]) && !/[-‑]/u.test(m[0])) continue; // "Word2" glued: more likely a typo than a model
    found.push({ entity: '', block, start, end, surface: m[0] });
  }
  return found;
}
