/**
 * Lighthouse (mobile defaults: emulated phone, simulated slow 4G and CPU throttling) against the
 * nginx-served export, through one Chromium opened with a DevTools port. Used by the Lighthouse
 * gate (tests/e2e/lighthouse.test.ts) and `npm run bench:lighthouse`.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS } from './chromium';
import { freePort } from './ports';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];
/** Scores 0–100 per category, plus the ids of failing audits (score < 1) per category. */
export type Audit = { scores: Record<Category, number>; failing: Record<Category, string[]> };

/** A record with one value per category, computed by `value`. */
function byCategory<T>(value: (category: Category) => T): Record<Category, T> {
  return { performance: value('performance'), accessibility: value('accessibility'), 'best-practices': value('best-practices'), seo: value('seo') };
}

export type LighthouseChrome = { port: number; close: () => Promise<void> };

/** Starts Chromium with a DevTools port for Lighthouse to drive. */
export async function launchChromeForLighthouse(): Promise<LighthouseChrome> {
  const port = await freePort();
  const profile = mkdtempSync(path.join(tmpdir(), 'archive-lh-'));
  const child = spawn('/usr/bin/chromium', [...CHROMIUM_ARGS, `--remote-debugging-port=${port}`, `--user-data-dir=${profile}`, 'about:blank'], {
    stdio: 'ignore',
  });
  const started = Date.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`chromium exited with code ${child.exitCode}`);
    const ok = await fetch(`http://127.0.0.1:${port}/json/version`).then((r) => r.ok, () => false);
    if (ok) break;
    if (Date.now() - started > 20_000) throw new Error('chromium did not open its DevTools port');
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    port,
    close: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
      // Chromium's helper processes may still write to the profile after the browser exits (ENOTEMPTY): retry.
      rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
    },
  };
}

/** One Lighthouse run of `url`. */
export async function auditOnce(url: string, chrome: LighthouseChrome): Promise<Audit> {
  const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: process.env.LH_LOG === '1' ? 'info' : 'error', onlyCategories: [...CATEGORIES] });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`Lighthouse failed on ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  return {
    scores: byCategory((category) => Math.round((lhr.categories[category]?.score ?? 0) * 100)),
    failing: byCategory((category) =>
      (lhr.categories[category]?.auditRefs ?? []).filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1).map((ref) => ref.id),
    ),
  };
}

/**
 * One run, repeated (at most twice more) when Lighthouse itself reports a runtime error such as
 * NO_NAVSTART — a trace it failed to record on a busy machine, not a finding about the page.
 */
async function auditWithRetry(url: string, chrome: LighthouseChrome): Promise<Audit> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await auditOnce(url, chrome);
    } catch (error) {
      if (attempt >= 3 || !String(error).includes('Lighthouse failed on')) throw error;
      console.warn(`${String(error)} — retrying (${attempt}/2)`);
    }
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/** `runs` Lighthouse runs of `url`: the median score per category and every audit that failed in any run. */
export async function auditMedian(url: string, chrome: LighthouseChrome, runs = 3): Promise<Audit> {
  const audits: Audit[] = [];
  for (let i = 0; i < runs; i++) audits.push(await auditWithRetry(url, chrome));
  return {
    scores: byCategory((category) => median(audits.map((a) => a.scores[category]))),
    failing: byCategory((category) => [...new Set(audits.flatMap((a) => a.failing[category]))].sort()),
  };
}
