/**
 * Extraction: from a laid-out run of blocks to a story draft — headline,
 * byline, dateline, stamps, body paragraphs and headings — with every line
 * that is not the story's own text recorded as removed, with its reason.
 * The layout (layout.ts) parts header, body and footer; each part is read by its own module (story-header.ts,
 * story-body.ts, story-footer.ts) into the draft (story-draft.ts).
 */
import { layoutBlocks } from './layout';
import type { Block } from '../segment/segment';
import { withoutDatelinePlace } from './header-names';
import { isDatelinePlace } from './dateline-place';
import { settleSubjectByline } from './byline-subject';
import { stopwordsFor } from '../segment/line-evidence';
import type { StoryDraft } from './story-draft';
import { takeHeader } from './story-header';
import { takeBody } from './story-body';
import { takeFooter } from './story-footer';

export type { Located, StoryDraft } from './story-draft';

/**
 * The byline's last reading: a place cut from a name when the story's dateline names it (header-names.ts), and no byline
 * at all when the "name" is the dateline's place whole (dateline-place.ts) or the person the story is about
 * (byline-subject.ts; `lineText` gives its line back to the story when it reads as a sentence).
 * (A bare name straight above the headline is not read as a byline: tried in stop 27, it took menu lines of
 * three capitalised words for writers on held-out pages and found no writer the other rules missed.)
 */
function settleByline(draft: StoryDraft, lineText: (n: number) => string | null): void {
  if (!draft.byline) return;
  const paragraphs = draft.body.filter((b) => b.kind === 'paragraph').map((b) => b.text);
  // "Kota Kinabalu" over the date, "KOTA KINABALU: …" opening the story: the place it was filed from, no writer.
  if (isDatelinePlace(draft.byline.byline.author, paragraphs)) {
    draft.byline = null;
    return;
  }
  const author = withoutDatelinePlace(draft.byline.byline.author, paragraphs);
  if (author !== draft.byline.byline.author) draft.byline = { ...draft.byline, byline: { ...draft.byline.byline, author } };
  // "Anna Reed" under the headline while the story says "Anna Reed said…": the story's subject, no writer (byline-subject.ts).
  settleSubjectByline(draft, paragraphs, lineText);
}

/**
 * Extracts one story from its blocks (a whole file, or a related article cut out of one), written in `language`;
 * `cutBelow` says a related-stories block the page printed under them was cut off first.
 */
export function extractStory(blocks: Block[], language = 'und', cutBelow = false): StoryDraft {
  const draft: StoryDraft = { language, headline: null, dateline: null, stamps: [], byline: null, body: [], removed: [] };
  const stopwords = stopwordsFor(language);
  const { header, body, footer } = layoutBlocks(blocks, stopwords, cutBelow);
  const others = blocks.flatMap((b) => b.lines.map((l) => l.text.trim()));
  takeHeader(draft, header, others, stopwords);
  takeBody(draft, body, stopwords, blocks.flatMap((b) => b.lines));
  takeFooter(draft, footer, cutBelow);
  settleByline(draft, (n) => blocks.find((b) => b.line === n)?.text ?? null);
  draft.removed.sort((a, b) => a.line - b.line);
  return draft;
}

/** Whether a related block holds a whole article (a headline and at least two paragraphs), not just links. */
export function isWholeStory(draft: StoryDraft): boolean {
  return draft.headline !== null && draft.body.filter((b) => b.kind === 'paragraph').length >= 2;
}
