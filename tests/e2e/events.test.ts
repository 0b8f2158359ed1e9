/**
 * The events timeline in the browser: /events/ shows every dated statement of the seeds read
 * by hand (tests/fixtures/events/seeds.json) at its date, linked to its paragraph; an entity's
 * tag page's Events section shows only that entity's events, and its old events address moves
 * there; all of it with JavaScript on and off.
 */
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { getArticleById, getEntityEvents } from '@/lib/content';
import { paths } from '@/lib/paths';
import { TAG_EVENTS_PAGE_SIZE } from '@/lib/pagination';
import { closeBrowser, openPage } from './support/browser';
import { eventfulEntity } from './reader/page-types';

afterAll(closeBrowser);

type Expected = { anchor: string; text: string; value?: string; start?: string };
const fixture: { articles: Record<string, { events: Expected[] }> } = JSON.parse(readFileSync('tests/fixtures/events/seeds.json', 'utf8'));

/** Valid HTML datetime values at day, month or year precision, or a yearless day. */
const DATETIME = /^(\d{4}(-\d{2}(-\d{2})?)?|--\d{2}-\d{2})$/;

for (const javaScript of [true, false]) {
  describe(`events with JavaScript ${javaScript ? 'on' : 'off'}`, () => {
    it('lists every hand-read seed event on /events/ at its date, linked to its paragraph', async () => {
      const { page, problems, close } = await openPage(paths.events(), { javaScript });
      try {
        // The strip and its table are on the first page (read before walking on to later pages).
        expect(await page.locator('main svg[role="img"] title').count()).toBe(1);
        expect(await page.locator('main figure .sr-only table tbody tr').count()).toBeGreaterThan(0);
        // Walk the events pages through their rel=next links.
        const shown: { times: string[]; links: string[] }[] = [];
        for (let pages = 0; pages < 1_000; pages++) {
          shown.push(
            ...(await page.locator('main li.event').evaluateAll((items) =>
              items.map((li) => ({
                times: [...li.querySelectorAll('time')].map((t) => t.getAttribute('datetime') ?? ''),
                links: [...li.querySelectorAll('a[href*="#p-"]')].map((a) => a.getAttribute('href') ?? ''),
              })),
            )),
          );
          const next = (await page.locator('link[rel="next"]').count()) ? await page.locator('link[rel="next"]').getAttribute('href') : null;
          if (!next) break;
          await page.goto(new URL(next, page.url()).href);
        }
        expect(shown.length).toBeGreaterThan(0);
        for (const item of shown) for (const t of item.times) expect(t).toMatch(DATETIME);
        for (const [id, { events }] of Object.entries(fixture.articles)) {
          const slug = getArticleById(id)?.slug;
          expect(slug, id).toBeDefined();
          for (const e of events) {
            const href = paths.article(slug!, e.anchor);
            // A point (or a season, at its year) is shown at its value; a span at its start.
            const when = e.value ?? e.start!;
            const found = shown.some((item) => item.links.includes(href) && item.times.includes(when));
            expect(found, `${e.text} (${when}) from ${href}`).toBe(true);
          }
        }
        expect(problems).toEqual({ consoleErrors: [], pageErrors: [], cspViolations: [] });
      } finally {
        await close();
      }
    });

    it("links each entity of the events page to its tag page's events, which are only its own", async () => {
      const entity = eventfulEntity();
      const { page, problems, close } = await openPage(paths.events(), { javaScript });
      try {
        const link = page.locator(`main nav[aria-label="Events by entity"] a[href="${paths.tagEvents(entity.slug)}"]`);
        expect(await link.count()).toBe(1);
        await Promise.all([page.waitForURL((url) => url.pathname === paths.tag(entity.slug)), link.click()]);
        const tags = await page.locator('#events li.event').evaluateAll((items) => items.map((li) => li.getAttribute('data-entities') ?? ''));
        expect(tags.length).toBe(Math.min(getEntityEvents(entity.slug).length, TAG_EVENTS_PAGE_SIZE));
        for (const t of tags) expect(t.split(' ')).toContain(entity.slug);
        expect(problems).toEqual({ consoleErrors: [], pageErrors: [], cspViolations: [] });
      } finally {
        await close();
      }
    });

    it("shows a tag page's own events with the strip", async () => {
      const entity = eventfulEntity();
      const { page, problems, close } = await openPage(paths.tag(entity.slug), { javaScript });
      try {
        const section = page.locator('section#events');
        expect(await section.locator('svg[role="img"] title').textContent()).toContain(entity.name);
        const tags = await section.locator('li.event').evaluateAll((items) => items.map((li) => li.getAttribute('data-entities') ?? ''));
        expect(tags.length).toBe(Math.min(getEntityEvents(entity.slug).length, TAG_EVENTS_PAGE_SIZE));
        for (const t of tags) expect(t.split(' ')).toContain(entity.slug);
        expect(problems).toEqual({ consoleErrors: [], pageErrors: [], cspViolations: [] });
      } finally {
        await close();
      }
    });

    it("moves an entity's old events and timeline addresses to its tag page", async () => {
      const entity = eventfulEntity();
      for (const [old, target] of [
        [paths.events(entity.slug), paths.tag(entity.slug)],
        [paths.timeline(entity.slug), paths.tag(entity.slug)],
      ] as const) {
        const { page, close } = await openPage(old, { javaScript });
        try {
          // The moved page refreshes at once; without the refresh its link says where to go.
          await page.waitForURL((url) => url.pathname === target);
          expect(await page.locator('h1').first().textContent()).toBe(entity.name);
        } finally {
          await close();
        }
      }
    });

    it('takes a reader from an event to the paragraph it comes from', async () => {
      const { page, close } = await openPage(paths.events(), { javaScript });
      try {
        const link = page.locator('main li.event a[href*="#p-"]').first();
        const href = (await link.getAttribute('href')) ?? '';
        await link.click();
        await page.waitForURL((url) => url.href.endsWith(href));
        expect(await page.locator(`main [id="${href.split('#')[1]}"]`).count()).toBe(1);
      } finally {
        await close();
      }
    });
  });
}
