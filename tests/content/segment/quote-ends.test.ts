/**
 * A sentence that ends inside quotation marks ends there in every quoting style: „…“ and ‚…‘ (German, Czech,
 * Lithuanian, Bulgarian), »…« (Danish, Swedish), «…» (French, Russian), “…” (English). Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { endsMidSentence, endsSentence } from '@/lib/content/segment/text-shape';

describe('sentence ends inside quotation marks', () => {
  it.each([
    'Der Bürgermeister sagte: „Wir bauen die Brücke neu.“',
    'Er nannte es ‚eine gute Lösung.‘',
    'Starostka řekla: „Most bude hotový v létě.“',
    'Borgmesteren sagde: »Vi åbner broen i maj.«',
    'Le maire a dit : « Le pont sera prêt en mai. »',
    'Мэр сказал: «Мост откроют в мае.»',
    'The mayor said: “The bridge opens in May.”',
  ])('ends a sentence: %s', (line) => {
    expect(endsSentence(line)).toBe(true);
    expect(endsMidSentence(line)).toBe(false);
  });

  it.each(['Der Bürgermeister sagte bei der Eröffnung „', 'The report, titled “', 'Il a qualifié le projet de «'])(
    'an opening quote mark at the end is still mid-sentence: %s',
    (line) => {
      expect(endsSentence(line)).toBe(false);
      expect(endsMidSentence(line)).toBe(true);
    },
  );
});
