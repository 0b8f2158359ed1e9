/**
 * The fields of a credits line: the writer's and the photographer's credits a page prints on one line, each behind its
 * label or set apart by bars, bullets, slashes or spaced dashes ("Text: Erik Lund Foto: Per Holm", "Texto: Laura Gómez |
 * Foto: Juan Pérez"). Shape only; byline.ts reads the writer's name in them.
 */
import { isPhotoCredit } from './credit-rules';

/**
 * Fields of a credits line: set apart by bars, bullets, slashes or spaced dashes, or each opening with its own label,
 * capitalised or after a comma ("Text: Erik Lund Foto: Per Holm", "Text: Anna Berg / Photo: Tom Reed", "Текст: Олена
 * Коваль, фото: Іван Петренко", "Haber: Ahmet Yılmaz - Fotoğraf: Mehmet Kaya").
 */
const CREDIT_FIELD = /\s+[|•·/–—-]\s+|\s*[,;/]\s*(?=\p{L}[\p{L}\p{M}]*\s*:\s)|\s+(?=\p{Lu}\p{L}*\s*:\s)/u;

/** The fields of a line made of labelled fields only ("Text: Erik Lund Foto: Per Holm"), or null. */
export function creditFields(line: string): string[] | null {
  // Two labelled fields hold two colons before a space: a line with fewer is not split.
  if (!/:\s[^]*:\s/u.test(line)) return null;
  const fields = line.split(CREDIT_FIELD).map((f) => f.trim());
  return fields.length >= 2 && fields.every((f) => /^\p{Lu}\p{L}*\s*:\s/u.test(f)) ? fields : null;
}

/**
 * The writer's field among labelled fields whose label no table lists ("Haber: Ahmet Yılmaz - Fotoğraf: Mehmet Kaya"):
 * the one field left once the picture's credits are set aside, when there are some; null otherwise (two unknown labels
 * may as well credit the photographer first).
 */
export function writerField(fields: readonly string[] | null): string | null {
  const others = fields?.filter((f) => !isPhotoCredit(f)) ?? [];
  return others.length === 1 && fields!.length > 1 ? others[0]! : null;
}

/** Every field of a credits line (see CREDIT_FIELD), trimmed, none empty. */
export function creditLineFields(line: string): string[] {
  return line.trim().split(CREDIT_FIELD).map((f) => f.trim()).filter((f) => f !== '');
}
