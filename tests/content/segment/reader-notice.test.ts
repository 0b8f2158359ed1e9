import { describe, expect, it } from 'vitest';
import { readerNotice } from '@/lib/content/segment/reader-notice';
import { bodyTexts } from '../../support/compile-text';

const paragraphs = (text: string) => bodyTexts([text], 'paragraph');

const STORY = [
  'Grad gradi novi vrtić u naselju uz rijeku',
  'Gradsko vijeće u četvrtak je odobrilo gradnju novog dječjeg vrtića u naselju uz rijeku.',
  'Gradonačelnik je rekao da je to prvi novi vrtić u tom dijelu grada nakon dvadeset godina.',
];

describe('readerNotice: a keyboard chord', () => {
  it.each([
    'Pronašli ste pogrešku? Označite tekst i pritisnite Ctrl+Enter.',
    'Намерихте грешка? Маркирайте текста и натиснете Ctrl + Enter.',
    'Hibát talált? Jelölje ki, és nyomja meg a CTRL+ENTER billentyűket!',
    'Fehler gefunden? Markieren und Strg+Enter drücken.',
  ])('reads "%s" as a notice on its own words', (line) => {
    expect(readerNotice(line)).toBe('strong');
  });

  it.each(['Control room staff worked through the night.', 'The Alt-Right march drew counter-protesters.', 'Shift workers get a raise.', 'Ctrl'])(
    'does not read "%s" as one',
    (line) => {
      expect(readerNotice(line)).toBeNull();
    },
  );
});

describe('an error-report notice under the story', () => {
  it('leaves the notice out of the body, wherever the language', () => {
    const got = paragraphs([...STORY, 'Pronašli ste pogrešku? Označite tekst i pritisnite Ctrl+Enter.', 'Oznake: vrtić, gradsko vijeće'].join('\n'));
    expect(got.at(-1)).toBe(STORY[2]);
  });

  it("keeps a story's paragraph that explains a shortcut when the story goes on under it", () => {
    const shortcut = 'The new version lets users undo a deletion by pressing Ctrl+Z within ten seconds.';
    const got = paragraphs([...STORY, shortcut, 'Gradonačelnik nije rekao koliko će radovi koštati.'].join('\n'));
    expect(got).toContain(shortcut);
  });
});
