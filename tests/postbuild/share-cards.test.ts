import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compileArchive } from '@/lib/content/archive';
import { readContentFolder } from '@/lib/content/content-folder';
import { readCardList, shareCards, writeCardList } from '@/lib/og/cards';
import { writeShareCards } from '@/scripts/postbuild/share-cards';
import { makeArticle, makeEntity } from '../support/articles';
import { SEED_CONTENT } from '../support/fixtures';

const store = {
  articles: [makeArticle({ id: 'a1', slug: 'first-story', title: 'First story' }), makeArticle({ id: 'a2', slug: 'second-story', title: 'Друга гісторыя' })],
  entities: [{ ...makeEntity('belarus', 'Belarus', 'country'), articles: ['a1', 'a2'] }],
};

describe('shareCards', () => {
  it('lists the site card, one card per story and one per tag, at the paths the pages name', () => {
    expect(shareCards(store).map((c) => c.path).sort()).toEqual(
      ['/og/site/image.png', '/og/articles/first-story/image.png', '/og/articles/second-story/image.png', '/og/tags/belarus/image.png'].sort(),
    );
    const tag = shareCards(store).find((c) => c.path === '/og/tags/belarus/image.png');
    expect(tag?.card.footer).toBe('2 stories');
  });
});

describe('writeShareCards', () => {
  let out: string;
  beforeEach(() => {
    out = mkdtempSync(path.join(tmpdir(), 'cards-'));
  });
  afterEach(() => rmSync(out, { recursive: true, force: true }));

  it('writes every card as a PNG file under the export', async () => {
    const cards = shareCards(store);
    await writeShareCards(out, cards);
    for (const { path: urlPath } of cards) {
      const file = path.join(out, urlPath);
      expect(existsSync(file), urlPath).toBe(true);
      expect([...readFileSync(file).subarray(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
    }
  }, 60_000);

  it('fails naming the card it could not write', async () => {
    writeFileSync(path.join(out, 'og'), 'a file where the folder should go');
    await expect(writeShareCards(out, shareCards(store).slice(0, 1))).rejects.toThrow('/og/site/image.png');
  }, 60_000);
});

describe('the card list the content check saves', () => {
  let tmp: string;
  beforeEach(() => {
    tmp = mkdtempSync(path.join(tmpdir(), 'card-list-'));
  });
  afterEach(() => rmSync(tmp, { recursive: true, force: true }));

  it('reads back the cards it was written with', () => {
    const { files, gazetteer } = readContentFolder(SEED_CONTENT);
    const cards = shareCards(compileArchive(files, gazetteer));
    writeCardList(cards, path.join(tmp, 'cards.json'));
    expect(readCardList(path.join(tmp, 'cards.json'))).toEqual(cards);
    // Compiling the seeds takes seconds on a loaded machine, like the card tests above.
  }, 60_000);

  it('refuses a file that is not a card list, naming it', () => {
    writeFileSync(path.join(tmp, 'cards.json'), JSON.stringify([{ path: '/og/x/image.png', card: { title: 'no kicker or footer' } }]));
    expect(() => readCardList(path.join(tmp, 'cards.json'))).toThrow(/cards\.json: not a list of share cards/);
  });
});
