/**
 * Credit and rights lines by shape: a photo or video credit ("Photo: Reuters", "Fot. PAP/EPA", "(foto ANSA)"), a
 * caption that ends with its credit, a gallery's pager ("Bild 1 av 4"), a copyright line and a short rights notice.
 */
import { CREDIT_LABELS, RIGHTS_RESERVED, phraseAlternation } from './furniture-words';
import type { Block } from './segment';
import { wordCount } from './text-shape';

const CREDIT = phraseAlternation(CREDIT_LABELS);
const RIGHTS = new RegExp(`(?<![\\p{L}\\p{M}])(?:${phraseAlternation(RIGHTS_RESERVED)})`, 'iu');

/** A photo credit: "Photo: Reuters", "Фото: …", "© AFP", "Photo by X". */
const CREDIT_LINE = new RegExp(`^(?:${CREDIT})\\.?\\s*(?:by\\b|von\\b|par\\b|:|©|/)`, 'iu');
const TRAILING_CREDIT = new RegExp(`[(\\[](?:${CREDIT})\\.?\\s*(?::|©|by\\b)[^()\\[\\]]{1,80}[)\\]]$`, 'iu');

const CREDIT_ABBREVIATION = new RegExp(`^(?:${CREDIT})\\.\\s+(?=\\S)`, 'iu');
const CREDIT_AFTER_SEPARATOR = new RegExp(`[/|·•,]\\s*(?:${CREDIT})\\.?\\s*:`, 'iu');
const CAPTION_CREDIT = new RegExp(`[.!?]\\s+(?:${CREDIT})\\s*:\\s*[^.:]{1,50}$`, 'iu');

// A credit set apart in brackets, the whole line: "(foto ANSA)", "[Foto: Reuters]", "(video)".
const BRACKETED_CREDIT = new RegExp(`^[(\\[]\\s*(?:${CREDIT})(?![\\p{L}\\p{M}])[^()\\[\\]]{0,60}[)\\]]$`, 'iu');
// A credit label alone on its line: "Ilustrační foto", "Foto", "Video", what is left of a picture's frame.
const LONE_CREDIT_LABEL = new RegExp(`^(?:${CREDIT})\\s*:?$`, 'iu');

/** A photo or video credit: "Photo: Reuters", "Фота: …", "Видео: YouTube / …", "© AFP", or a caption ending "(Photo: X)". */
export function isPhotoCredit(line: string): boolean {
  const t = line.trim();
  const n = wordCount(t);
  if (n <= 10 && BRACKETED_CREDIT.test(t)) return true;
  if (n <= 2 && LONE_CREDIT_LABEL.test(t)) return true;
  // "Fot. PAP/EPA": an abbreviated label, then a capitalised name.
  const abbreviated = CREDIT_ABBREVIATION.exec(t);
  if (n <= 10 && CREDIT_AFTER_SEPARATOR.test(t)) return true;
  if (n <= 14 && (CREDIT_LINE.test(t) || (abbreviated && /^\p{Lu}/u.test(t.slice(abbreviated[0].length))) || /^©/u.test(t))) return true;
  // A short caption that ends with its credit: "… at a parade. (Photo: Agency)", "… at a parade. Bild: Agency", "… at a parade. - Agency".
  if (n <= 60 && TRAILING_CREDIT.test(t)) return true;
  return n <= 25 && (CAPTION_CREDIT.test(t) || /[.!?]\s+[—–-]\s+\p{Lu}[\p{L}.&]*(?:\s+\p{Lu}[\p{L}.&]*){0,2}$/u.test(t));
}

const BARE_CREDIT = new RegExp(`^(?:${CREDIT})\\s+\\p{Lu}[\\p{L}\\p{M}.&-]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}.&-]*)?$`, 'iu');

/**
 * A credit label and a name with no colon, alone on a line: "Foto Ansa", "Fotó MTI", "Bild TT". Without the colon
 * the shape is weaker (a subheading may open with such a word), so the rule is weak: between two paragraphs it stays.
 * The name is tested without the `i` flag (under it \p{Lu} matches lower case too).
 */
export function isBareCredit(line: string): boolean {
  const t = line.trim();
  if (wordCount(t) > 3 || !BARE_CREDIT.test(t)) return false;
  const name = t.replace(/^\S+\s+/u, '');
  return /^\p{Lu}/u.test(name) && name.split(/\s+/u).every((w) => /^\p{Lu}/u.test(w));
}

const GALLERY_PAGER = new RegExp(`^(?:${CREDIT})\\s+\\d{1,3}\\s*(?:/|\\p{L}{1,4}\\.?)\\s*\\d{1,3}$`, 'iu');

/**
 * A gallery's pager: a picture label, then "n of m" ("Bild 1 av 4", "Foto 2 din 5", "Photo 3/12", "Снимка 1 от 6"). Two
 * signals in one short line: the label of a picture, and a figure over a figure with at most a short word between.
 */
export function isGalleryPager(line: string): boolean {
  return GALLERY_PAGER.test(line.trim());
}

/** A copyright line: "© 2019 …", "(c) 2019 Site", "Copyright 2019": a certain shape, whatever follows. */
export function isCopyrightLine(line: string): boolean {
  const t = line.trim();
  const n = wordCount(t);
  if (n > 40) return false;
  if (/^(?:©|\(c\)\s*\d{4})/iu.test(t)) return true;
  // The bare word opens a story's sentence too ("Copyright holders will be paid…"): a sign, a year or a colon must
  // follow it, or the line must be a few words ("Copyright Reuters").
  return /^copyright\b/iu.test(t) && (n <= 5 || /^copyright\s*(?:©|\(c\)|\d{4}|:)/iu.test(t));
}

/**
 * A short rights notice without a © sign: "Tüm hakları saklıdır. İzinsiz kullanılamaz.", "Toate drepturile rezervate.".
 * Two signals: the reserved-rights phrase, and a line too short to be a sentence of the story that quotes it (under
 * eight words: a sentence-like line of the story is never read by this rule, see furnitureVerdict).
 */
export function isRightsNotice(line: string): boolean {
  const t = line.trim();
  return wordCount(t) < 8 && RIGHTS.test(t);
}

const CREDIT_HEAD = new RegExp(`^(?:${CREDIT})\\.?\\s+(\\S+)\\s+(\\S)`, 'iu');
/** The first words of a sponsor's or a partner's credit, in a few languages: evidence only, read with the shape below. */
const SPONSOR_HEAD = /^(?:sponsor\p{L}*|gesponsert|patrocinad[oa]|patrocinat[oa]|presented|promoted|paid|powered|in\s+(?:partnership|collaborazione|collaboration|kooperation)|en\s+(?:colaboración|partenariat|collaboration)|em\s+parceria)\s+(\S+)\s+(\S)/iu;

/**
 * A credit before a name, by shape: a photo or video label or a sponsor's word, a short lower-case word, then a
 * capitalised word ("Foto di Marco Rossi", "Photo by Jane Doe", "Bild von Lena Huber", "Sponsored by Acme Bank",
 * "Patrocinado por Banco Sol"). The person or firm it names took the picture or paid for the page: never the author.
 * The label and the capital are tested apart (under the `i` flag \p{Lu} matches lower case too).
 */
export function isCreditLead(text: string): boolean {
  const t = text.trim();
  if (wordCount(t) > 8) return false;
  const m = CREDIT_HEAD.exec(t) ?? SPONSOR_HEAD.exec(t);
  return m !== null && /^\p{Ll}{1,4}$/u.test(m[1]!) && /^\p{Lu}$/u.test(m[2]!);
}

/**
 * A block the segmenter marked as a photo's credit (by the text rules above, or by its place: a name under "Foto:"), which
 * a caption stands next to. The one place later stages ask it, so they agree on what a credit is.
 */
export const isPhotoCreditBlock = (b: Block | undefined): boolean => b?.mark?.kind === 'furniture' && b.mark.reason === 'photo-credit';
