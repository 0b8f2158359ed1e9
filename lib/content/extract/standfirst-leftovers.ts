/**
 * The header's leftovers a page sets between the story's standfirst (its first paragraph) and its second paragraph:
 * a desk's name or a caption above the date, a run of short lines, a bare name set as the byline. Each is decided by
 * its place there and its shape together, never by its words. Read by story-body.ts.
 */
import type { Block } from '../segment/segment';
import { matchNameWithTail } from '../segment/name-tail';
import { endsSentence, hasCase, isProse, wordCount } from '../segment/text-shape';
import { isUnterminatedText } from './text-start';
import type { StoryDraft } from './story-draft';

/**
 * A bare name ("Selin KAYA", "Ion Marin") standing alone between the first two paragraphs, when the page
 * gave no byline above: the byline set under the standfirst, as many sites print it. Anywhere else in the
 * body a two-word capitalised line may be a subheading, so only this position and the name's shape together decide.
 */
export function markBylineUnderStandfirst(draft: StoryDraft, body: Block[]): Block[] {
  if (draft.byline) return body;
  const texts = body.filter((b) => b.mark === null);
  const [lead, name, next] = [texts[0], texts[1], texts[2]];
  if (!lead || !name || !next || !isProse(lead.text) || !isProse(next.text) || name.lines.length !== 1 || isProse(name.text)) return body;
  const byline = matchNameWithTail(name.text);
  return byline ? body.map((b) => (b === name ? { ...b, mark: { kind: 'byline', byline } } : b)) : body;
}

/**
 * Short lines in a run of two or more between the standfirst (the first paragraph) and the second paragraph:
 * the header's leftovers a theme prints under the standfirst ("Avatar photo", "Published", "on"). A subheading
 * stands alone over its paragraph, so a run is never one; the position and the run together decide.
 */
export function runUnderStandfirst(text: Block[]): Set<Block> {
  if (!text[0] || !isProse(text[0].text)) return new Set();
  const run: Block[] = [];
  for (const b of text.slice(1)) {
    if (isProse(b.text)) break;
    if (wordCount(b.text) > 4 || endsSentence(b.text)) return new Set();
    run.push(b);
  }
  // A subheading shouted in capitals and broken over two lines ("2 ADET ARAÇ DAHA" / "ENVANTERE GİRDİ") is one heading, not leftovers.
  if (run.every((b) => isShouted(b.text))) return new Set();
  return run.length >= 2 && run.length < text.length - 1 ? new Set(run) : new Set();
}

/** Every cased letter a capital, with at least four of them: a line shouted as a subheading or a label. */
export function isShouted(text: string): boolean {
  let capitals = 0;
  for (const c of text) {
    if (!hasCase(c)) continue;
    if (c !== c.toUpperCase()) return false;
    capitals++;
  }
  return capitals >= 4;
}

/**
 * A short line (three words at most, no sentence) straight above the byline or date that sits under the standfirst:
 * part of that meta group, an agency's or desk's name ("MTI", "Redakcja"), not a subheading (a subheading stands
 * over a paragraph, not over a date). Only before the story's second paragraph, where the header's meta is set.
 */
export function metaAboveDate(body: Block[]): Set<Block> {
  const out = new Set<Block>();
  let paragraphs = 0;
  for (const [i, b] of body.entries()) {
    if (b.mark === null && isProse(b.text) && ++paragraphs >= 2) break;
    const next = body[i + 1];
    const meta = next?.mark?.kind === 'dateline' || next?.mark?.kind === 'byline';
    if (paragraphs === 1 && meta && b.mark === null && b.lines.length === 1 && wordCount(b.text) <= 3 && !endsSentence(b.text)) out.add(b);
  }
  return out;
}

/**
 * A photo's caption set between the standfirst and the date: one line of four to twenty words with no sentence
 * terminal anywhere, standing after the story's first paragraph (and before its second) straight above a dateline,
 * when the header above gave no date. The header's meta is set there, and a subheading stands over a paragraph, not
 * over the page's only date; its position and its shape (no sentence) agree. A caption written as a sentence stays, and
 * so does running text in a script that ends its sentences with no terminal (Thai, Lao).
 */
export function captionAboveDate(body: Block[], dated: boolean, stopwords: ReadonlySet<string>): Set<Block> {
  const out = new Set<Block>();
  if (dated) return out;
  let paragraphs = 0;
  for (const [i, b] of body.entries()) {
    if (b.mark === null && isProse(b.text) && ++paragraphs >= 2) break;
    const n = wordCount(b.text);
    const caption = b.mark === null && b.lines.length === 1 && n >= 4 && n <= 20 && !/\p{Sentence_Terminal}/u.test(b.text) && !isShouted(b.text) && !isUnterminatedText(b, stopwords);
    if (paragraphs === 1 && caption && body[i + 1]?.mark?.kind === 'dateline' && body.slice(i + 2).some((x) => x.mark === null && isProse(x.text))) out.add(b);
  }
  return out;
}
