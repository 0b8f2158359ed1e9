/**
 * A "byline" that names the person the story is about: a line "Anna Reed" or "Mayor Anna Reed" under the headline (a
 * photo's caption, a standfirst's subject) while the story itself says "Anna Reed said…". A writer is not written about
 * in their own story: across held-out pages no right author had even one name word in the story's paragraphs, so a name
 * the paragraphs say word for word, every word of it, is the story's subject. No word table decides: the story's own words do.
 * Self-naming is kept apart: a one-word name never counts, nor the interview's speaker label ("Anna Reed: …", the
 * writer's own questions), nor the last paragraph (a bio or a credit line "Reporting by Anna Reed" left in the story).
 */
import { foldedLower } from '../fold-text';
import { isProse, words } from '../segment/text-shape';
import type { BodyBlock } from '../schema';
import type { StoryDraft } from './story-draft';

/** Letters a name word holds at least to count: initials and particles ("J.", "de", "Li") say too little alone. */
const NAME_LETTERS = 3;

const letterCount = (w: string) => (w.match(/\p{L}/gu) ?? []).length;

/** The name's words that count, folded: three letters or more. */
function nameWords(author: string): string[] {
  return words(author).filter((w) => letterCount(w) >= NAME_LETTERS).map(foldedLower);
}

/** A paragraph that opens with the name and a colon: an interview's speaker label, the writer's own question. */
function isSpeakerLabel(paragraph: string, author: string): boolean {
  const colon = paragraph.search(/[:：]/u);
  return colon > 0 && foldedLower(paragraph.slice(0, colon).trim()) === foldedLower(author.trim());
}

/**
 * True when `author` has two name words or more (three letters or more each) and the story's paragraphs, but for the
 * last one and the speaker labels, say every one of them as a whole word (case and marks aside).
 */
export function namesStorySubject(author: string, paragraphs: readonly string[]): boolean {
  const wanted = nameWords(author);
  if (wanted.length < 2) return false;
  const read = paragraphs.length >= 2 ? paragraphs.slice(0, -1) : paragraphs;
  const said = new Set<string>();
  for (const p of read) if (!isSpeakerLabel(p, author)) for (const w of words(p)) said.add(foldedLower(w));
  return wanted.every((w) => said.has(w));
}

/**
 * Drops a byline that names the story's subject (namesStorySubject). Its line is off the story as a byline's is; when
 * it reads as a sentence it goes back among the paragraphs where it stood, since only furniture may be left out.
 */
export function settleSubjectByline(draft: StoryDraft, paragraphs: readonly string[], lineText: (n: number) => string | null): void {
  const by = draft.byline;
  if (!by || !namesStorySubject(by.byline.author, paragraphs)) return;
  draft.byline = null;
  const text = lineText(by.line);
  if (text === null || !isProse(text) || draft.body.some((b) => b.line === by.line)) return;
  const at = draft.body.findIndex((b) => b.line > by.line);
  const block: BodyBlock = { kind: 'paragraph', text, line: by.line };
  if (at < 0) draft.body.push(block);
  else draft.body.splice(at, 0, block);
}
