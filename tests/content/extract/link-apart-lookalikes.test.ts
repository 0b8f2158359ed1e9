import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { loadLookalikeCases } from '../../fixtures/body-lookalikes/load';
import { compileCase, lostLookalikesOf } from '../../fixtures/scrapes/score';

// Pages with one short colon-labelled subheading set apart in the story, saying none of the story's words or only an
// inflected one (Arabic, Turkish, Hungarian, Finnish, Korean, Polish), or with a label a menu holds alone that the story
// says (German), a heading and its deck (Hebrew) or two bulleted items (Indonesian) between paragraphs. Kept out of
// tests/fixtures/body-lookalikes, whose languages must stay apart from the held-out lookalikes'. Four more (Dutch,
// Catalan, Portuguese, Hindi) hold a subheading opening a new turn of the story ("Word: what comes next", six or seven
// words, in lower case or not, or in a script without case) that says none of the story's words while the paragraphs on
// either side share one, over a long paragraph ending a sentence. Each is a shape
// link-apart.ts, link-flow.ts or link-run.ts could be tempted to remove.
const DIR = fileURLToPath(new URL('../../fixtures/link-apart-lookalikes/', import.meta.url));

describe('short labelled subheadings set apart in the story', () => {
  for (const c of loadLookalikeCases(DIR)) {
    it(`${c.name}: keeps every lookalike line`, () => {
      const out = compileCase(c, null);
      expect(lostLookalikesOf(c.lookalikes, out.article?.body.map((b) => b.text) ?? null)).toEqual([]);
    });
  }
});
