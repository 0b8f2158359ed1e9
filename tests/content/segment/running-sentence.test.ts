/**
 * isRunningSentence (text-shape.ts): a line of running text by its shape alone, shared by the outlet readers of a page's
 * header and footer (outlet-header-footer.ts, outlet-footer-echo.ts, outlet-footer-address.ts). Lines are made up.
 */
import { describe, expect, it } from 'vitest';
import { isRunningSentence } from '@/lib/content/segment/text-shape';

describe('isRunningSentence', () => {
  it('reads a finished sentence of eight words or more as running text', () => {
    expect(isRunningSentence('The harbour board approved the new pier on Thursday evening.')).toBe(true);
    expect(isRunningSentence('Рада гавані схвалила новий причал у четвер увечері після довгих дебатів.')).toBe(true);
    expect(isRunningSentence('  Was the harbour board right to approve the new pier?  ')).toBe(true);
  });

  it('does not read a short sentence, as a footer prints one, or a long line without a sentence end', () => {
    expect(isRunningSentence('Follow Harbour Ledger on Telegram.')).toBe(false);
    expect(isRunningSentence('Harbour Ledger newsletter: the week on the coast in one email')).toBe(false);
    expect(isRunningSentence('Contact Harbour Ledger | Privacy policy | Terms of use | Advertise with us')).toBe(false);
  });
});
