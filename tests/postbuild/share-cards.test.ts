import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compileArchive, readContentFolder } from '@/lib/content/archive';
import { shareCards } from '@/lib/og/cards';
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

  it('renders the content folder\'s cards in a child process and moves them into the export', async () => {
    const renderer = startShareCards(path.join(tmp, 'staging'), { ...process.env, CONTENT_DIR: 'content' });
    const summary = await renderer.collect(path.join(tmp, 'out'));
    const { files, gazetteer } = readContentFolder('content');
    const expected = shareCards(compileArchive(files, gazetteer)).map((c) => c.path);
    expect(summary).toContain(`${expected.length} share cards`);
    for (const urlPath of expected) expect(existsSync(path.join(tmp, 'out', urlPath)), urlPath).toBe(true);
    expect(existsSync(path.join(tmp, 'staging'))).toBe(false);
  }, 120_000);

  it('fails the collect step with the renderer\'s error when the renderer fails', async () => {
    const renderer = startShareCards(path.join(tmp, 'staging'), { ...process.env, CONTENT_DIR: path.join(tmp, 'no-such-folder') });
    await expect(renderer.collect(path.join(tmp, 'out'))).rejects.toThrow(/share cards: the renderer exited with 1[\s\S]*no-such-folder/);
  }, 120_000);
});
