import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compileArchive, readContentFolder } from '@/lib/content/archive';
import { readCardList, shareCards, writeCardList } from '@/lib/og/cards';
import { startShareCards, writeShareCards } from '@/scripts/postbuild/share-cards';
import { makeArticle, makeEntity } from '../support/articles';

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

describe('startShareCards (the background renderer npm run build uses)', () => {
  let tmp: string;
  beforeEach(() => {
    tmp = mkdtempSync(path.join(tmpdir(), 'cards-bg-'));
  });
  afterEach(() => rmSync(tmp, { recursive: true, force: true }));

  it('renders a saved card list in a child process and moves the cards into the export', async () => {
    const { files, gazetteer } = readContentFolder('content');
    const cards = shareCards(compileArchive(files, gazetteer));
    writeCardList(cards, path.join(tmp, 'cards.json'));
    expect(readCardList(path.join(tmp, 'cards.json'))).toEqual(cards);
    const renderer = startShareCards(path.join(tmp, 'staging'), process.env, path.join(tmp, 'cards.json'));
    const summary = await renderer.collect(path.join(tmp, 'out'));
    expect(summary).toContain(`${cards.length} share cards`);
    for (const { path: urlPath } of cards) expect(existsSync(path.join(tmp, 'out', urlPath)), urlPath).toBe(true);
    expect(existsSync(path.join(tmp, 'staging'))).toBe(false);
  }, 120_000);

  it('fails the collect step with the renderer\'s error when the renderer fails', async () => {
    writeFileSync(path.join(tmp, 'cards.json'), JSON.stringify([{ path: '/og/x/image.png', card: { title: 'no kicker or footer' } }]));
    const renderer = startShareCards(path.join(tmp, 'staging'), process.env, path.join(tmp, 'cards.json'));
    await expect(renderer.collect(path.join(tmp, 'out'))).rejects.toThrow(/share cards: the renderer exited with 1[\s\S]*cards\.json: not a list of share cards/);
  }, 120_000);
});
