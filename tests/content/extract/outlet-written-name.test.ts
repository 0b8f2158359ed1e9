/**
 * The outlet's name as the page writes it where it names itself more than once (infer-outlet.ts shortestWritten):
 * a © line's extra words (an edition's, a company's) go when another line prints the name without them.
 * Pages and names are made up.
 */
import { describe, expect, it } from 'vitest';
import { sourceLines } from '../../support/compile-text';
import { nameStopwords } from '@/lib/content/extract/name-shape';
import { outletFinds } from '@/lib/content/extract/outlet-lines';
import { chooseOutlet } from '@/lib/content/extract/infer-outlet';

/** A made-up page: `head` lines, a menu, a headline, a byline, three sentences of story, a share link, then `footer` lines. */
const page = (head: string[], footer: string[]) =>
  [
    ...head,
    'Home',
    'News',
    'Council approves new cycle lanes along the harbour road',
    'By Anna Reed',
    'The town council voted on Tuesday to build two new cycle lanes along the harbour road.',
    'The lanes will run from the ferry terminal to the railway station before the summer.',
    'Residents who opposed the plan said the road was already too narrow for delivery vans.',
    'Share this article',
    ...footer,
  ].join('\n');

const outlet = (text: string) => chooseOutlet(outletFinds(sourceLines(text), nameStopwords('en')), null)?.value ?? null;

describe('the name as the page writes it', () => {
  it('leaves off the © line’s extra words that a reader notice does not print', () => {
    expect(outlet(page([], ['Follow Harbour Ledger on Facebook', '© 2026 Harbour Ledger Online. All rights reserved.']))).toBe('Harbour Ledger');
  });

  it('leaves off the © line’s extra words that the masthead with its tagline does not print', () => {
    expect(outlet(page(['Harbour Ledger – news from the coast'], ['© 2026 Harbour Ledger Online']))).toBe('Harbour Ledger');
  });

  it('keeps the © line’s name whole when it is the only place that names the outlet', () => {
    expect(outlet(page([], ['© 2026 Harbour Ledger Online']))).toBe('Harbour Ledger Online');
  });

  it('keeps the whole name when the shorter one stands alone lower down: a menu entry named like the site', () => {
    const text = page(['Harbour Ledger', 'Harbour'], ['© 2026 Harbour Ledger. All rights reserved.']);
    const finds = outletFinds(sourceLines(text), nameStopwords('en'));
    const menuEntry = { value: 'Harbour', line: 2, kind: 'masthead' as const, text: 'Harbour', weight: 3 };
    expect(chooseOutlet([...finds.filter((f) => f.line !== 2), menuEntry], null)?.value).toBe('Harbour Ledger');
  });

  it('leaves off the © line’s last word when the page’s own address spells the words before it', () => {
    expect(outlet(page([], ['Write to us: desk@harbourledger.example', '© 2026 Harbour Ledger Online. All rights reserved.']))).toBe('Harbour Ledger');
    expect(outlet(page([], ['www.harbourledger.com', '© 2026 Harbour Ledger Online']))).toBe('Harbour Ledger');
  });

  it('keeps the © line’s name whole when the address spells only its first word, or its head before a particle', () => {
    expect(outlet(page([], ['Write to us: desk@harbour.example', '© 2026 Harbour Ledger']))).toBe('Harbour Ledger');
    expect(outlet(page([], ['Write to us: desk@lavoce.example', '© 2026 La Voce del Porto']))).toBe('La Voce del Porto');
    expect(outlet(page([], ['Write to us: desk@ledger.example', '© 2026 Harbour Ledger Online']))).toBe('Harbour Ledger Online');
  });

  it('keeps the whole name when the other line prints it whole too', () => {
    expect(outlet(page([], ['Follow Harbour Ledger Online on Facebook', '© 2026 Harbour Ledger Online']))).toBe('Harbour Ledger Online');
  });
});
