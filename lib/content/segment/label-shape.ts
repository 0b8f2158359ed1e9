/**
 * The one reader of a label at a line's start: "Label: rest" ("Die Lage: Was jetzt kommt", "Etiquetas: albergue,
 * barrio norte") and the bare "Label:" alone on its line. A page writes "label: value" in every language; the colon,
 * not a word list, says that the words before it name what follows. Callers trim or strip the line's marks first.
 */
import { wordCount } from './text-shape';

/**
 * How a label is told from the words before a colon.
 * - `'words'`: one to three words of letters (marks, apostrophes and hyphens inside), as a subheading or a link's kicker
 *   sets its label; callers read a heading from it, so a figure or a sign before the colon ("10:30", "Nr. 5:") is none.
 * - `{ chars }`: anything but a colon, up to `chars` characters; for callers that weigh the label's words themselves
 *   (a tag list's label, a short furniture line, a box's subheading), where "Foto (AFP):" or "N.º 3:" is a label too.
 */
export type LabelShape = 'words' | { chars: number };

/** A line's opening label and the words after its colon (its following spaces dropped; '' when the colon ends the line). */
export type LabelAndRest = { label: string; rest: string };

/** A label of one to three words and a colon; the words after it (one at least). */
const WORDS_LABEL = /^([\p{L}\p{M}][\p{L}\p{M}'’-]*(?:\s+[\p{L}\p{M}][\p{L}\p{M}'’-]*){0,2})\s*[:：]\s*([^]*)$/u;
const COLON = /[:：]/u;

/**
 * The label `line` opens with and what follows its colon, or null when no label of `shape` opens it. A `'words'` label
 * needs words after it ("Hoe verder: leerlingen reizen" gives "Hoe verder" and "leerlingen reizen"); a `{ chars }` one
 * may end the line ("Tags:" gives "Tags" and "").
 */
export function labelAndRest(line: string, shape: LabelShape = 'words'): LabelAndRest | null {
  if (shape === 'words') {
    const m = WORDS_LABEL.exec(line);
    return m === null || m[2] === '' ? null : { label: m[1]!, rest: m[2]! };
  }
  const colon = COLON.exec(line);
  if (colon === null || colon.index === 0) return null;
  const label = line.slice(0, colon.index);
  return [...label].length > shape.chars ? null : { label, rest: line.slice(colon.index + 1).replace(/^\s+/u, '') };
}

/** A few words and a colon alone on a line ("Topics:"): a label, or a heading that introduces a list. */
export function isBareLabel(line: string): boolean {
  const t = line.trim();
  return /^[\p{L} ]{1,40}:$/u.test(t) && wordCount(t) <= 3;
}
